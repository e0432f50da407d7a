/**
 * Bad input for the property tests of every decoder of user input: text nobody meant as a code,
 * and damaged codes — at the level of the characters a person copies (see ./corruption.ts) and at
 * the level of the payload bytes, re-wrapped in a valid envelope so that the checksum does not
 * stop them and the tool's own reading is what is tested.
 */
import fc from 'fast-check';
import { fromBase64url, toBase64url } from '../../../src/lib/share/base64url.ts';
import { ByteReader } from '../../../src/lib/share/bytes.ts';

/** Text of every kind: ASCII, any unicode, lone surrogates, base64url of random bytes. */
export const garbageText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), maxLength: 200 }),
  fc.uint8Array({ maxLength: 150 }).map(toBase64url),
);

/** Anything at all where a string is expected: garbage text, or values of other types. */
export const garbage: fc.Arbitrary<unknown> = fc.oneof({ arbitrary: garbageText, weight: 4 }, fc.anything());

/** Inputs too large to be a code: each decoder must refuse them quickly. */
export const HUGE_INPUTS: readonly string[] = [
  'A'.repeat(3_000_000),
  '🙂'.repeat(500_000),
  `#r=${'A'.repeat(1_000_000)}`,
  `#s=${'_'.repeat(1_000_000)}`,
  '\n'.repeat(1_000_000),
];

/** One change to some bytes: a bit flipped, a byte set, cut, added, removed, or bytes appended. */
export function mutatedBytes(bytes: Uint8Array): fc.Arbitrary<Uint8Array> {
  const n = bytes.length;
  const at = (i: number, size: number) => (size === 0 ? 0 : i % size);
  return fc.oneof(
    fc.tuple(fc.nat(), fc.nat(7)).map(([i, bit]) => {
      const out = Uint8Array.from(bytes);
      if (n > 0) out[at(i, n)] = (out[at(i, n)] ?? 0) ^ (1 << bit);
      return out;
    }),
    fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([i, value]) => {
      const out = Uint8Array.from(bytes);
      if (n > 0) out[at(i, n)] = value;
      return out;
    }),
    fc.nat().map((i) => bytes.slice(0, at(i, n + 1))),
    fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([i, value]) => {
      const k = at(i, n + 1);
      return Uint8Array.from([...bytes.slice(0, k), value, ...bytes.slice(k)]);
    }),
    fc.nat().map((i) => {
      const k = at(i, n);
      return Uint8Array.from([...bytes.slice(0, k), ...bytes.slice(k + 1)]);
    }),
    fc.uint8Array({ minLength: 1, maxLength: 8 }).map((tail) => Uint8Array.from([...bytes, ...tail])),
  );
}

/** One to three successive byte changes. */
export function damagedBytes(bytes: Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc.integer({ min: 1, max: 3 }).chain((times) => {
    let arb = mutatedBytes(bytes);
    for (let i = 1; i < times; i += 1) arb = arb.chain(mutatedBytes);
    return arb;
  });
}

/** The payload of a share link (between the envelope's head and its 4-byte checksum). */
export function payloadOf(text: string): Uint8Array {
  const bytes = fromBase64url(text);
  if (!bytes) throw new Error(`not base64url: ${text}`);
  const r = new ByteReader(bytes);
  r.uint8();
  r.string();
  r.varint();
  const length = r.varint() ?? 0;
  return bytes.slice(bytes.length - 4 - length, bytes.length - 4);
}
