import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compositeGameIndices,
  gaussLegendre,
  weightedGameIndices,
  type CompositeGame,
} from '../../../src/lib/decision/power-indices.ts';
import { analysePower, describePower, type PowerAnalysis } from '../../../src/lib/decision/power.ts';
import { quotaFor, toIntegerWeights } from '../../../src/lib/decision/integer-weights.ts';
import { weightedBlockingSets } from '../../../src/lib/decision/blocking.ts';
import { evaluateVote } from '../../../src/lib/decision/evaluate.ts';
import type { College, DecisionRule, Member, Position } from '../../../src/lib/decision/types.ts';
import { people, THREE_COLLEGES } from './fixtures.ts';

// ---------- Brute-force oracle: enumerate every coalition ----------

function factorial(n: number): number {
  let f = 1;
  for (let i = 2; i <= n; i += 1) f *= i;
  return f;
}

/** Banzhaf (absolute, normalised) and Shapley–Shubik by enumerating all 2ⁿ coalitions. */
function bruteForce(n: number, wins: (mask: number) => boolean) {
  const swings = new Array<number>(n).fill(0);
  const ss = new Array<number>(n).fill(0);
  for (let mask = 0; mask < 1 << n; mask += 1) {
    let size = 0;
    for (let j = 0; j < n; j += 1) if (mask & (1 << j)) size += 1;
    for (let i = 0; i < n; i += 1) {
      if (mask & (1 << i)) continue;
      if (wins(mask | (1 << i)) && !wins(mask)) {
        swings[i] = (swings[i] ?? 0) + 1;
        ss[i] = (ss[i] ?? 0) + (factorial(size) * factorial(n - size - 1)) / factorial(n);
      }
    }
  }
  const total = swings.reduce((a, b) => a + b, 0);
  return {
    banzhafAbsolute: swings.map((s) => s / 2 ** (n - 1)),
    banzhaf: swings.map((s) => (total > 0 ? s / total : 0)),
    shapleyShubik: ss,
  };
}

function weightedWinsMask(weights: readonly number[], quota: number) {
  return (mask: number) => {
    let sum = 0;
    weights.forEach((w, j) => {
      if (mask & (1 << j)) sum += w;
    });
    return sum >= quota;
  };
}

function expectClose(actual: readonly number[], expected: readonly number[], digits = 12) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => expect(v).toBeCloseTo(expected[i] ?? NaN, digits));
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function ok(result: ReturnType<typeof analysePower>): PowerAnalysis {
  if (!result.ok) throw new Error(result.message);
  return result;
}

// ---------- Known results ----------

describe('known weighted games', () => {
  it('[51; 50, 49, 1]: Banzhaf 3/5, 1/5, 1/5; Shapley–Shubik 2/3, 1/6, 1/6', () => {
    const r = weightedGameIndices({ weights: [50, 49, 1], quota: 51 });
    expectClose(r.banzhaf, [3 / 5, 1 / 5, 1 / 5]);
    expectClose(r.banzhafAbsolute, [3 / 4, 1 / 4, 1 / 4]);
    expectClose(r.shapleyShubik, [2 / 3, 1 / 6, 1 / 6]);
  });

  it('EU Council 1958 [12; 4,4,4,2,2,1]: Luxembourg has no power', () => {
    const r = weightedGameIndices({ weights: [4, 4, 4, 2, 2, 1], quota: 12 });
    expectClose(r.banzhaf, [5 / 21, 5 / 21, 5 / 21, 3 / 21, 3 / 21, 0]);
    expectClose(r.shapleyShubik, [14 / 60, 14 / 60, 14 / 60, 9 / 60, 9 / 60, 0]);
    expect(r.banzhafAbsolute[5]).toBe(0);
    expect(r.shapleyShubik[5]).toBe(0);
  });

  it('the same games through analysePower with a capital vote', () => {
    const names = ['France', 'Allemagne', 'Italie', 'Belgique', 'Pays-Bas', 'Luxembourg'];
    const weights = [4, 4, 4, 2, 2, 1];
    const members: Member[] = names.map((name, i) => ({ id: name, name, weight: weights[i] ?? 0 }));
    const a = ok(analysePower(members, [], { kind: 'capital', threshold: 12 / 17 }));
    expect(a.dummyIds).toEqual(['Luxembourg']);
    expect(a.vetoPlayerIds).toEqual([]);
    expectClose(a.members.map((m) => m.shapleyShubik), [14 / 60, 14 / 60, 14 / 60, 9 / 60, 9 / 60, 0]);
    expect(a.members[5]?.nominalShare).toBeCloseTo(1 / 17, 12);
    // Blocking needs more than 17 − 12 = 5 votes: two members, lightest a big one and a 2.
    expect(a.blockingMinoritySize).toBe(2);
    expect(a.smallestBlockingMinorities[0]?.memberIds).toEqual(['France', 'Belgique']);
    expect(a.smallestBlockingMinorities).toHaveLength(5);
    const summary = describePower(members, a).join('\n');
    expect(summary).toContain('Sans aucun pouvoir\u202f: Luxembourg');
    expect(summary).toContain('— son vote ne change jamais le résultat.');
  });

  it('[51; 50, 49, 1] has a veto player who blocks alone', () => {
    const members: Member[] = [
      { id: 'a', name: 'A', weight: 50 },
      { id: 'b', name: 'B', weight: 49 },
      { id: 'c', name: 'C', weight: 1 },
    ];
    const a = ok(analysePower(members, [], { kind: 'capital' }));
    expect(a.vetoPlayerIds).toEqual(['a']);
    expect(a.smallestBlockingMinorities).toEqual([{ memberIds: ['a'], nominalShare: 0.5 }]);
    expectClose(a.members.map((m) => m.banzhaf), [3 / 5, 1 / 5, 1 / 5]);
  });

  it('a member with 27 % of the votes and no power: [80; 40, 40, 30]', () => {
    const r = weightedGameIndices({ weights: [40, 40, 30], quota: 80 });
    expect(r.banzhaf[2]).toBe(0);
    expectClose(r.shapleyShubik, [0.5, 0.5, 0]);
  });
});

describe('general properties', () => {
  it('indices sum to 1; symmetric members are equal; a dummy is 0', () => {
    const r = weightedGameIndices({ weights: [5, 3, 3, 1, 0], quota: 7 });
    expect(sum(r.banzhaf)).toBeCloseTo(1, 12);
    expect(sum(r.shapleyShubik)).toBeCloseTo(1, 12);
    expect(r.banzhaf[1]).toBeCloseTo(r.banzhaf[2] ?? NaN, 14);
    expect(r.shapleyShubik[1]).toBeCloseTo(r.shapleyShubik[2] ?? NaN, 14);
    expect(r.banzhaf[4]).toBe(0);
    expect(r.shapleyShubik[4]).toBe(0);
  });

  it('one person, one vote majority: everyone 1/n', () => {
    const a = ok(analysePower(people(7), [], { kind: 'simple' }));
    for (const m of a.members) {
      expect(m.banzhaf).toBeCloseTo(1 / 7, 12);
      expect(m.shapleyShubik).toBeCloseTo(1 / 7, 12);
      expect(m.nominalShare).toBeCloseTo(1 / 7, 12);
    }
    expect(a.blockingMinoritySize).toBe(4); // 3 pour cannot pass among 7
  });

  it('unanimity and consent: every member is a veto player with 1/n', () => {
    for (const rule of [{ kind: 'unanimity' }, { kind: 'consent' }] as DecisionRule[]) {
      const a = ok(analysePower(people(6), [], rule));
      expect(a.vetoPlayerIds).toHaveLength(6);
      for (const m of a.members) {
        expect(m.banzhaf).toBeCloseTo(1 / 6, 12);
        expect(m.shapleyShubik).toBeCloseTo(1 / 6, 12);
        expect(m.banzhafAbsolute).toBeCloseTo(1 / 32, 14);
      }
      expect(a.blockingMinoritySize).toBe(1);
    }
  });

  it('one member holds all the power and a veto', () => {
    const a = ok(analysePower(people(1), [], { kind: 'simple' }));
    expect(a.members[0]).toMatchObject({ banzhaf: 1, banzhafAbsolute: 1, shapleyShubik: 1, veto: true, dummy: false });
    expect(describePower(people(1), a).join(' ')).toContain('Droit de veto\u202f: M1');
  });

  it('zero weights: a zero-weight member is a dummy; all zero is refused', () => {
    const members: Member[] = [
      { id: 'a', name: 'A', weight: 2 },
      { id: 'b', name: 'B', weight: 1 },
      { id: 'z', name: 'Z', weight: 0 },
    ];
    const a = ok(analysePower(members, [], { kind: 'capital' }));
    expect(a.dummyIds).toEqual(['b', 'z']);
    expect(a.vetoPlayerIds).toEqual(['a']);
    const zeros = analysePower([{ id: 'z', name: 'Z', weight: 0 }], [], { kind: 'capital' });
    expect(zeros.ok).toBe(false);
  });

  it('qualified 2/3 of 6 needs 4: blocking minority of 3', () => {
    const a = ok(analysePower(people(6), [], { kind: 'qualified', threshold: 2 / 3, base: 'members' }));
    expect(a.blockingMinoritySize).toBe(3);
  });

  it('60 members, exact to 1e-12: sums and symmetry hold', () => {
    const weights = Array.from({ length: 60 }, (_, i) => (i % 6) + 1);
    const r = weightedGameIndices({ weights, quota: quotaFor(sum(weights), 0.5, true) });
    expect(Math.abs(sum(r.shapleyShubik) - 1)).toBeLessThan(1e-12);
    expect(Math.abs(sum(r.banzhaf) - 1)).toBeLessThan(1e-12);
    for (let i = 6; i < 60; i += 1) {
      expect(Math.abs((r.shapleyShubik[i] ?? 0) - (r.shapleyShubik[i % 6] ?? 0))).toBeLessThan(1e-13);
    }
  });

  it('Gauss–Legendre integrates t^k(1−t)^m exactly', () => {
    const { nodes, weights } = gaussLegendre(5);
    const integral = nodes.reduce((s, t, k) => s + (weights[k] ?? 0) * t ** 4 * (1 - t) ** 5, 0);
    expect(integral).toBeCloseTo((factorial(4) * factorial(5)) / factorial(10), 15);
  });
});

describe('integer scaling', () => {
  it('recovers exact rational weights', () => {
    expect(toIntegerWeights([0.5, 0.25, 0.25])).toEqual({ weights: [2, 1, 1], total: 4, exact: true });
    expect(toIntegerWeights([0.4 / 3, 0.4 / 3, 0.4 / 3, 0.3, 0.3])).toEqual({
      weights: [4, 4, 4, 9, 9],
      total: 30,
      exact: true,
    });
  });

  it('falls back to 1/10 000 of the total for unwieldy weights', () => {
    const r = toIntegerWeights([Math.PI, Math.E, Math.SQRT2]);
    expect(r.exact).toBe(false);
    expect(r.total).toBeGreaterThan(9_990);
  });

  it('quotas: strict majority and « at least » thresholds', () => {
    expect(quotaFor(100, 0.5, true)).toBe(51);
    expect(quotaFor(7, 0.5, true)).toBe(4);
    expect(quotaFor(6, 2 / 3, false)).toBe(4);
    expect(quotaFor(7, 2 / 3, false)).toBe(5);
    expect(quotaFor(17, 12 / 17, false)).toBe(12);
  });
});

// ---------- Colleges ----------

describe('colleges', () => {
  const members: Member[] = [...people(3, 'a', 'a'), ...people(3, 'b', 'b'), ...people(3, 'c', 'c')];

  it('proportional: a plain weighted game over members; indices sum to 1', () => {
    const a = ok(analysePower(members, THREE_COLLEGES, { kind: 'colleges-proportional' }));
    expect(sum(a.members.map((m) => m.banzhaf))).toBeCloseTo(1, 12);
    expect(sum(a.members.map((m) => m.shapleyShubik))).toBeCloseTo(1, 12);
    expect(a.colleges.map((c) => c.nominalShare)).toEqual([0.4, 0.3, 0.3]);
    expect(a.exactWeights).toBe(true);
  });

  it('the two readings give different power', () => {
    const colleges: College[] = [
      { id: 'a', name: 'A', share: 0.5 },
      { id: 'b', name: 'B', share: 0.25 },
      { id: 'c', name: 'C', share: 0.25 },
    ];
    const prop = ok(analysePower(members, colleges, { kind: 'colleges-proportional' }));
    const bloc = ok(analysePower(members, colleges, { kind: 'colleges-bloc' }));
    // Bloc: college A needs one of B, C — a veto college, its members share a lot.
    expect(bloc.colleges[0]?.shapleyShubik).toBeCloseTo(2 / 3, 12);
    expect(Math.abs((prop.colleges[0]?.shapleyShubik ?? 0) - (bloc.colleges[0]?.shapleyShubik ?? 0))).toBeGreaterThan(0.05);
    expect(bloc.vetoPlayerIds).toEqual([]);
    expect(bloc.blockingMinoritySize).toBe(2); // two members of A turn A contre
    expect(bloc.smallestBlockingMinorities[0]?.memberIds).toEqual(['a1', 'a2']);
  });

  it('bloc: a lone member of a veto college is a veto player', () => {
    const ms: Member[] = [...people(1, 'a', 'a'), ...people(2, 'b', 'b'), ...people(2, 'c', 'c')];
    const colleges: College[] = [
      { id: 'a', name: 'A', share: 0.5 },
      { id: 'b', name: 'B', share: 0.25 },
      { id: 'c', name: 'C', share: 0.25 },
    ];
    const a = ok(analysePower(ms, colleges, { kind: 'colleges-bloc' }));
    expect(a.vetoPlayerIds).toEqual(['a1']);
    expect(a.smallestBlockingMinorities[0]?.memberIds).toEqual(['a1']);
  });

  it('an empty college is left out and the others renormalised', () => {
    const colleges: College[] = [...THREE_COLLEGES, { id: 'd', name: 'D', share: 0.3 }];
    const a = ok(analysePower(members, colleges, { kind: 'colleges-bloc' }));
    expect(a.colleges[3]).toMatchObject({ nominalShare: 0, banzhaf: 0, memberCount: 0 });
    expect(a.notes.join(' ')).toContain('Le collège D est vide');
    expect(sum(a.members.map((m) => m.shapleyShubik))).toBeCloseTo(1, 12);
  });

  it('invalid set-ups come back as messages', () => {
    expect(analysePower([], [], { kind: 'simple' }).ok).toBe(false);
    const noCollege = analysePower(people(2), THREE_COLLEGES, { kind: 'colleges-bloc' });
    expect(noCollege.ok).toBe(false);
  });
});

// ---------- Property-based checks against brute force ----------

const smallWeights = fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 8 });

describe('agreement with brute-force enumeration (n ≤ 8)', () => {
  it('weighted games', () => {
    fc.assert(
      fc.property(smallWeights, fc.double({ min: 0.01, max: 1, noNaN: true }), (weights, f) => {
        const total = sum(weights);
        const quota = Math.max(1, Math.ceil(f * total));
        const fast = weightedGameIndices({ weights, quota });
        const slow = bruteForce(weights.length, weightedWinsMask(weights, quota));
        expectClose(fast.banzhafAbsolute, slow.banzhafAbsolute);
        expectClose(fast.banzhaf, slow.banzhaf);
        expectClose(fast.shapleyShubik, slow.shapleyShubik);
        slow.banzhafAbsolute.forEach((v, i) => {
          if (v === 0) expect(fast.shapleyShubik[i]).toBe(0);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('blocking minorities: minimal size matches enumeration', () => {
    fc.assert(
      fc.property(smallWeights, fc.double({ min: 0.01, max: 1, noNaN: true }), (weights, f) => {
        const total = sum(weights);
        const quota = Math.max(1, Math.ceil(f * total));
        const wins = weightedWinsMask(weights, quota);
        const n = weights.length;
        const all = (1 << n) - 1;
        let best: number | undefined;
        for (let mask = 0; mask <= all; mask += 1) {
          if (!wins(all & ~mask)) {
            const size = mask.toString(2).split('1').length - 1;
            if (best === undefined || size < best) best = size;
          }
        }
        const found = weightedBlockingSets({ weights, quota });
        expect(found.minSize).toBe(best);
        for (const set of found.sets) {
          const mask = set.reduce((m, i) => m | (1 << i), 0);
          expect(wins(all & ~mask)).toBe(false);
          expect(set).toHaveLength(best ?? -1);
        }
      }),
      { numRuns: 200 },
    );
  });

  const compositeArb = fc
    .array(
      fc.record({
        share: fc.integer({ min: 1, max: 10 }),
        members: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 3 }),
        f: fc.double({ min: 0.01, max: 1, noNaN: true }),
      }),
      { minLength: 1, maxLength: 3 },
    )
    .filter((blocks) => sum(blocks.map((b) => b.members.length)) <= 8);

  it('composite games (bloc reading, Owen composition)', () => {
    fc.assert(
      fc.property(compositeArb, fc.double({ min: 0.01, max: 1, noNaN: true }), (raw, f) => {
        const blocks = raw.map((b) => ({
          weight: b.share,
          game: { weights: b.members, quota: Math.max(1, Math.ceil(b.f * sum(b.members))) },
        }));
        const game: CompositeGame = { blocks, quota: Math.max(1, Math.ceil(f * sum(raw.map((b) => b.share)))) };
        const offsets: number[] = [];
        let n = 0;
        for (const b of blocks) {
          offsets.push(n);
          n += b.game.weights.length;
        }
        const wins = (mask: number) => {
          let top = 0;
          blocks.forEach((b, k) => {
            let inner = 0;
            b.game.weights.forEach((w, j) => {
              if (mask & (1 << ((offsets[k] ?? 0) + j))) inner += w;
            });
            if (inner >= b.game.quota) top += b.weight;
          });
          return top >= game.quota;
        };
        const fast = compositeGameIndices(game);
        const slow = bruteForce(n, wins);
        expectClose(fast.banzhafAbsolute, slow.banzhafAbsolute);
        expectClose(fast.shapleyShubik, slow.shapleyShubik);
      }),
      { numRuns: 300 },
    );
  });

  const scenarioArb = fc.record({
    shares: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 2, maxLength: 3 }),
    memberWeights: fc.array(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }), {
      minLength: 3,
      maxLength: 3,
    }),
    mode: fc.constantFrom('colleges-proportional', 'colleges-bloc', 'capital', 'simple', 'qualified'),
  });

  it('power analysis and vote count describe the same game', () => {
    fc.assert(
      fc.property(scenarioArb, ({ shares, memberWeights, mode }) => {
        const totalShare = sum(shares);
        const colleges: College[] = shares.map((s, i) => ({ id: `c${i}`, name: `C${i}`, share: s / totalShare }));
        const members: Member[] = colleges.flatMap((c, i) =>
          (memberWeights[i] ?? []).map((w, j) => ({ id: `${c.id}m${j}`, name: `${c.name}M${j}`, weight: w, college: c.id })),
        );
        const rule: DecisionRule =
          mode === 'qualified'
            ? { kind: 'qualified', threshold: 2 / 3, base: 'members' }
            : mode === 'colleges-bloc' || mode === 'colleges-proportional' || mode === 'capital' || mode === 'simple'
              ? ({ kind: mode } as DecisionRule)
              : { kind: 'simple' };
        const n = members.length;
        // Every member votes pour or contre: the vote count is the simple game.
        const wins = (mask: number) => {
          const positions = Object.fromEntries(
            members.map((m, i): [string, Position] => [m.id, mask & (1 << i) ? 'pour' : 'contre']),
          );
          return evaluateVote(members, colleges, rule, positions).outcome === 'adoptée';
        };
        const slow = bruteForce(n, wins);
        const fast = ok(analysePower(members, colleges, rule));
        expect(fast.exactWeights).toBe(true);
        expectClose(fast.members.map((m) => m.banzhafAbsolute), slow.banzhafAbsolute, 10);
        expectClose(fast.members.map((m) => m.shapleyShubik), slow.shapleyShubik, 10);
      }),
      { numRuns: 50 },
    );
  });
});
