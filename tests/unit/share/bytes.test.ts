import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ByteReader, ByteWriter } from '../../../src/lib/share/bytes.ts';
import { fromBase64url, toBase64url } from '../../../src/lib/share/base64url.ts';
import { crc32 } from '../../../src/lib/share/crc32.ts';

describe('bytes', () => {
  it('varints round-trip, small ones in one byte', () => {
    expect(new ByteWriter().varint(127).toBytes()).toHaveLength(1);
    expect(new ByteWriter().varint(128).toBytes()).toHaveLength(2);
    fc.assert(
      fc.property(fc.array(fc.maxSafeNat()), (values) => {
        const w = new ByteWriter();
        for (const v of values) w.varint(v);
        const r = new ByteReader(w.toBytes());
        expect(values.map(() => r.varint())).toEqual(values);
        expect(r.remaining).toBe(0);
      }),
    );
  });

  it('strings round-trip, unicode included', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' })), (values) => {
        const w = new ByteWriter();
        for (const v of values) w.string(v);
        const r = new ByteReader(w.toBytes());
        expect(values.map(() => r.string(1 << 20))).toEqual(values);
      }),
    );
  });

  it('decimals round-trip exactly, with compact common values', () => {
    expect(new ByteWriter().decimal(0.25).toBytes()).toHaveLength(2);
    fc.assert(
      fc.property(fc.array(fc.double()), (values) => {
        const w = new ByteWriter();
        for (const v of values) w.decimal(v);
        const r = new ByteReader(w.toBytes());
        values.forEach((v) => expect(Object.is(r.decimal(), v)).toBe(true));
      }),
    );
  });

  it('reading past the end or malformed input returns undefined', () => {
    const r = new ByteReader(Uint8Array.from([0x80, 0x80]));
    expect(r.varint()).toBeUndefined();
    expect(new ByteReader(Uint8Array.from([5, 0x61])).string()).toBeUndefined();
    expect(new ByteReader(Uint8Array.from([2, 0xc3, 0x28])).string()).toBeUndefined(); // invalid UTF-8
    expect(new ByteReader(Uint8Array.from([])).decimal()).toBeUndefined();
    expect(new ByteReader(Uint8Array.from([0x81, 0x00])).varint()).toBeUndefined(); // non-canonical
  });

  it('base64url round-trips and refuses non-canonical text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = toBase64url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64url(text)).toEqual(bytes);
      }),
    );
    expect(fromBase64url('A')).toBeUndefined();
    expect(fromBase64url('AB')).toBeUndefined(); // trailing bits set
    expect(fromBase64url('a+b/')).toBeUndefined();
  });

  it('base64url agrees with Node’s own encoder and decoder', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const node = Buffer.from(bytes).toString('base64url');
        expect(toBase64url(bytes)).toBe(node);
        expect(fromBase64url(node)).toEqual(bytes);
      }),
      { numRuns: 500 },
    );
  });

  it('base64url accepts exactly the texts Node’s encoder writes', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const char = fc.oneof(
      { arbitrary: fc.constantFrom(...alphabet), weight: 20 },
      { arbitrary: fc.constantFrom('+', '/', '=', ' ', 'é', '\0'), weight: 1 },
    );
    fc.assert(
      fc.property(fc.string({ unit: char, maxLength: 40 }), (text) => {
        // Node's decoder is lenient; a text is canonical when Node writes it back unchanged.
        const canonical = Buffer.from(text, 'base64url').toString('base64url') === text;
        const decoded = fromBase64url(text);
        expect(decoded !== undefined).toBe(canonical);
        if (decoded) expect(Buffer.from(decoded).equals(Buffer.from(text, 'base64url'))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('CRC-32 matches the reference check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});
