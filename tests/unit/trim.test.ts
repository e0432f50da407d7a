import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { trimChars } from '../../src/lib/trim.ts';

describe('trimChars', () => {
  it('trims what a regex anchored at each end would, one end or both', () => {
    const leading = /[«\s]/u;
    const trailing = /[».\s]/u;
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('«', '»', '.', ' ', 'a', 'é', '\u202f') }), (text) => {
        expect(trimChars(text, leading, trailing)).toBe(text.replace(/^[«\s]+/u, '').replace(/[».\s]+$/u, ''));
        expect(trimChars(text, null, trailing)).toBe(text.replace(/[».\s]+$/u, ''));
        expect(trimChars(text, leading, null)).toBe(text.replace(/^[«\s]+/u, ''));
      }),
      { numRuns: 500 },
    );
  });
});
