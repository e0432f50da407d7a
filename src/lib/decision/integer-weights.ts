/**
 * Integer weights for the generating-function algorithms, and quotas on them.
 *
 * Scaling: each weight is read as a fraction p/q (continued fractions, q ≤ 10⁶, within 1e-10 of
 * the largest weight), all are brought to their least common denominator and divided by their
 * greatest common divisor. When that is exact and the integer total stays ≤ `maxTotal` (default
 * 10 000, which keeps the analysis of 60 members under ~50 ms), the game is the same game
 * (`exact: true`). Otherwise each weight is rounded to 1/10 000 of the total (`exact: false`):
 * only coalitions within about 0.01 % of the quota can change side, and the analysis says so.
 * One person, one vote and equal weights inside colleges stay exact.
 */

export interface IntegerWeights {
  readonly weights: readonly number[];
  readonly total: number;
  /** True when the integer game has exactly the proportions of the input weights. */
  readonly exact: boolean;
}

const MAX_DENOMINATOR = 1_000_000;
const ROUNDING_PRECISION = 10_000;

export function toIntegerWeights(
  values: readonly number[],
  maxTotal = 10_000,
): IntegerWeights {
  const clean = values.map((v) => (Number.isFinite(v) && v > 0 ? v : 0));
  const max = clean.reduce((m, v) => Math.max(m, v), 0);
  if (max === 0) return { weights: clean.map(() => 0), total: 0, exact: true };
  const tolerance = 1e-10 * max;
  const fractions = clean.map((v) => toFraction(v, tolerance));
  let lcm = 1;
  let exact = fractions.every((f) => f !== undefined);
  if (exact) {
    for (const f of fractions) {
      lcm = (lcm / gcd(lcm, f?.[1] ?? 1)) * (f?.[1] ?? 1);
      if (lcm > Number.MAX_SAFE_INTEGER / MAX_DENOMINATOR) {
        exact = false;
        break;
      }
    }
  }
  if (exact) {
    const ints = fractions.map((f) => ((f?.[0] ?? 0) * lcm) / (f?.[1] ?? 1));
    const g = ints.reduce((acc, v) => gcd(acc, v), 0) || 1;
    const scaled = ints.map((v) => Math.round(v / g));
    const total = scaled.reduce((s, v) => s + v, 0);
    if (total <= maxTotal && scaled.every(Number.isSafeInteger)) return { weights: scaled, total, exact: true };
  }
  const sum = clean.reduce((s, v) => s + v, 0);
  const rounded = clean.map((v) => Math.round((v / sum) * ROUNDING_PRECISION));
  return { weights: rounded, total: rounded.reduce((s, v) => s + v, 0), exact: false };
}

/** Best fraction p/q with q ≤ 10⁶ within `tolerance` of v ≥ 0, by continued fractions. */
function toFraction(v: number, tolerance: number): [number, number] | undefined {
  let h0 = 0;
  let h1 = 1;
  let k0 = 1;
  let k1 = 0;
  let x = v;
  for (let iter = 0; iter < 64; iter += 1) {
    const a = Math.floor(x);
    const h2 = a * h1 + h0;
    const k2 = a * k1 + k0;
    if (k2 > MAX_DENOMINATOR || !Number.isSafeInteger(h2)) return undefined;
    h0 = h1;
    h1 = h2;
    k0 = k1;
    k1 = k2;
    if (Math.abs(v - h1 / k1) <= tolerance) return [h1, k1];
    const frac = x - a;
    if (frac < 1e-15) return undefined;
    x = 1 / frac;
  }
  return undefined;
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y > 0) [x, y] = [y, x % y];
  return x;
}

/**
 * Smallest integer weight that wins: strictly more than `fraction` of `total` when `strict`
 * (a majority), at least `fraction` of it otherwise (a qualified threshold). Products that land on
 * an integer within 1e-9 are treated as that integer.
 */
export function quotaFor(total: number, fraction: number, strict: boolean): number {
  const x = fraction * total;
  const nearest = Math.round(x);
  const onInteger = Math.abs(x - nearest) <= 1e-9 * Math.max(1, total);
  if (strict) return onInteger ? nearest + 1 : Math.ceil(x);
  return onInteger ? nearest : Math.ceil(x);
}
