/** Descriptive statistics over a handful of ratings: n, mean, standard deviation, range. */

export interface Summary {
  /** Number of values. */
  readonly n: number;
  /** Undefined when n = 0. */
  readonly mean: number | undefined;
  /**
   * Population standard deviation (the group is described as it is, not as a sample):
   * 0 for a single value, undefined when n = 0.
   */
  readonly sd: number | undefined;
  readonly min: number | undefined;
  readonly max: number | undefined;
}

export function summarize(values: readonly number[]): Summary {
  const n = values.length;
  if (n === 0) return { n, mean: undefined, sd: undefined, min: undefined, max: undefined };
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / n;
  return { n, mean, sd: Math.sqrt(variance), min: Math.min(...values), max: Math.max(...values) };
}

/** max − min, or undefined when there are no values. */
export function range(summary: Summary): number | undefined {
  return summary.min === undefined || summary.max === undefined ? undefined : summary.max - summary.min;
}
