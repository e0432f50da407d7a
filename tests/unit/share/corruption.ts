import fc from 'fast-check';

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Random corruptions of a link: flip a char, truncate, append, swap two chars, insert junk. */
export const corruption = (text: string) =>
  fc.oneof(
    fc.record({ at: fc.nat(), by: fc.integer({ min: 1, max: 63 }) }).map(({ at, by }) => {
      const i = at % text.length;
      const c = BASE64URL[(BASE64URL.indexOf(text[i] ?? 'A') + by) % 64] ?? 'A';
      return text.slice(0, i) + c + text.slice(i + 1);
    }),
    fc.nat().map((n) => text.slice(0, n % text.length)),
    fc.string({ minLength: 1, maxLength: 8 }).map((s) => text + s),
    fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => {
      const i = a % text.length;
      const j = b % text.length;
      const chars = [...text];
      [chars[i], chars[j]] = [chars[j] ?? '', chars[i] ?? ''];
      return chars.join('');
    }),
    fc.tuple(fc.nat(), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 })).map(
      ([a, s]) => text.slice(0, a % text.length) + s + text.slice(a % text.length),
    ),
  );
