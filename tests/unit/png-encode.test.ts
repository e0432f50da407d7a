import { describe, expect, it } from 'vitest';
import { crc32, inflateSync } from 'node:zlib';
import { encodeRgbaPng } from '../../src/integrations/png-encode.ts';

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

describe('encodeRgbaPng', () => {
  // 3×2 pixels: red, green, blue / white, black, half-transparent grey.
  const rgba = Uint8Array.from([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255, 0, 0, 0, 255, 128, 128, 128, 127]);

  it('writes a valid 8-bit RGBA PNG whose rows are the image’s pixels behind filter byte 0', async () => {
    const parts = chunks(await encodeRgbaPng(3, 2, rgba));
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const header = parts[0]!.data;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9], header[10], header[11], header[12]]).toEqual([3, 2, 8, 6, 0, 0, 0]);
    const rows = inflateSync(parts[1]!.data);
    expect([...rows]).toEqual([0, ...rgba.subarray(0, 12), 0, ...rgba.subarray(12)]);
  });

  it('reads pixels from a view into a larger buffer', async () => {
    const backing = new Uint8Array(rgba.length + 8);
    backing.set(rgba, 4);
    const rows = inflateSync(chunks(await encodeRgbaPng(3, 2, backing.subarray(4, 4 + rgba.length)))[1]!.data);
    expect([...rows]).toEqual([0, ...rgba.subarray(0, 12), 0, ...rgba.subarray(12)]);
  });

  it('refuses pixels that do not match the size', async () => {
    await expect(encodeRgbaPng(4, 2, rgba)).rejects.toThrow(/24 octets pour 4×2/);
  });
});
