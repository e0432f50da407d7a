/**
 * Numbers typed in the simulator's fields: whatever is typed, the field reads a number of its
 * domain or nothing (and then says what it expects); what the field shows reads back as the value.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseFieldInput, type FieldKind } from '../../../src/lib/decision/field-input.ts';
import { percentText } from '../../../src/lib/decision/messages.ts';
import { parseFraction } from '../../../src/lib/decision/presets.ts';
import { MAX_WEIGHT } from '../../../src/lib/decision/types.ts';
import { formatNumber, NBSP, NNBSP } from '../../../src/lib/fr.ts';
import { garbageText } from '../share/fuzz.ts';

const KINDS: readonly FieldKind[] = ['number', 'percent', 'threshold'];

/** The values each kind of field may hold. */
function inDomain(kind: FieldKind, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  if (kind === 'number') return value >= 0 && value <= MAX_WEIGHT;
  return (kind === 'threshold' ? value > 0 : value >= 0) && value <= 1;
}

/** Text close to a number: digits, separators, signs, exponents, spaces of every kind, % and /. */
const numberLike = fc.string({
  unit: fc.constantFrom(...'0123456789', ',', '.', '-', '+', 'e', 'E', ' ', NBSP, NNBSP, '%', '/', '٣', '∞'),
  maxLength: 24,
});

const ABSURD = ['NaN', 'Infinity', '-Infinity', '1e308', '1e3', '0x10', '-1', '-0,5', '1,2,3', '1.2.3', '12,,', ',5', '5/0', '0/0', '1/-2', '٣', '１２', '9'.repeat(400), `1${'0'.repeat(308)}`, '1 000 000 000 001'];

describe('simulator number fields: bad input', () => {
  it('any text reads as a value of the field’s domain, or as nothing; never throws', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), fc.oneof(garbageText, numberLike), (kind, text) => {
        const value = parseFieldInput(kind, text);
        if (value !== undefined) expect(inDomain(kind, value), `${kind} « ${text} » → ${value}`).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('absurd values are refused', () => {
    for (const kind of KINDS) for (const text of ABSURD) expect(parseFieldInput(kind, text), `${kind} « ${text} »`).toBeUndefined();
  });

  it('a weight is read the same with a decimal comma or point, grouped by any space', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 9999 }), fc.constantFrom(' ', NBSP, NNBSP, ''), (int, frac, space) => {
        const digits = String(int).replace(/\B(?=(\d{3})+(?!\d))/g, space);
        const decimals = String(frac).padStart(4, '0');
        const expected = Number(`${int}.${decimals}`);
        expect(parseFieldInput('number', `${digits},${decimals}`)).toBe(expected);
        expect(parseFieldInput('number', `${digits}.${decimals}`)).toBe(expected);
        expect(parseFieldInput('number', ` ${digits}, `)).toBe(int);
      }),
      { numRuns: 500 },
    );
  });

  it('what a weight field shows reads back as the value, to its 4 decimals', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: 0, max: MAX_WEIGHT, noNaN: true }), fc.integer({ min: 0, max: MAX_WEIGHT })), (weight) => {
        const read = parseFieldInput('number', formatNumber(weight, 4));
        expect(read).toBeDefined();
        expect(Math.abs((read ?? Number.NaN) - weight)).toBeLessThanOrEqual(5e-5 + weight * Number.EPSILON);
      }),
      { numRuns: 1000 },
    );
  });

  it('what a percentage field shows reads back as the fraction, to 1/10 000', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (fraction) => {
        const read = parseFieldInput('percent', percentText(fraction));
        expect(read).toBeDefined();
        expect(Math.abs((read ?? Number.NaN) - fraction)).toBeLessThanOrEqual(5e-5 + 1e-15);
      }),
      { numRuns: 1000 },
    );
  });

  it('ratios read as fractions; above 100 % or down to 0 for a threshold is refused', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 10_000 }), (a, b) => {
        const fraction = parseFieldInput('percent', `${a}/${b}`);
        expect(fraction).toBe(a <= b ? a / b : undefined);
        expect(parseFieldInput('threshold', `${a} / ${b}`)).toBe(a > 0 && a <= b ? a / b : undefined);
      }),
      { numRuns: 500 },
    );
  });
});

describe('fractions written by the editors of the presets', () => {
  it('any value reads as a fraction from 0 to 1, or as nothing', () => {
    fc.assert(
      fc.property(fc.oneof(garbageText, numberLike, fc.double(), fc.anything()), (value) => {
        const fraction = parseFraction(value);
        if (fraction !== undefined) expect(fraction >= 0 && fraction <= 1).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('French numbers of any size', () => {
  it('every finite number is written with digits, a decimal comma and grouped thousands, and reads back', () => {
    const FRENCH = /^-?\d{1,3}(?:\u00a0\d{3})*(?:,\d+)?$/;
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 4 }), (value, decimals) => {
        const text = formatNumber(value, decimals);
        expect(text).toMatch(FRENCH);
        expect(text.split(',')[1]?.length ?? 0).toBeLessThanOrEqual(decimals);
        const back = Number(text.replaceAll(NBSP, '').replace(',', '.'));
        expect(Math.abs(back - value)).toBeLessThanOrEqual(10 ** -decimals / 2 + Math.abs(value) * 1e-15);
      }),
      { numRuns: 2000 },
    );
  });
});
