/** Power-analysis time at 10, 30 and 60 members (the simulator's largest size), decimal weights. */
import { analysePower } from '../../../src/lib/decision/power.ts';
import type { College, DecisionRule, Member } from '../../../src/lib/decision/types.ts';

const COLLEGES: College[] = [
  { id: 'sal', name: 'Salariés', share: 0.3 },
  { id: 'ben', name: 'Bénéficiaires', share: 0.3 },
  { id: 'pub', name: 'Collectivités', share: 0.2 },
  { id: 'aut', name: 'Autres', share: 0.2 },
];
const RULES: DecisionRule[] = [{ kind: 'colleges-proportional' }, { kind: 'colleges-bloc' }, { kind: 'capital' }, { kind: 'simple' }];

/** `count` members spread over the four colleges, with capital shares to two decimals. */
function members(count: number): Member[] {
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  return Array.from({ length: count }, (_, i) => ({
    id: `m${i}`,
    name: `Membre ${i}`,
    college: COLLEGES[i % COLLEGES.length]!.id,
    weight: Math.round(random() * 10_000) / 100,
  }));
}

export interface PowerTiming {
  members: number;
  rule: string;
  medianMs: number;
  maxMs: number;
}

export function measurePower(sizes: readonly number[] = [10, 30, 60], runs = 9): PowerTiming[] {
  return sizes.flatMap((size) =>
    RULES.map((rule) => {
      const group = members(size);
      const timings: number[] = [];
      for (let r = 0; r < runs; r += 1) {
        const start = performance.now();
        analysePower(group, COLLEGES, rule);
        timings.push(performance.now() - start);
      }
      timings.sort((a, b) => a - b);
      return { members: size, rule: rule.kind, medianMs: round(timings[Math.floor(runs / 2)]!), maxMs: round(timings[runs - 1]!) };
    }),
  );
}

const round = (ms: number) => Math.round(ms * 10) / 10;
