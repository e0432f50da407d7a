/**
 * Exact power indices of weighted majority games and of games composed of college games, by
 * generating functions — no sampling.
 *
 * Method. Let every player join a coalition independently with probability t. The weight of the
 * coalition of the others is a polynomial generating function; player i is decisive (a swing) when
 * that weight lies in [q − wᵢ, q − 1]. This probability, f′ᵢ(t), is the derivative of the game's
 * multilinear extension along the diagonal (Owen 1972):
 * - absolute Banzhaf index = f′ᵢ(1/2) = swings / 2ⁿ⁻¹;
 * - Shapley–Shubik index = ∫₀¹ f′ᵢ(t) dt = Σₛ s!(n−s−1)!/n! × (swings of size s).
 * f′ᵢ is a polynomial of degree ≤ n − 1, so Gauss–Legendre quadrature with ⌊n/2⌋ + 1 nodes
 * integrates it exactly; the nodes are computed to machine precision.
 *
 * For each t, prefix and suffix distributions (truncated below the quota) give every player's
 * swing probability in O(n·q), without dividing a player out (which is numerically unstable).
 * The nodes come in pairs t, 1 − t, and the weight of a coalition at 1 − t is the total minus the
 * weight at t: the swings at 1 − t are the swings at t of the dual quota T − q + 1, read from the
 * same distributions. One pass per pair halves the work.
 *
 * Composite games (vote by colleges, bloc reading): the top game's players are colleges that join
 * with the probability gᵦ(t) that their own game passes; a member's derivative is
 * ∂F/∂yᵦ(g(t)) × ∂gᵦ/∂xᵢ(t) (Owen's composition), again a polynomial of degree ≤ n − 1.
 *
 * Numbers. Probabilities are doubles: every sum adds non-negative terms, the only subtraction is a
 * window of a cumulative sum, taken from the end of the distribution where the sums are smaller,
 * and the probability of winning is a sum too (never 1 − P(losing)). So the absolute error stays
 * around 1e-15 and tiny probabilities keep their relative precision: the 2⁻⁵⁹ of each member of a
 * 60-member unanimity is exact, and so is the normalised Banzhaf index built on it. Counts of swings
 * (up to 2⁶⁰) are never formed as integers, so no BigInt is needed. A player with no swing gets
 * exactly 0 (adding zeros is exact); one with a swing gets more than 0. The unit tests compare all
 * of it with exact integer counts up to 60 members (tests/unit/decision/power-exact.test.ts).
 */

export interface PowerIndices {
  /** Probability of being decisive when every other player votes at random (swings / 2ⁿ⁻¹). */
  readonly banzhafAbsolute: readonly number[];
  /** Absolute Banzhaf index normalised to sum to 1 (all 0 if nobody is ever decisive). */
  readonly banzhaf: readonly number[];
  readonly shapleyShubik: readonly number[];
}

/** A weighted majority game [quota; weights] with non-negative integer weights. */
export interface WeightedGame {
  readonly weights: readonly number[];
  readonly quota: number;
}

/** A college: its integer weight in the top game and its own weighted game. */
export interface GameBlock {
  readonly weight: number;
  readonly game: WeightedGame;
}

/** A top weighted game whose players are blocks (colleges) with their own games. */
export interface CompositeGame {
  readonly blocks: readonly GameBlock[];
  readonly quota: number;
}

/**
 * For each player, the probability that it is a swing when each other player j joins
 * independently with probability probs[j].
 */
function swingProbabilities(game: WeightedGame, probs: readonly number[]): number[] {
  const { weights, quota } = game;
  const n = weights.length;
  const total = weights.reduce((s, w) => s + w, 0);
  const result = new Array<number>(n).fill(0);
  if (quota <= 0 || quota > total || n === 0) return result;
  const q = quota;
  // Row i of `prefix` = distribution of the weight of players 0..i−1, truncated to 0..q−1.
  const prefix = new Float64Array((n + 1) * q);
  prefix[0] = 1;
  for (let i = 0; i < n; i += 1) applyPlayer(prefix, i * q, prefix, (i + 1) * q, q, weights[i] ?? 0, probs[i] ?? 0);
  let suffix = new Float64Array(q);
  let spare = new Float64Array(q);
  suffix[0] = 1;
  const below = new Float64Array(q + 1);
  const above = new Float64Array(q + 1);
  for (let i = n - 1; i >= 0; i -= 1) {
    const w = weights[i] ?? 0;
    if (w > 0) {
      cumulate(suffix, q, below, above);
      result[i] = windowSum(prefix, i * q, below, above, q - w, q - 1);
    }
    applyPlayer(suffix, 0, spare, 0, q, w, probs[i] ?? 0);
    [suffix, spare] = [spare, suffix];
  }
  return result;
}

/** dst[k] = (1 − p)·src[k] + p·src[k − w] on 0..q−1 (a player of weight w joining with probability p). */
function applyPlayer(
  src: Float64Array,
  srcOffset: number,
  dst: Float64Array,
  dstOffset: number,
  q: number,
  w: number,
  p: number,
): void {
  const stay = 1 - p;
  const edge = Math.min(w, q);
  for (let k = 0; k < edge; k += 1) dst[dstOffset + k] = stay * src[srcOffset + k]!;
  for (let k = edge; k < q; k += 1) dst[dstOffset + k] = stay * src[srcOffset + k]! + p * src[srcOffset + k - w]!;
}

const quadratureCache = new Map<number, { nodes: number[]; weights: number[] }>();

/** Gauss–Legendre nodes and weights on [0, 1]; exact for polynomials of degree ≤ 2m − 1. */
export function gaussLegendre(m: number): { nodes: number[]; weights: number[] } {
  const cached = quadratureCache.get(m);
  if (cached) return cached;
  const nodes: number[] = [];
  const weights: number[] = [];
  for (let i = 1; i <= m; i += 1) {
    let z = Math.cos((Math.PI * (i - 0.25)) / (m + 0.5));
    let derivative = 1;
    for (let iter = 0; iter < 100; iter += 1) {
      let p1 = 1;
      let p2 = 0;
      for (let j = 1; j <= m; j += 1) {
        const p3 = p2;
        p2 = p1;
        p1 = ((2 * j - 1) * z * p2 - (j - 1) * p3) / j;
      }
      derivative = (m * (z * p1 - p2)) / (z * z - 1);
      const previous = z;
      z = previous - p1 / derivative;
      if (Math.abs(z - previous) < 1e-16) break;
    }
    nodes.push((1 - z) / 2);
    weights.push(1 / ((1 - z * z) * derivative * derivative));
  }
  const rule = { nodes, weights };
  quadratureCache.set(m, rule);
  return rule;
}

function normalise(values: readonly number[]): number[] {
  const sum = values.reduce((s, v) => s + v, 0);
  return sum > 0 ? values.map((v) => v / sum) : values.map(() => 0);
}

/** Swing probabilities of every player and the winning probability, all joining with probability t. */
interface DiagonalPoint {
  readonly swing: number[];
  readonly wins: number;
}

/** Buffers reused across quadrature nodes. */
interface Workspace {
  prefix: Float64Array;
  suffix: Float64Array;
  spare: Float64Array;
  below: Float64Array;
  above: Float64Array;
}

function workspaceFor(n: number, width: number): Workspace {
  return {
    prefix: new Float64Array((n + 1) * width),
    suffix: new Float64Array(width),
    spare: new Float64Array(width),
    below: new Float64Array(width + 1),
    above: new Float64Array(width + 1),
  };
}

/**
 * The game at t and at 1 − t in one pass: at 1 − t, a coalition weighs T − (its weight at t), so
 * the swings there are the swings at t for the dual quota T − q + 1, and it wins when the weight
 * at t is below that dual quota.
 */
function diagonalPair(game: WeightedGame, t: number, workspace?: Workspace): [DiagonalPoint, DiagonalPoint] {
  const { weights, quota } = game;
  const n = weights.length;
  const total = weights.reduce((s, w) => s + w, 0);
  if (quota <= 0 || quota > total || n === 0) {
    const wins = quota <= 0 ? 1 : 0;
    return [
      { swing: new Array<number>(n).fill(0), wins },
      { swing: new Array<number>(n).fill(0), wins },
    ];
  }
  const dual = total - quota + 1;
  const width = Math.max(quota, dual);
  const ws = workspace ?? workspaceFor(n, width);
  const { prefix, below, above } = ws;
  let { suffix, spare } = ws;
  prefix.fill(0, 0, width);
  prefix[0] = 1;
  for (let i = 0; i < n; i += 1) applyPlayer(prefix, i * width, prefix, (i + 1) * width, width, weights[i] ?? 0, t);
  suffix.fill(0);
  suffix[0] = 1;
  const atT = new Array<number>(n).fill(0);
  const atMirror = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i -= 1) {
    const w = weights[i] ?? 0;
    if (w > 0) {
      cumulate(suffix, width, below, above);
      atT[i] = windowSum(prefix, i * width, below, above, quota - w, quota - 1);
      atMirror[i] = windowSum(prefix, i * width, below, above, dual - w, dual - 1);
    }
    applyPlayer(suffix, 0, spare, 0, width, w, t);
    [suffix, spare] = [spare, suffix];
  }
  // Winning at t, as the sum over players i of P(the coalition first reaches the quota with i):
  // non-negative terms, so a tiny probability keeps its precision (1 − P(losing) would not).
  let winsAtT = 0;
  for (let i = 0; i < n; i += 1) {
    const w = weights[i] ?? 0;
    let crossing = 0;
    for (let k = Math.max(0, quota - w); k < quota; k += 1) crossing += prefix[i * width + k]!;
    winsAtT += t * crossing;
  }
  let belowDual = 0;
  for (let k = 0; k < dual; k += 1) belowDual += prefix[n * width + k]!;
  return [
    { swing: atT, wins: clamp01(winsAtT) },
    { swing: atMirror, wins: clamp01(belowDual) },
  ];
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/** Cumulative sums of a distribution on 0..width−1 from both ends: below[j] = P(< j), above[j] = P(≥ j). */
function cumulate(distribution: Float64Array, width: number, below: Float64Array, above: Float64Array): void {
  let low = 0;
  let high = 0;
  below[0] = 0;
  above[width] = 0;
  for (let j = 0, r = width - 1; j < width; j += 1, r -= 1) {
    low += distribution[j]!;
    below[j + 1] = low;
    high += distribution[r]!;
    above[r] = high;
  }
}

/**
 * P(A + B ∈ [lo, hi]) for independent A (a row of `before`) and B (its cumulative sums `below` and
 * `above`), with hi below the rows' width. Hot loop: indices are in range by construction.
 *
 * Each window of B is a difference of cumulative sums, taken from the end where they are smaller:
 * its rounding error is relative to those sums, so a window at either tail of the distribution
 * (2⁻⁵⁹ for a member of a 60-member unanimity) keeps its relative precision instead of drowning
 * in the 1e-16 error of sums near 1.
 */
function windowSum(
  before: Float64Array,
  offset: number,
  below: Float64Array,
  above: Float64Array,
  lo: number,
  hi: number,
): number {
  const from0 = Math.max(0, lo);
  let p = 0;
  for (let k = 0; k <= hi; k += 1) {
    const a = before[offset + k]!;
    if (a === 0) continue;
    const from = from0 > k ? from0 - k : 0;
    const to = hi - k + 1;
    const lower = below[to]!;
    const upper = above[from]!;
    const sum = lower <= upper ? lower - below[from]! : upper - above[to]!;
    if (sum !== 0) p += a * sum;
  }
  return p;
}

/**
 * Evaluates `f` (the per-player derivative along the diagonal, given the pair at t and 1 − t) at
 * the Gauss–Legendre nodes for degree n − 1 and returns the Banzhaf values (t = 1/2) and the
 * integrals (Shapley–Shubik).
 */
function integrate(
  n: number,
  pairAt: (t: number) => [readonly number[], readonly number[]],
): { half: number[]; integral: number[] } {
  const m = Math.floor(n / 2) + 1;
  const { nodes, weights } = gaussLegendre(m);
  const integral = new Array<number>(n).fill(0);
  const pairs = Math.floor(m / 2);
  for (let k = 0; k < pairs; k += 1) {
    const [low, high] = pairAt(nodes[k] ?? 0);
    const weight = weights[k] ?? 0;
    for (let i = 0; i < n; i += 1) integral[i] = (integral[i] ?? 0) + weight * ((low[i] ?? 0) + (high[i] ?? 0));
  }
  const [half] = pairAt(0.5);
  if (m % 2 === 1) {
    const weight = weights[pairs] ?? 0;
    for (let i = 0; i < n; i += 1) integral[i] = (integral[i] ?? 0) + weight * (half[i] ?? 0);
  }
  return { half: [...half], integral };
}

/** Banzhaf and Shapley–Shubik indices of a weighted majority game. */
export function weightedGameIndices(game: WeightedGame): PowerIndices {
  const n = game.weights.length;
  const total = game.weights.reduce((s, w) => s + w, 0);
  const workspace =
    game.quota > 0 && game.quota <= total ? workspaceFor(n, Math.max(game.quota, total - game.quota + 1)) : undefined;
  const { half, integral } = integrate(n, (t) => {
    const [low, high] = diagonalPair(game, t, workspace);
    return [low.swing, high.swing];
  });
  return { banzhafAbsolute: half, banzhaf: normalise(half), shapleyShubik: clean(integral, half) };
}

/** A player that is never decisive has index exactly 0; tiny negative rounding is clipped. */
function clean(values: readonly number[], banzhafAbsolute: readonly number[]): number[] {
  return values.map((v, i) => ((banzhafAbsolute[i] ?? 0) === 0 ? 0 : Math.max(0, v)));
}

/** Indices of every member of a composite game, in block order then member order. */
export function compositeGameIndices(game: CompositeGame): PowerIndices {
  const n = game.blocks.reduce((s, b) => s + b.game.weights.length, 0);
  const top: WeightedGame = { weights: game.blocks.map((b) => b.weight), quota: game.quota };
  const workspaces = game.blocks.map((b) => {
    const total = b.game.weights.reduce((s, w) => s + w, 0);
    return b.game.quota > 0 && b.game.quota <= total
      ? workspaceFor(b.game.weights.length, Math.max(b.game.quota, total - b.game.quota + 1))
      : undefined;
  });
  const derivatives = (points: readonly DiagonalPoint[]): number[] => {
    const topSwing = swingProbabilities(top, points.map((p) => p.wins));
    const result: number[] = [];
    points.forEach((p, b) => {
      for (const s of p.swing) result.push(s * (topSwing[b] ?? 0));
    });
    return result;
  };
  const { half, integral } = integrate(n, (t) => {
    const pairs = game.blocks.map((b, i) => diagonalPair(b.game, t, workspaces[i]));
    return [derivatives(pairs.map((p) => p[0])), derivatives(pairs.map((p) => p[1]))];
  });
  return { banzhafAbsolute: half, banzhaf: normalise(half), shapleyShubik: clean(integral, half) };
}
