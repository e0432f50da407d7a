/**
 * What the simulator's number fields accept, as typed in French or English: a member weight
 * (`number`: 0 to MAX_WEIGHT, « 1 234,5 », « 12.5 »), a share or a quorum (`percent`: 0 to 100 %,
 * « 30 », « 30 % », « 2/3 »), an adoption threshold (`threshold`: above 0, at most 100 %). Anything
 * else — NaN, Infinity, « 1e308 », negative numbers, other scripts' digits — is undefined: the
 * field then says what it expects and keeps its last valid value.
 */
import { parseDecimal, parsePercentInput } from './presets.ts';
import { MAX_WEIGHT } from './types.ts';

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
