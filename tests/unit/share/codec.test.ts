import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decode, encode } from '../../../src/lib/share/codec.ts';
import { corruption } from './corruption.ts';

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((v, i) => v === b[i]);

describe('share codec', () => {
  it('round-trips random payloads, kinds and versions', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z0-9]{1,8}$/),
        fc.nat(),
        fc.uint8Array({ maxLength: 2000 }),
        (kind, version, payload) => {
          const text = encode(kind, version, payload);
          expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
          const back = decode(text, kind);
          expect(back.ok).toBe(true);
          if (back.ok) {
            expect(back.version).toBe(version);
            expect(sameBytes(back.payload, payload)).toBe(true);
          }
          // Copied with its « # » or surrounding spaces: still fine.
          expect(decode(`#${text}\n`, kind).ok).toBe(true);
        },
      ),
    );
  });

  it('never throws and never returns a different payload for a corrupted link', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 0, maxLength: 300 }).chain((payload) => {
          const text = encode('q', 1, payload);
          return fc.tuple(fc.constant(payload), corruption(text));
        }),
        ([payload, corrupted]) => {
          const result = decode(corrupted, 'q');
          if (result.ok) expect(sameBytes(result.payload, payload)).toBe(true);
          else expect(result.message.length).toBeGreaterThan(10);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.anything()), (input) => {
        const result = decode(input, 'q');
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
    expect(decode('A'.repeat(5_000_000), 'q')).toMatchObject({ ok: false, error: 'format' });
  });

  it('names the error: kind, version, checksum, truncated, format', () => {
    const text = encode('s', 2, Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    expect(decode(text, 'q')).toMatchObject({ ok: false, error: 'kind' });
    expect(decode(text, 's', { supportedVersions: [1] })).toMatchObject({ ok: false, error: 'version' });
    expect(decode(text, 's', { supportedVersions: [1, 2] }).ok).toBe(true);
    const flipped = text.slice(0, 10) + (text[10] === 'A' ? 'B' : 'A') + text.slice(11);
    expect(decode(flipped, 's')).toMatchObject({ ok: false, error: 'checksum' });
    expect(decode(text.slice(0, 12), 's')).toMatchObject({ ok: false, error: 'truncated' });
    expect(decode(text.slice(0, 13), 's')).toMatchObject({ ok: false, error: 'truncated' });
    expect(decode('', 's')).toMatchObject({ ok: false, error: 'format' });
    expect(decode('héllo wörld', 's')).toMatchObject({ ok: false, error: 'format' });
    const result = decode(flipped, 's');
    if (!result.ok) expect(result.message).toContain('altéré');
  });

  it('refuses invalid kinds and versions when encoding', () => {
    expect(() => encode('Q!', 1, new Uint8Array())).toThrow();
    expect(() => encode('q', -1, new Uint8Array())).toThrow();
  });
});
