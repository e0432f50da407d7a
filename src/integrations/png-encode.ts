/**
 * PNG encoding of the preview cards, off the main thread. resvg's own `asPng()` compresses on the
 * main thread at a fixed, slow setting (about 14 ms a card, measured in tests/bench/). Here the
 * main thread only copies the RGBA rows behind their filter bytes (memory copies, well under a
 * millisecond), and Node's zlib deflates them on libuv's thread pool, so several cards are
 * compressed at once while Satori lays out the next ones. Converting to RGB first would make the
 * file smaller but cost about 4 ms of JavaScript a card on the main thread, which is the build's
 * bottleneck while the images are drawn (profiled on 30 November 2026).
 */
import { crc32, deflate } from 'node:zlib';
import { promisify } from 'node:util';

const deflateAsync = promisify(deflate);
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * zlib's level 3 (its fast strategy): on a card, about 3 ms instead of 10 ms at the default
 * level 6, for a file a third larger. The images are read by link-preview crawlers, not by
 * readers, and a build draws one per page: time matters more.
 */
const DEFLATE_LEVEL = 3;
const OUTPUT_CHUNK = 256 * 1024;

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** The scanlines of an RGBA image: each row is filter byte 0 (none), then the row's pixels. */
export function rgbaScanlines(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4) throw new Error(`PNG : ${rgba.length} octets pour ${width}×${height} pixels RGBA.`);
  const rowBytes = width * 4;
  const rows = Buffer.alloc((rowBytes + 1) * height);
  const pixels = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  for (let y = 0; y < height; y++) pixels.copy(rows, y * (rowBytes + 1) + 1, y * rowBytes, (y + 1) * rowBytes);
  return rows;
}

/** An 8-bit RGBA PNG of the image, compressed on the thread pool. */
export async function encodeRgbaPng(width: number, height: number, rgba: Uint8Array): Promise<Buffer> {
  const rows = rgbaScanlines(width, height, rgba);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // truecolour with alpha
  // One output chunk for the whole image: with zlib's default of 16 KB, the pool hands each
  // card back to the main thread a few times, for nothing.
  const data = await deflateAsync(rows, { level: DEFLATE_LEVEL, chunkSize: OUTPUT_CHUNK });
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', data), chunk('IEND', Buffer.alloc(0))]);
}
