/**
 * PNG encoding of the preview cards, off the main thread. resvg's own `asPng()` compresses on the
 * main thread at a fixed, slow setting (about 14 ms a card, measured in tests/bench/); here the
 * rows are laid out on the main thread (about 2 ms) and Node's zlib deflates them on libuv's
 * thread pool, so several cards are compressed at once while Satori lays out the next ones.
 * A card has an opaque background: its pixels are written as RGB, a quarter less to compress.
 */
import { crc32, deflate } from 'node:zlib';
import { promisify } from 'node:util';

const deflateAsync = promisify(deflate);
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * The scanlines of an RGBA image as RGB (each row: filter byte 0, then the pixels); undefined when
 * a pixel is not fully opaque (the caller then keeps an encoder that handles transparency).
 */
export function opaqueScanlines(width: number, height: number, rgba: Uint8Array): Buffer | undefined {
  if (rgba.length !== width * height * 4) throw new Error(`PNG : ${rgba.length} octets pour ${width}×${height} pixels RGBA.`);
  const stride = width * 3 + 1;
  const rows = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    let out = y * stride + 1;
    for (let i = y * width * 4, end = i + width * 4; i < end; i += 4) {
      if (rgba[i + 3] !== 255) return undefined;
      rows[out++] = rgba[i]!;
      rows[out++] = rgba[i + 1]!;
      rows[out++] = rgba[i + 2]!;
    }
  }
  return rows;
}

/** An 8-bit RGB PNG of an opaque image, compressed on the thread pool; undefined if not opaque. */
export async function encodeOpaquePng(width: number, height: number, rgba: Uint8Array): Promise<Buffer | undefined> {
  const rows = opaqueScanlines(width, height, rgba);
  if (!rows) return undefined;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // truecolour, no alpha
  const data = await deflateAsync(rows, { level: 6 });
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', data), chunk('IEND', Buffer.alloc(0))]);
}
