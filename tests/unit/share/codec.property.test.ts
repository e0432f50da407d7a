/**
 * Bad input for the share-link envelope that every tool's link goes through: whatever the text,
 * decoding answers with one of the typed errors and its French message, and a damaged link is
 * never read as another payload.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decode, encode, SHARE_ERROR_MESSAGES, type DecodeResult } from '../../../src/lib/share/codec.ts';
import { fromBase64url, toBase64url } from '../../../src/lib/share/base64url.ts';
import { damagedBytes, garbage, HUGE_INPUTS } from './fuzz.ts';

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((v, i) => v === b[i]);

/** A refusal is one of the typed errors, with exactly its French message. */
function expectTypedError(result: DecodeResult): void {
  if (result.ok) return;
  expect(Object.keys(SHARE_ERROR_MESSAGES)).toContain(result.error);
  expect(result.message).toBe(SHARE_ERROR_MESSAGES[result.error]);
}

const linkArb = fc
  .record({ kind: fc.stringMatching(/^[a-z0-9]{1,8}$/), version: fc.nat(1000), payload: fc.uint8Array({ maxLength: 200 }) })
  .map((link) => ({ ...link, text: encode(link.kind, link.version, link.payload) }));

describe('share envelope: bad input', () => {
  it('anything at all gives a typed error with its French message, never an exception', () => {
    fc.assert(
      fc.property(garbage, fc.stringMatching(/^[a-z0-9]{1,8}$/), (input, kind) => {
        expectTypedError(decode(input, kind));
      }),
      { numRuns: 1500 },
    );
  });

  it('a single bit flipped anywhere in a link is always refused', () => {
    fc.assert(
      fc.property(linkArb, fc.nat(), fc.nat(7), ({ kind, text }, at, bit) => {
        const bytes = fromBase64url(text) as Uint8Array;
        const i = at % bytes.length;
        bytes[i] = (bytes[i] ?? 0) ^ (1 << bit);
        const result = decode(toBase64url(bytes), kind);
        expect(result.ok).toBe(false);
        expectTypedError(result);
      }),
      { numRuns: 1000 },
    );
  });

  it('damaged bytes (cut, added, removed, changed) are refused or read as the very same payload', () => {
    fc.assert(
      fc.property(
        linkArb.chain((link) => fc.tuple(fc.constant(link), damagedBytes(fromBase64url(link.text) as Uint8Array))),
        ([{ kind, version, payload }, damaged]) => {
          const result = decode(toBase64url(damaged), kind);
          expectTypedError(result);
          if (result.ok) {
            expect(result.version).toBe(version);
            expect(sameBytes(result.payload, payload)).toBe(true);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('a valid link with anything appended is refused, not read in part', () => {
    fc.assert(
      fc.property(linkArb, fc.string({ minLength: 1, maxLength: 20 }), ({ kind, text }, tail) => {
        fc.pre(tail.trim() !== '');
        const result = decode(text + tail, kind);
        expect(result.ok).toBe(false);
        expectTypedError(result);
      }),
      { numRuns: 500 },
    );
  });

  it('every prefix of a link is refused as truncated or unreadable', () => {
    fc.assert(
      fc.property(linkArb, fc.nat(), ({ kind, text }, cut) => {
        const result = decode(text.slice(0, cut % text.length), kind);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(['truncated', 'format']).toContain(result.error);
      }),
      { numRuns: 500 },
    );
  });

  it('huge inputs are refused at once', () => {
    const start = performance.now();
    for (const input of HUGE_INPUTS) expect(decode(input, 'q')).toMatchObject({ ok: false, error: 'format' });
    expect(performance.now() - start).toBeLessThan(500);
  });
});
