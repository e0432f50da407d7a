import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findShareCode } from '../../../src/lib/share/find-code.ts';
import { garbageText } from './fuzz.ts';

const code = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), minLength: 1, maxLength: 60 });
/** What e-mail clients and people put around a link or a code. */
const before = fc.constantFrom('', '<', '« ', '«\u202f', '(', '"', ' ', '\n');
const after = fc.constantFrom('', '.', '>', '>.', ' »', '\u202f»', ')', ' !', ',', '"', '%C2%BB', '%3E', '.%20');

describe('findShareCode', () => {
  it('finds a code alone, after its key or in a whole link, whatever surrounds it', () => {
    fc.assert(
      fc.property(code, before, after, fc.constantFrom('r', 's'), (c, b, a, key) => {
        expect(findShareCode(`${b}${c}${a}`, key)).toBe(c);
        expect(findShareCode(`${b}#${key}=${c}${a}`, key)).toBe(c);
        expect(findShareCode(`${key}=${c}${a}`, key)).toBe(c);
        expect(findShareCode(`${b}https://exemple.org/outils/x/#${key}=${c}${a}`, key)).toBe(c);
        expect(findShareCode(`Lien : https://exemple.org/outils/x/%23${key}=${c}${a}`, key)).toBe(c);
      }),
      { numRuns: 500 },
    );
  });

  it('finds nothing in text that holds no code, and never throws', () => {
    fc.assert(
      fc.property(garbageText, fc.constantFrom('r', 's'), (text, key) => {
        const found = findShareCode(text, key);
        if (found !== undefined) {
          expect(found).toMatch(/^[A-Za-z0-9_-]+$/);
          expect(decodeURIComponentSafe(text)).toContain(found);
        }
      }),
      { numRuns: 1000 },
    );
    expect(findShareCode('n’importe quoi', 'r')).toBeUndefined();
    expect(findShareCode('https://exemple.org/outils/x/#r=', 'r')).toBeUndefined();
    expect(findShareCode('%E0%A4%A', 'r')).toBeUndefined();
  });
});

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
