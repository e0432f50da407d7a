/**
 * What people type into the simulator, as typed in French or English. Its number fields: a member
 * weight (`number`: 0 to MAX_WEIGHT, « 1 234,5 », « 12.5 »), a share or a quorum (`percent`: 0 to
 * 100 %, « 30 », « 30 % », « 2/3 »), an adoption threshold (`threshold`: above 0, at most 100 %).
 * Anything else — NaN, Infinity, « 1e308 », negative numbers, other scripts' digits — is
 * undefined: the field then says what it expects and keeps its last valid value. Also a quota
 * typed as a fraction, kept as typed, and the key that matches college names.
 *
 * A leaf module: the parts of the simulator loaded later (the paste import, the draft clause)
 * share it with the first visit's code without pulling that code in.
 */
import { MAX_WEIGHT } from './types.ts';

/** A decimal number without spaces: `12`, `12,5`, `12.5`. */
export const DECIMAL = /^\d+(?:[.,]\d+)?$/;
const RATIO = /^(\d+)\s*\/\s*(\d+)$/;

export type FieldKind = 'number' | 'percent' | 'threshold';

/** The value of a field's text (a fraction for percentages), or undefined when it is not valid. */
export function parseFieldInput(kind: FieldKind, text: string): number | undefined {
  // A separator typed last (« 12, » on the way to « 12,5 ») does not make the field invalid.
  const cleaned = text.trim().replace(/[.,]$/, '');
  if (kind === 'number') {
    const value = parseDecimal(cleaned);
    return value !== undefined && value <= MAX_WEIGHT ? value : undefined;
  }
  const f = parsePercentInput(cleaned);
  if (f === undefined || f > 1 + 1e-12 || f < 0) return undefined;
  if (kind === 'threshold' && !(f > 0)) return undefined;
  return Math.min(f, 1);
}

/**
 * A percentage typed in a form field: `60` or `60 %` or `60,5` (per cent), or a ratio `2/3`,
 * `12/17`. Returns the fraction (0.6, 2/3…) or undefined. Range checks are the caller's.
 */
export function parsePercentInput(input: string): number | undefined {
  const trimmed = input.trim();
  // Not `replace(/\s*%$/)`: on a long run of spaces that regex takes a time in the square of its length.
  const text = trimmed.endsWith('%') ? trimmed.slice(0, -1).trimEnd() : trimmed;
  if (RATIO.test(text)) {
    const ratio = parseRatio(text);
    return ratio === undefined ? undefined : ratio.num / ratio.den;
  }
  const value = parseDecimal(text);
  return value === undefined ? undefined : value / 100;
}

/** A quota typed as a fraction, kept as typed: « 16/30 » is 16 votes out of 30, not 8/15. */
export interface Ratio {
  readonly num: number;
  readonly den: number;
}

/** `16/30`, `16 / 30` (whole numbers, a denominator above 0), or undefined. */
export function parseRatio(input: string): Ratio | undefined {
  const match = RATIO.exec(input.trim());
  if (match?.[1] === undefined || match[2] === undefined) return undefined;
  const num = Number(match[1]);
  const den = Number(match[2]);
  return den > 0 && Number.isFinite(num) && Number.isFinite(den) ? { num, den } : undefined;
}

/** Whether a ratio stands for a value (the value it was typed for, not one changed since). */
export function ratioMatches(ratio: Ratio | undefined, value: number | undefined): ratio is Ratio {
  return ratio !== undefined && value !== undefined && Math.abs(ratio.num / ratio.den - value) <= 1e-12;
}

/** A non-negative decimal number typed in French or English: `1 234,5`, `12.5`. */
export function parseDecimal(input: string): number | undefined {
  const text = input.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!DECIMAL.test(text)) return undefined;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}

/**
 * What a college name is matched on: letters without accents or case, spaces collapsed, so that
 * « Salariés », « salaries » and « SALARIÉS » are one college.
 */
export function collegeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
