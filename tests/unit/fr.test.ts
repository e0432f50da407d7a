import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatDateTime,
  formatDecimal,
  formatNumber,
  formatPercent,
  frenchSpacing,
  listFr,
  plural,
  pluralWord,
  typographed,
} from '../../src/lib/fr.ts';

describe('formatNumber', () => {
  it('writes a decimal comma and groups thousands with a no-break space', () => {
    expect(formatNumber(2.5)).toBe('2,5');
    expect(formatNumber(1234567.891)).toBe('1\u00a0234\u00a0567,89');
    expect(formatNumber(1234, { grouping: false })).toBe('1234');
    expect(formatNumber(-3.14159, 3)).toBe('-3,142');
  });
  it('drops trailing zeros unless fixed, and never prints -0', () => {
    expect(formatNumber(3.1, 2)).toBe('3,1');
    expect(formatNumber(3, { decimals: 1, fixed: true })).toBe('3,0');
    expect(formatNumber(-0.0001, 2)).toBe('0');
    expect(formatNumber(-1e-12, 4)).toBe('0');
  });
  it('writes huge numbers in plain digits, never « 1e+21 » or « Infinity »', () => {
    // Found by the property tests: 1e21 printed « 1e+21 », 1e305 with 4 decimals « Infinity ».
    expect(formatNumber(1e21)).toBe('1\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000');
    expect(formatNumber(-1.5e21, { grouping: false })).toBe('-1500000000000000000000');
    expect(formatNumber(1e305, 4)).toBe(`100${'\u00a0000'.repeat(101)}`);
    expect(formatNumber(2 ** 60, { grouping: false })).toBe('1152921504606847000');
    expect(formatNumber(1e15 + 0.5, { decimals: 2, fixed: true, grouping: false })).toBe('1000000000000000,50');
  });
  it('prints a dash for missing or non-finite values', () => {
    expect(formatNumber(undefined)).toBe('–');
    expect(formatNumber(Number.NaN)).toBe('–');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('–');
  });
  it('agrees with the platform French locale on any number', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 4 }), (value, decimals) => {
        const expected = value
          .toLocaleString('fr-FR', { maximumFractionDigits: decimals, useGrouping: false })
          .replace('\u2212', '-');
        const ours = formatNumber(value, { decimals, grouping: false });
        // Both round half away from zero except at binary ties; compare numerically.
        const parse = (text: string) => Number(text.replace(',', '.'));
        expect(Math.abs(parse(ours) - parse(expected))).toBeLessThanOrEqual(10 ** -decimals + 1e-9 * Math.abs(value));
      }),
    );
  });
});

describe('formatDecimal and formatPercent', () => {
  it('keeps a fixed number of decimals for scores', () => {
    expect(formatDecimal(3.25)).toBe('3,3');
    expect(formatDecimal(4)).toBe('4,0');
    expect(formatDecimal(undefined)).toBe('–');
  });
  it('writes percentages with a no-break space before %', () => {
    expect(formatPercent(0.15)).toBe('15\u00a0%');
    expect(formatPercent(1 / 3)).toBe('33,3\u00a0%');
    expect(formatPercent(2 / 3, 0)).toBe('67\u00a0%');
  });
});

describe('plural', () => {
  it('treats 0 and 1 as singular, as French does', () => {
    expect(plural(0, 'réponse')).toBe('0\u00a0réponse');
    expect(plural(1, 'réponse')).toBe('1\u00a0réponse');
    expect(plural(2, 'réponse')).toBe('2\u00a0réponses');
    expect(plural(1.5, 'voix', 'voix')).toBe('1,5\u00a0voix');
    expect(plural(1200, 'membre')).toBe('1\u00a0200\u00a0membres');
  });
  it('takes an irregular plural', () => {
    expect(plural(3, 'affirmation notée', 'affirmations notées')).toBe('3\u00a0affirmations notées');
    expect(pluralWord(3, 'travail', 'travaux')).toBe('travaux');
    expect(pluralWord(1, 'travail', 'travaux')).toBe('travail');
  });
});

describe('listFr', () => {
  it('joins with commas and « et »', () => {
    expect(listFr([])).toBe('');
    expect(listFr(['Alice'])).toBe('Alice');
    expect(listFr(['Alice', 'Bob', 'Chloé'])).toBe('Alice, Bob et Chloé');
  });
});

describe('formatDateTime', () => {
  it('writes the day, the month in words, the year and the time in hours and minutes', () => {
    expect(formatDateTime(new Date(2026, 0, 1, 9, 5))).toBe('1 janvier 2026 à 09 h 05');
    expect(formatDateTime(new Date(2025, 7, 15, 0, 0))).toBe('15 août 2025 à 00 h 00');
    expect(formatDateTime(new Date(2026, 11, 31, 23, 59))).toBe('31 décembre 2026 à 23 h 59');
  });

  it('writes what the French locale data would, without depending on it', () => {
    const localeDateTime = (date: Date) =>
      `${date.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' })} à ${date
        .toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' })
        .replace(':', ' h ')}`;
    fc.assert(
      fc.property(fc.date({ min: new Date(2000, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }), (date) => {
        expect(formatDateTime(date)).toBe(localeDateTime(date));
      }),
    );
  });
});

describe('frenchSpacing', () => {
  it('puts a narrow no-break space before ; : ! ? and inside « »', () => {
    expect(frenchSpacing('Résultat : adoptée ; bravo ! Vraiment ?')).toBe('Résultat\u202f: adoptée\u202f; bravo\u202f! Vraiment\u202f?');
    expect(frenchSpacing('« oui »')).toBe('«\u202foui\u202f»');
    expect(frenchSpacing('«oui»')).toBe('«\u202foui\u202f»');
    expect(frenchSpacing('a\u00a0: b')).toBe('a\u202f: b');
  });
  it('leaves URLs and times alone and is idempotent', () => {
    expect(frenchSpacing('https://exemple.fr/a?b=1 à 10:30')).toBe('https://exemple.fr/a?b=1 à 10:30');
    fc.assert(fc.property(fc.string(), (text) => frenchSpacing(frenchSpacing(text)) === frenchSpacing(text)));
  });
});

describe('typographed', () => {
  it('applies French spacing to every string and every function result of a messages table', () => {
    const T = typographed({
      title: 'Résultat : adopté',
      nested: { label: '« oui »' },
      list: ['a ; b'],
      count: (n: number) => `Membres : ${plural(n, 'membre')} !`,
      size: 3,
    });
    expect(T.title).toBe('Résultat\u202f: adopté');
    expect(T.nested.label).toBe('«\u202foui\u202f»');
    expect(T.list[0]).toBe('a\u202f; b');
    expect(T.count(2)).toBe('Membres\u202f: 2\u00a0membres\u202f!');
    expect(T.size).toBe(3);
  });
});

describe('questionnaire counts use the French plural', () => {
  it('says « 1 réponse » and « 0 affirmation », never « 1 réponses »', async () => {
    const { T } = await import('../../src/lib/questionnaire/messages.ts');
    expect(T.answeredOf(1, 44)).toBe('1\u00a0réponse sur 44');
    expect(T.answeredOf(0, 44)).toBe('0\u00a0réponse sur 44');
    expect(T.answeredOf(2, 44)).toBe('2\u00a0réponses sur 44');
    expect(T.savedSummary(1, 44, new Date(2026, 10, 30, 9, 5))).toMatch(/^Vous avez déjà répondu à 1\u00a0affirmation sur 44\./);
  });
});
