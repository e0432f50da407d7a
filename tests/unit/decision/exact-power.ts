/**
 * A second exact method for the power indices, independent of `src/lib/decision/power-indices.ts`
 * and used only to check it: it counts swings as integers (BigInt) where that module integrates
 * swing probabilities in floating point. Slower, and never shown to users — hence in the tests.
 *
 * Weighted game [q; w₁…wₙ], non-negative integer weights. C[s][k] is the number of coalitions of
 * s players weighing k (only k < q is kept), the coefficients of ∏ᵢ (1 + x·y^wᵢ). The coalitions
 * of the others of player i come from dividing its factor out, exact in integers:
 *   C₋ᵢ[s][k] = C[s][k] − C₋ᵢ[s − 1][k − wᵢ].
 * Player i swings for every coalition of the others weighing q − wᵢ … q − 1, so
 * - Banzhaf: ηᵢ = number of swings; absolute index ηᵢ / 2ⁿ⁻¹, normalised ηᵢ / Σⱼ ηⱼ;
 * - Shapley–Shubik: φᵢ = Σₛ s!·(n − 1 − s)! · (swings of size s) / n!.
 * Composite game (vote by colleges, bloc reading): member i of college b swings exactly when it
 * swings inside b and b swings in the top game, where each other college wins or loses with its
 * own members; the two counts by size are convolved. Every fraction is rounded once, at the end.
 */
import type { CompositeGame, PowerIndices, WeightedGame } from '../../../src/lib/decision/power-indices.ts';

export interface SwingCounts {
  /** swingsBySize[i][s]: coalitions of s other players for which player i is decisive. */
  readonly swingsBySize: readonly (readonly bigint[])[];
}

const total = (weights: readonly number[]): number => weights.reduce((s, w) => s + w, 0);

function checkWeights(weights: readonly number[]): void {
  for (const w of weights) if (!Number.isSafeInteger(w) || w < 0) throw new RangeError(`weight ${w}`);
}

/** C[s][k] for s = 0…n and 0 ≤ k < width. */
function countsBySizeAndWeight(weights: readonly number[], width: number): bigint[][] {
  const n = weights.length;
  const counts = Array.from({ length: n + 1 }, () => new Array<bigint>(Math.max(width, 0)).fill(0n));
  if (width > 0) counts[0]![0] = 1n;
  weights.forEach((w, i) => {
    for (let s = i; s >= 0; s -= 1) {
      const from = counts[s]!;
      const to = counts[s + 1]!;
      for (let k = width - 1 - w; k >= 0; k -= 1) if (from[k] !== 0n) to[k + w] = to[k + w]! + from[k]!;
    }
  });
  return counts;
}

/** Swings of every player of a weighted game, by size of the coalition of the others. */
export function weightedSwings(game: WeightedGame): SwingCounts {
  const { weights, quota } = game;
  checkWeights(weights);
  const n = weights.length;
  const none = (): bigint[][] => weights.map(() => new Array<bigint>(n).fill(0n));
  if (quota <= 0 || quota > total(weights)) return { swingsBySize: none() };
  const all = countsBySizeAndWeight(weights, quota);
  const swingsBySize = weights.map((w) => {
    const others = Array.from({ length: n }, () => new Array<bigint>(quota).fill(0n));
    for (let s = 0; s < n; s += 1) {
      for (let k = 0; k < quota; k += 1) {
        const withI = s > 0 && k >= w ? others[s - 1]![k - w]! : 0n;
        others[s]![k] = all[s]![k]! - withI;
      }
    }
    return others.map((row) => {
      let sum = 0n;
      for (let k = Math.max(0, quota - w); k < quota; k += 1) sum += row[k]!;
      return sum;
    });
  });
  return { swingsBySize };
}

function binomials(m: number): bigint[] {
  const row = [1n];
  for (let s = 1; s <= m; s += 1) row.push((row[s - 1]! * BigInt(m - s + 1)) / BigInt(s));
  return row;
}

/** Swings of every member of a composite game, in block order then member order. */
export function compositeSwings(game: CompositeGame): SwingCounts {
  const n = game.blocks.reduce((s, b) => s + b.game.weights.length, 0);
  const topWeights = game.blocks.map((b) => b.weight);
  checkWeights(topWeights);
  const inner = game.blocks.map((b) => weightedSwings(b.game).swingsBySize);
  // Coalitions of each block by size: those that win it and those that lose it.
  const outcomes = game.blocks.map((b) => {
    const m = b.game.weights.length;
    const width = Math.max(0, Math.min(b.game.quota, total(b.game.weights) + 1));
    const counts = countsBySizeAndWeight(b.game.weights, width);
    const lose = counts.map((row) => row.reduce((s, c) => s + c, 0n));
    const win = binomials(m).map((c, s) => c - (lose[s] ?? 0n));
    return { win, lose };
  });
  const q = game.quota;
  const topOk = q > 0 && q <= total(topWeights);
  const swingsBySize: bigint[][] = [];
  game.blocks.forEach((block, b) => {
    // top[s][k]: ways the members of the other blocks form a coalition of s members whose
    // winning blocks weigh k < q.
    let top = [new Array<bigint>(Math.max(q, 0)).fill(0n)];
    if (topOk) top[0]![0] = 1n;
    game.blocks.forEach((other, c) => {
      if (c === b || !topOk) return;
      const { win, lose } = outcomes[c]!;
      const next = Array.from({ length: top.length + other.game.weights.length }, () => new Array<bigint>(q).fill(0n));
      top.forEach((row, s) => {
        row.forEach((ways, k) => {
          if (ways === 0n) return;
          win.forEach((count, extra) => {
            if (count !== 0n && k + other.weight < q) next[s + extra]![k + other.weight]! += ways * count;
          });
          lose.forEach((count, extra) => {
            if (count !== 0n) next[s + extra]![k]! += ways * count;
          });
        });
      });
      top = next;
    });
    const outer = top.map((row) => {
      let sum = 0n;
      for (let k = Math.max(0, q - block.weight); k < q; k += 1) sum += row[k] ?? 0n;
      return topOk ? sum : 0n;
    });
    for (const memberSwings of inner[b]!) {
      const bySize = new Array<bigint>(n).fill(0n);
      memberSwings.forEach((a, s1) => {
        if (a !== 0n) outer.forEach((o, s2) => (bySize[s1 + s2] = bySize[s1 + s2]! + a * o));
      });
      swingsBySize.push(bySize);
    }
  });
  return { swingsBySize };
}

function factorials(n: number): bigint[] {
  const f = [1n];
  for (let i = 1; i <= n; i += 1) f.push(f[i - 1]! * BigInt(i));
  return f;
}

const bitLength = (x: bigint): number => x.toString(2).length;

/** num / den (both ≥ 0, den > 0) as the nearest double, from a quotient of more than 64 bits. */
export function ratio(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  const shift = Math.max(0, 66 + bitLength(den) - bitLength(num));
  return Number((num << BigInt(shift)) / den) / 2 ** shift;
}

/** Total swings of each player (the Banzhaf count ηᵢ). */
export function swingTotals(counts: SwingCounts): bigint[] {
  return counts.swingsBySize.map((bySize) => bySize.reduce((s, c) => s + c, 0n));
}

/** The three indices of `power-indices.ts`, from exact counts. */
export function indicesFromCounts(counts: SwingCounts): PowerIndices {
  const n = counts.swingsBySize.length;
  const eta = swingTotals(counts);
  const etaSum = eta.reduce((s, c) => s + c, 0n);
  const f = factorials(n);
  const half = 1n << BigInt(Math.max(n - 1, 0));
  return {
    banzhafAbsolute: eta.map((e) => ratio(e, half)),
    banzhaf: eta.map((e) => (etaSum === 0n ? 0 : ratio(e, etaSum))),
    shapleyShubik: counts.swingsBySize.map((bySize) =>
      ratio(bySize.reduce((acc, c, s) => acc + c * f[s]! * f[n - 1 - s]!, 0n), f[n]!),
    ),
  };
}
