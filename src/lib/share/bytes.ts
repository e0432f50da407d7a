/**
 * Compact byte packing for share links: unsigned varints (LEB128), UTF-8 strings prefixed by their
 * byte length, and decimal numbers. Writing is plain; reading never throws — every read returns
 * `undefined` when the bytes run out or are malformed.
 *
 * Decimal numbers: a tag byte k ∈ 0..15 (k + 16 for a negative number) then the varint m, read as
 * m / 10^k — exact for the decimals people type (0.25, 1/3 rounded, 1500). Any other number
 * (NaN, ±Infinity, −0, more than 15 decimals) is tag 255 and 8 bytes of IEEE 754, big-endian.
 */

const MAX_VARINT_BYTES = 8; // 56 bits ≥ 2^53
// Wire format: the decimal tags are written in share links already sent.
const FLOAT_TAG = 255;
const NEGATIVE_TAG = 16;
const MAX_DECIMALS = 15;

export class ByteWriter {
  private readonly chunks: number[] = [];

  uint8(value: number): this {
    this.chunks.push(value & 0xff);
    return this;
  }

  /** A non-negative safe integer. */
  varint(value: number): this {
    let v = Math.max(0, Math.floor(value));
    while (v >= 0x80) {
      this.chunks.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.chunks.push(v);
    return this;
  }

  /** UTF-8 bytes, prefixed by their count. */
  string(value: string): this {
    const bytes = new TextEncoder().encode(value);
    this.varint(bytes.length);
    for (const b of bytes) this.chunks.push(b);
    return this;
  }

  decimal(value: number): this {
    if (Number.isFinite(value) && !Object.is(value, -0)) {
      const magnitude = Math.abs(value);
      for (let k = 0; k <= MAX_DECIMALS; k += 1) {
        const scale = 10 ** k;
        const m = Math.round(magnitude * scale);
        if (m > Number.MAX_SAFE_INTEGER) break;
        if (m / scale === magnitude) {
          this.uint8(value < 0 ? k + NEGATIVE_TAG : k).varint(m);
          return this;
        }
      }
    }
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, value);
    this.uint8(FLOAT_TAG);
    for (let i = 0; i < 8; i += 1) this.chunks.push(view.getUint8(i));
    return this;
  }

  toBytes(): Uint8Array {
    return Uint8Array.from(this.chunks);
  }
}

export class ByteReader {
  private readonly bytes: Uint8Array;
  private offset = 0;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  get remaining(): number {
    return this.bytes.length - this.offset;
  }

  uint8(): number | undefined {
    if (this.offset >= this.bytes.length) return undefined;
    const v = this.bytes[this.offset];
    this.offset += 1;
    return v;
  }

  varint(): number | undefined {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < MAX_VARINT_BYTES; i += 1) {
      const b = this.uint8();
      if (b === undefined) return undefined;
      value += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) {
        // A final zero byte after others would be a second spelling of the same number.
        if (b === 0 && i > 0) return undefined;
        return Number.isSafeInteger(value) ? value : undefined;
      }
      scale *= 0x80;
    }
    return undefined;
  }

  /** A UTF-8 string of at most `maxBytes` bytes; undefined if longer or not valid UTF-8. */
  string(maxBytes = 4096): string | undefined {
    const length = this.varint();
    if (length === undefined || length > maxBytes || length > this.remaining) return undefined;
    const slice = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(slice);
    } catch {
      return undefined;
    }
  }

  decimal(): number | undefined {
    const tag = this.uint8();
    if (tag === undefined) return undefined;
    if (tag === FLOAT_TAG) {
      if (this.remaining < 8) return undefined;
      const view = new DataView(this.bytes.buffer, this.bytes.byteOffset + this.offset, 8);
      this.offset += 8;
      return view.getFloat64(0);
    }
    const negative = tag >= NEGATIVE_TAG;
    const k = negative ? tag - NEGATIVE_TAG : tag;
    if (k > MAX_DECIMALS) return undefined;
    const m = this.varint();
    if (m === undefined) return undefined;
    const magnitude = m / 10 ** k;
    return negative ? -magnitude : magnitude;
  }
}
