import { describe, expect, it } from 'vitest';
import { crc32, inflateSync } from 'node:zlib';
import { encodeOpaquePng } from '../../src/integrations/png-encode.ts';

/** Splits a PNG into its chunks, checking each CRC. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const out: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `CRC of ${type}`).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    out.push({ type, data });
    at += 12 + length;
  }
  return out;
}

describe('encodeOpaquePng', () => {
  // 3×2 pixels, all opaque: red, green, blue / white, black, grey.
  const rgba = Uint8Array.from([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255, 0, 0, 0, 255, 128, 128, 128, 255]);

  it('writes a valid 8-bit RGB PNG whose pixels are the image’s', async () => {
    const png = await encodeOpaquePng(3, 2, rgba);
    expect(png).toBeDefined();
    const parts = chunks(png!);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const header = parts[0]!.data;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9], header[10], header[11], header[12]]).toEqual([3, 2, 8, 2, 0, 0, 0]);
    const rows = inflateSync(parts[1]!.data);
    expect([...rows]).toEqual([0, 255, 0, 0, 0, 255, 0, 0, 0, 255, 0, 255, 255, 255, 0, 0, 0, 128, 128, 128]);
  });

  it('leaves an image with a transparent pixel to another encoder', async () => {
    const seeThrough = Uint8Array.from(rgba);
    seeThrough[23] = 254;
    expect(await encodeOpaquePng(3, 2, seeThrough)).toBeUndefined();
  });

  it('refuses pixels that do not match the size', async () => {
    await expect(encodeOpaquePng(4, 2, rgba)).rejects.toThrow(/24 octets pour 4×2/);
  });
});
