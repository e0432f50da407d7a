/**
 * The power analysis against independent exact methods:
 * - indices against integer swing counts (`exact-power.ts`) up to 60 members — weighted games,
 *   composite games, and whole scenarios with decimal weights, thresholds and colleges, whose exact
 *   integer game is built here without `integer-weights.ts`;
 * - blocking minorities, veto players and powerless members against enumeration of every coalition
 *   (n ≤ 12).
 * Run counts keep the file to a few seconds.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compositeGameIndices,
  weightedGameIndices,
  type CompositeGame,
  type PowerIndices,
  type WeightedGame,
} from '../../../src/lib/decision/power-indices.ts';
import { compositeBlockingSets, weightedBlockingSets, type BlockingSearch } from '../../../src/lib/decision/blocking.ts';
import { analysePower, type PowerAnalysis } from '../../../src/lib/decision/power.ts';
import type { College, DecisionRule, Member } from '../../../src/lib/decision/types.ts';
import { compositeSwings, indicesFromCounts, ratio, swingTotals, weightedSwings, type SwingCounts } from './exact-power.ts';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const TOLERANCE = 1e-12;

function expectSameIndices(actual: PowerIndices, expected: PowerIndices, eta: readonly bigint[]) {
  for (const key of ['banzhafAbsolute', 'banzhaf', 'shapleyShubik'] as const) {
    expect(actual[key]).toHaveLength(expected[key].length);
    actual[key].forEach((v, i) => {
      expect(Math.abs(v - (expected[key][i] ?? NaN)), `${key}[${i}]: ${v} vs ${expected[key][i]}`).toBeLessThan(TOLERANCE);
      // Powerless exactly when never decisive: the simulator's « sans aucun pouvoir » relies on it.
      if (eta[i] === 0n) expect(v, `${key}[${i}]`).toBe(0);
      else expect(v, `${key}[${i}]`).toBeGreaterThan(0);
    });
  }
}

/** A quota from a fraction f of the total; f above 1 gives a game nobody wins, 0 one everybody wins. */
const quotaOf = (f: number, total: number) => Math.ceil(f * total);
const fractionArb = fc.oneof(
  { arbitrary: fc.double({ min: 0, max: 1, noNaN: true }), weight: 4 },
  { arbitrary: fc.constantFrom(0, 0.5, 1, 1.05), weight: 1 },
);

// ---------- The exact counter itself, against enumeration ----------

function enumerateSwings(n: number, wins: (mask: number) => boolean): bigint[][] {
  const counts = Array.from({ length: n }, () => new Array<bigint>(n).fill(0n));
  for (let mask = 0; mask < 1 << n; mask += 1) {
    if (!wins(mask)) continue;
    let size = 0;
    for (let j = 0; j < n; j += 1) if (mask & (1 << j)) size += 1;
    for (let i = 0; i < n; i += 1) {
      if (mask & (1 << i) && !wins(mask & ~(1 << i))) counts[i]![size - 1] = counts[i]![size - 1]! + 1n;
    }
  }
  return counts;
}

const weightedWinsMask = (game: WeightedGame) => (mask: number) =>
  sum(game.weights.filter((_, j) => mask & (1 << j))) >= game.quota;

function compositeWinsMask(game: CompositeGame) {
  return (mask: number) => {
    let offset = 0;
    let top = 0;
    for (const b of game.blocks) {
      const inner = sum(b.game.weights.filter((_, j) => mask & (1 << (offset + j))));
      if (inner >= b.game.quota) top += b.weight;
      offset += b.game.weights.length;
    }
    return top >= game.quota;
  };
}

const smallGameArb = fc
  .tuple(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 10 }), fractionArb)
  .map(([weights, f]): WeightedGame => ({ weights, quota: quotaOf(f, sum(weights)) }));

function compositeArb(maxMembers: number, maxBlockSize: number, maxInner: number): fc.Arbitrary<CompositeGame> {
  return fc
    .tuple(
      fc.array(
        fc.tuple(
          fc.integer({ min: 0, max: 12 }),
          fc.array(fc.integer({ min: 0, max: maxInner }), { minLength: 1, maxLength: maxBlockSize }),
          fractionArb,
        ),
        { minLength: 1, maxLength: 5 },
      ),
      fractionArb,
    )
    .filter(([blocks]) => sum(blocks.map(([, members]) => members.length)) <= maxMembers)
    .map(([blocks, f]) => ({
      blocks: blocks.map(([weight, weights, g]) => ({ weight, game: { weights, quota: quotaOf(g, sum(weights)) } })),
      quota: quotaOf(f, sum(blocks.map(([weight]) => weight))),
    }));
}

describe('exact swing counts (the checker) agree with enumeration', () => {
  it('weighted games, n ≤ 10', () => {
    fc.assert(
      fc.property(smallGameArb, (game) => {
        expect(weightedSwings(game).swingsBySize).toEqual(enumerateSwings(game.weights.length, weightedWinsMask(game)));
      }),
      { numRuns: 150 },
    );
  });

  it('composite games, n ≤ 10', () => {
    fc.assert(
      fc.property(compositeArb(10, 4, 6), (game) => {
        const n = sum(game.blocks.map((b) => b.game.weights.length));
        expect(compositeSwings(game).swingsBySize).toEqual(enumerateSwings(n, compositeWinsMask(game)));
      }),
      { numRuns: 150 },
    );
  });

  it('known counts: [51; 50, 49, 1] has swings 3, 1, 1', () => {
    expect(swingTotals(weightedSwings({ weights: [50, 49, 1], quota: 51 }))).toEqual([3n, 1n, 1n]);
    expect(indicesFromCounts(weightedSwings({ weights: [50, 49, 1], quota: 51 })).shapleyShubik).toEqual([2 / 3, 1 / 6, 1 / 6]);
  });

  it('rounds exact fractions to the nearest double', () => {
    expect(ratio(1n, 3n)).toBe(1 / 3);
    expect(ratio(2n ** 80n + 1n, 2n ** 81n)).toBe(0.5);
    expect(ratio(14n, 60n)).toBe(14 / 60);
    expect(ratio(0n, 7n)).toBe(0);
  });
});

// ---------- Indices: two exact methods, up to 60 members ----------

describe('generating functions (floating point) and swing counts (BigInt) agree up to 60 members', () => {
  const largeGameArb = fc
    .tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 20 }), fractionArb)
    .chain(([n, maxWeight, f]) =>
      fc
        .array(fc.integer({ min: 0, max: maxWeight }), { minLength: n, maxLength: n })
        .map((weights): WeightedGame => ({ weights, quota: quotaOf(f, sum(weights)) })),
    );

  const check = (game: WeightedGame) => {
    const counts = weightedSwings(game);
    expectSameIndices(weightedGameIndices(game), indicesFromCounts(counts), swingTotals(counts));
  };

  it('random weighted games', () => {
    fc.assert(fc.property(largeGameArb, check), { numRuns: 25 });
  });

  it('60 members: majority, a two-thirds quota, a veto player, powerless members', () => {
    const sixes = Array.from({ length: 60 }, (_, i) => (i % 6) + 1);
    check({ weights: sixes, quota: Math.floor(sum(sixes) / 2) + 1 });
    check({ weights: sixes, quota: Math.ceil((2 * sum(sixes)) / 3) });
    const giant = [100, ...Array.from({ length: 59 }, (_, i) => 1 + (i % 3))];
    check({ weights: giant, quota: Math.floor(sum(giant) / 2) + 1 }); // the giant is a veto player
    const evens = [...Array.from({ length: 57 }, () => 2), 1, 1, 1];
    check({ weights: evens, quota: 58 });
    // Tails: each member is decisive in a single coalition out of 2⁵⁹.
    const ones = new Array<number>(60).fill(1);
    check({ weights: ones, quota: 60 });
    check({ weights: ones, quota: 1 });
  });

  it('unanimity of 60: each member a veto player with 1/60 of the power, none powerless', () => {
    // Regression: the 2⁻⁵⁹ swing probabilities used to drown in rounding, leaving some members
    // « sans aucun pouvoir » and the others with up to twice their share.
    const people = Array.from({ length: 60 }, (_, i) => ({ id: `m${i}`, name: `M${i}`, weight: 1 }));
    for (const rule of [{ kind: 'unanimity' }, { kind: 'consent' }] as const) {
      const analysis = analysePower(people, [], rule);
      if (!analysis.ok) throw new Error(analysis.message);
      expect(analysis.dummyIds).toEqual([]);
      expect(analysis.vetoPlayerIds).toHaveLength(60);
      for (const m of analysis.members) {
        expect(m.banzhaf).toBeCloseTo(1 / 60, 14);
        expect(m.shapleyShubik).toBeCloseTo(1 / 60, 14);
        expect(m.banzhafAbsolute).toBe(2 ** -59);
      }
    }
  });

  it('random composite games (colleges, bloc reading)', () => {
    fc.assert(
      fc.property(compositeArb(60, 20, 8), (game) => {
        const counts = compositeSwings(game);
        expectSameIndices(compositeGameIndices(game), indicesFromCounts(counts), swingTotals(counts));
      }),
      { numRuns: 20 },
    );
  });
});

// ---------- Whole scenarios: decimal weights, thresholds, colleges ----------

/** The scenario's game in exact integers, built from the numerators the generator drew. */
type ExactGame =
  | { readonly kind: 'weighted'; readonly game: WeightedGame }
  /** order[p]: the member at position p of the composite game (block order, then member order). */
  | { readonly kind: 'composite'; readonly game: CompositeGame; readonly order: readonly number[] };

interface Case {
  readonly members: readonly Member[];
  readonly colleges: readonly College[];
  readonly rule: DecisionRule;
  readonly exact: ExactGame;
}

const THRESHOLDS: readonly (readonly [number, number])[] = [[1, 2], [2, 3], [3, 5], [12, 17], [3, 4], [1, 1], [1, 3]];
const thresholdArb = fc.option(fc.constantFrom(...THRESHOLDS), { nil: undefined });
const majority = (total: number) => Math.floor(total / 2) + 1;
/** At least a/b of the total. */
const atLeast = (total: number, [a, b]: readonly [number, number]) => Math.ceil((a * total) / b);
const quotaFor = (total: number, t: readonly [number, number] | undefined) => (t ? atLeast(total, t) : majority(total));
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

function capitalArb(maxN: number): fc.Arbitrary<Case> {
  return fc
    .tuple(fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: maxN }), thresholdArb)
    .filter(([cents]) => sum(cents) > 0)
    .map(([cents, t]) => ({
      // Weights in hundredths: 0,35 ; 1,2 ; 0,07 …
      members: cents.map((c, i) => ({ id: `m${i}`, name: `M${i}`, weight: c / 100 })),
      colleges: [],
      rule: t ? { kind: 'capital', threshold: t[0] / t[1] } : { kind: 'capital' },
      exact: { kind: 'weighted', game: { weights: cents, quota: quotaFor(sum(cents), t) } },
    }));
}

function onePersonArb(maxN: number): fc.Arbitrary<Case> {
  return fc
    .tuple(fc.integer({ min: 1, max: maxN }), fc.constantFrom('simple', 'absolute', 'qualified', 'unanimity', 'consent'), fc.constantFrom(...THRESHOLDS))
    .map(([n, kind, t]) => {
      const rule: DecisionRule =
        kind === 'absolute'
          ? { kind, base: 'members' }
          : kind === 'qualified'
            ? { kind, threshold: t[0] / t[1], base: 'votesCast' }
            : { kind };
      const quota = kind === 'qualified' ? atLeast(n, t) : kind === 'unanimity' || kind === 'consent' ? n : majority(n);
      return {
        members: Array.from({ length: n }, (_, i) => ({ id: `m${i}`, name: `M${i}`, weight: 1 })),
        colleges: [],
        rule,
        exact: { kind: 'weighted', game: { weights: new Array<number>(n).fill(1), quota } },
      };
    });
}

/**
 * Colleges with shares in steps of 5 % (renormalised when they do not sum to 100 %), an empty
 * college now and then, and members listed in an order that mixes the colleges.
 */
function collegesOf(shares: readonly number[], sizes: readonly number[]) {
  const colleges: College[] = shares.map((s, c) => ({ id: `c${c}`, name: `C${c}`, share: s / 20 }));
  const byCollege = sizes.map((size, c) => Array.from({ length: size }, (_, j) => ({ c, j })));
  const slots: { c: number; j: number }[] = [];
  for (let j = 0; j < Math.max(0, ...sizes); j += 1) {
    for (const list of byCollege) {
      const slot = list[j];
      if (slot) slots.push(slot);
    }
  }
  return { colleges, slots };
}

const SIZES = [0, 1, 2, 3, 4, 5, 6, 10, 12, 15, 20];

function proportionalArb(maxN: number): fc.Arbitrary<Case> {
  return fc
    .tuple(
      fc.array(fc.tuple(fc.integer({ min: 1, max: 10 }), fc.constantFrom(...SIZES)), { minLength: 1, maxLength: 4 }),
      thresholdArb,
    )
    .filter(([cs]) => cs.some(([, size]) => size > 0) && sum(cs.map(([, size]) => size)) <= maxN)
    .map(([cs, t]) => {
      const { colleges, slots } = collegesOf(cs.map(([s]) => s), cs.map(([, size]) => size));
      const members = slots.map(({ c, j }) => ({ id: `m${c}-${j}`, name: `M${c}-${j}`, weight: 1, college: `c${c}` }));
      // Member weight share(c) / size(c), on the common denominator lcm(sizes).
      const lcm = cs.reduce((l, [, size]) => (size > 0 ? (l * size) / gcd(l, size) : l), 1);
      const raw = slots.map(({ c }) => ((cs[c]?.[0] ?? 0) * lcm) / (cs[c]?.[1] ?? 1));
      const g = raw.reduce(gcd, 0);
      const weights = raw.map((w) => w / g);
      const rule: DecisionRule = t ? { kind: 'colleges-proportional', threshold: t[0] / t[1] } : { kind: 'colleges-proportional' };
      return { members, colleges, rule, exact: { kind: 'weighted', game: { weights, quota: quotaFor(sum(weights), t) } } };
    });
}

function blocArb(maxN: number, maxPerCollege: number): fc.Arbitrary<Case> {
  return fc
    .tuple(
      fc.array(
        fc.tuple(
          fc.integer({ min: 1, max: 10 }),
          fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 200 })), { maxLength: maxPerCollege }),
        ),
        { minLength: 1, maxLength: 4 },
      ),
      thresholdArb,
      thresholdArb,
    )
    .filter(([cs]) => cs.some(([, cents]) => sum(cents) > 0) && sum(cs.map(([, cents]) => cents.length)) <= maxN)
    .map(([cs, t, inner]) => {
      const { colleges, slots } = collegesOf(cs.map(([s]) => s), cs.map(([, cents]) => cents.length));
      const cents = (c: number, j: number) => cs[c]?.[1][j] ?? 0;
      const members = slots.map(({ c, j }) => ({ id: `m${c}-${j}`, name: `M${c}-${j}`, weight: cents(c, j) / 100, college: `c${c}` }));
      // Colleges whose members weigh nothing in total cannot vote and are left out.
      const active = cs.map((_, c) => c).filter((c) => sum(cs[c]?.[1] ?? []) > 0);
      const order: number[] = [];
      const blocks = active.map((c) => {
        const weights = (cs[c]?.[1] ?? []).map((_, j) => cents(c, j));
        weights.forEach((_, j) => order.push(slots.findIndex((s) => s.c === c && s.j === j)));
        return { weight: cs[c]?.[0] ?? 0, game: { weights, quota: quotaFor(sum(weights), inner) } };
      });
      const rule: DecisionRule = {
        kind: 'colleges-bloc',
        ...(t ? { threshold: t[0] / t[1] } : {}),
        ...(inner ? { innerThreshold: inner[0] / inner[1] } : {}),
      };
      const quota = quotaFor(sum(blocks.map((b) => b.weight)), t);
      // The members of the left-out colleges still vote, with no effect: a block weighing nothing.
      const outside = slots.map((_, i) => i).filter((i) => !order.includes(i));
      if (outside.length > 0) {
        order.push(...outside);
        blocks.push({ weight: 0, game: { weights: outside.map(() => 0), quota: 1 } });
      }
      return { members, colleges, rule, exact: { kind: 'composite', game: { blocks, quota }, order } };
    });
}

/** Whether the members for which `has` is true carry the vote (everyone else voting against). */
function exactWins(exact: ExactGame, has: (member: number) => boolean): boolean {
  if (exact.kind === 'weighted') return sum(exact.game.weights.filter((_, i) => has(i))) >= exact.game.quota;
  let p = 0;
  let top = 0;
  for (const b of exact.game.blocks) {
    let inner = 0;
    for (const w of b.game.weights) {
      if (has(exact.order[p] ?? -1)) inner += w;
      p += 1;
    }
    if (inner >= b.game.quota) top += b.weight;
  }
  return top >= exact.game.quota;
}

/** Exact swing counts in the members' order. */
function exactCounts(c: Case): SwingCounts {
  if (c.exact.kind === 'weighted') return weightedSwings(c.exact.game);
  const counts = compositeSwings(c.exact.game).swingsBySize;
  const bySize: (readonly bigint[])[] = [];
  c.exact.order.forEach((member, p) => (bySize[member] = counts[p] ?? []));
  expect(bySize.filter(Boolean)).toHaveLength(c.members.length);
  return { swingsBySize: bySize };
}

function analyse(c: Case): PowerAnalysis {
  const result = analysePower(c.members, c.colleges, c.rule);
  if (!result.ok) throw new Error(result.message);
  // The generators keep to games that integer-weights.ts scales exactly.
  expect(result.exactWeights).toBe(true);
  return result;
}

describe('analysePower against exact counts, up to 60 members', () => {
  const check = (c: Case) => {
    const analysis = analyse(c);
    const counts = exactCounts(c);
    const eta = swingTotals(counts);
    const actual: PowerIndices = {
      banzhafAbsolute: analysis.members.map((m) => m.banzhafAbsolute),
      banzhaf: analysis.members.map((m) => m.banzhaf),
      shapleyShubik: analysis.members.map((m) => m.shapleyShubik),
    };
    expectSameIndices(actual, indicesFromCounts(counts), eta);
    const everyone = () => true;
    analysis.members.forEach((m, i) => {
      expect(m.dummy).toBe(eta[i] === 0n);
      expect(m.veto, `veto of ${m.memberId}`).toBe(exactWins(c.exact, everyone) && !exactWins(c.exact, (j) => j !== i));
    });
  };

  it('capital vote with decimal weights and thresholds', () => {
    fc.assert(fc.property(capitalArb(60), check), { numRuns: 15 });
  });

  it('one person, one vote rules', () => {
    fc.assert(fc.property(onePersonArb(60), check), { numRuns: 15 });
  });

  it('colleges, proportional reading (decimal shares, empty colleges)', () => {
    fc.assert(fc.property(proportionalArb(60), check), { numRuns: 12 });
  });

  it('colleges, bloc reading (decimal weights inside colleges, inner thresholds)', () => {
    fc.assert(fc.property(blocArb(60, 20), check), { numRuns: 12 });
  });
});

// ---------- Blocking minorities and veto players, against enumeration (n ≤ 12) ----------

/** Every coalition's outcome, by bit mask of players. */
function winsTable(n: number, wins: (mask: number) => boolean): boolean[] {
  return Array.from({ length: 1 << n }, (_, mask) => wins(mask));
}

const members = (mask: number, n: number) => Array.from({ length: n }, (_, i) => i).filter((i) => mask & (1 << i));

/** All blocking sets of minimal size (their « contre » alone rejects), as sorted index lists. */
function smallestBlockingSets(n: number, table: readonly boolean[]): { size: number | undefined; sets: number[][] } {
  const all = (1 << n) - 1;
  const blocking = table.map((_, mask) => mask).filter((mask) => !table[all & ~mask]);
  if (blocking.length === 0) return { size: undefined, sets: [] };
  const size = Math.min(...blocking.map((mask) => members(mask, n).length));
  return { size, sets: blocking.map((mask) => members(mask, n)).filter((s) => s.length === size) };
}

function expectBlockingSearch(found: BlockingSearch, n: number, table: readonly boolean[], cap = 500) {
  const truth = smallestBlockingSets(n, table);
  expect(found.minSize).toBe(truth.size);
  const keys = found.sets.map((s) => s.join(','));
  expect(new Set(keys).size, 'no set twice').toBe(keys.length);
  for (const s of found.sets) expect(s).toEqual([...s].sort((a, b) => a - b));
  const truthKeys = new Set(truth.sets.map((s) => s.join(',')));
  for (const key of keys) expect(truthKeys.has(key), `{${key}} is a smallest blocking set`).toBe(true);
  // At this size only the cap on the number of sets can cut the search short.
  expect(keys.length).toBe(found.complete ? truthKeys.size : cap);
}

describe('blocking minorities and veto players against enumeration (n ≤ 12)', () => {
  const gameArb = fc
    .tuple(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 12 }), fractionArb)
    .map(([weights, f]): WeightedGame => ({ weights, quota: quotaOf(f, sum(weights)) }));

  it('weighted games: the smallest blocking sets, all of them when the search is complete', () => {
    fc.assert(
      fc.property(gameArb, (game) => {
        const n = game.weights.length;
        expectBlockingSearch(weightedBlockingSets(game), n, winsTable(n, weightedWinsMask(game)));
      }),
      { numRuns: 200 },
    );
  });

  it('weighted games: caps cut the search short and say so', () => {
    const game: WeightedGame = { weights: new Array<number>(12).fill(1), quota: 7 }; // C(12, 6) = 924 sets
    const found = weightedBlockingSets(game, { nodeCap: 200_000, setCap: 100 });
    expect(found.complete).toBe(false);
    expectBlockingSearch(found, 12, winsTable(12, weightedWinsMask(game)), 100);
    expect(weightedBlockingSets(game).sets).toHaveLength(500);
  });

  it('composite games: the smallest blocking sets', () => {
    fc.assert(
      fc.property(compositeArb(12, 5, 6), (game) => {
        const n = sum(game.blocks.map((b) => b.game.weights.length));
        expectBlockingSearch(compositeBlockingSets(game), n, winsTable(n, compositeWinsMask(game)));
      }),
      { numRuns: 400 },
    );
  });

  it('composite games: a college that never passes is counted once', () => {
    // Regression: with and without that college, every blocking set came out twice.
    const game: CompositeGame = {
      blocks: [
        { weight: 5, game: { weights: [1], quota: 1 } },
        { weight: 1, game: { weights: [1], quota: 2 } }, // never passes
        { weight: 1, game: { weights: [1], quota: 1 } },
      ],
      quota: 3,
    };
    expect(compositeBlockingSets(game)).toEqual({ minSize: 1, sets: [[0]], complete: true });
    const stuck: CompositeGame = { blocks: [{ weight: 2, game: { weights: [1], quota: 2 } }, game.blocks[2]!], quota: 2 };
    expect(compositeBlockingSets(stuck)).toEqual({ minSize: 0, sets: [[]], complete: true });
  });

  const caseArb = fc.oneof(capitalArb(12), onePersonArb(12), proportionalArb(12), blocArb(12, 5));

  it('analysePower: veto players, powerless members and the lightest blocking minorities', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const analysis = analyse(c);
        const n = c.members.length;
        const table = winsTable(n, (mask) => exactWins(c.exact, (i) => (mask & (1 << i)) !== 0));
        const winning = table.map((_, mask) => mask).filter((mask) => table[mask]);
        analysis.members.forEach((m, i) => {
          const bit = 1 << i;
          expect(m.veto, `veto of ${m.memberId}`).toBe(winning.length > 0 && winning.every((mask) => mask & bit));
          expect(m.dummy, `dummy ${m.memberId}`).toBe(!winning.some((mask) => mask & bit && !table[mask & ~bit]));
        });
        expect(analysis.vetoPlayerIds).toEqual(analysis.members.filter((m) => m.veto).map((m) => m.memberId));

        const truth = smallestBlockingSets(n, table);
        expect(analysis.blockingMinoritySize).toBe(truth.size);
        const share = new Map(analysis.members.map((m) => [m.memberId, m.nominalShare]));
        const index = new Map(c.members.map((m, i) => [m.id, i]));
        const truthKeys = new Set(truth.sets.map((s) => s.join(',')));
        for (const minority of analysis.smallestBlockingMinorities) {
          const key = minority.memberIds.map((id) => index.get(id)).sort((a, b) => (a ?? 0) - (b ?? 0)).join(',');
          expect(truthKeys.has(key), `{${minority.memberIds.join(', ')}} blocks and is smallest`).toBe(true);
          expect(minority.nominalShare).toBeCloseTo(sum(minority.memberIds.map((id) => share.get(id) ?? NaN)), 12);
        }
        const shown = analysis.smallestBlockingMinorities.map((m) => m.nominalShare);
        expect(shown).toEqual([...shown].sort((a, b) => a - b));
        if (analysis.blockingSearchComplete) {
          // The lightest ones, as many as exist up to five.
          const lightest = truth.sets
            .map((s) => sum(s.map((i) => analysis.members[i]?.nominalShare ?? NaN)))
            .sort((a, b) => a - b)
            .slice(0, 5);
          expect(shown).toHaveLength(lightest.length);
          shown.forEach((v, k) => expect(v).toBeCloseTo(lightest[k] ?? NaN, 12));
        }
      }),
      { numRuns: 300 },
    );
  });
});
