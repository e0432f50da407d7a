/**
 * Timing of the power analysis at the largest size the simulator allows (60 members, 4 colleges).
 * Not a test: run `node --experimental-strip-types tests/bench/power.bench.ts` and read the
 * timings (target: under 50 ms per analysis, so the table can update as the user types).
 */
import { analysePower } from '../../src/lib/decision/power.ts';
import { evaluateVote } from '../../src/lib/decision/evaluate.ts';
import type { College, DecisionRule, Member, Position } from '../../src/lib/decision/types.ts';

const colleges: College[] = [
  { id: 'sal', name: 'Salariés', share: 0.3 },
  { id: 'ben', name: 'Bénéficiaires', share: 0.3 },
  { id: 'pub', name: 'Collectivités', share: 0.2 },
  { id: 'aut', name: 'Autres', share: 0.2 },
];
const sizes = [20, 20, 12, 8];

function membersWith(weight: (i: number) => number): Member[] {
  const members: Member[] = [];
  sizes.forEach((size, c) => {
    for (let k = 0; k < size; k += 1) {
      const i = members.length;
      members.push({ id: `m${i}`, name: `Membre ${i}`, college: colleges[c]?.id ?? 'sal', weight: weight(i) });
    }
  });
  return members;
}

let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

const equal = membersWith(() => 1);
const uneven = membersWith((i) => 1 + (i % 5)); // small integer weights
const capital = membersWith(() => Math.round(random() * 10_000) / 100); // e.g. 37.42 % of capital

function time(label: string, members: readonly Member[], rule: DecisionRule, runs = 15): void {
  const timings: number[] = [];
  let note = '';
  for (let r = 0; r < runs; r += 1) {
    const start = performance.now();
    const result = analysePower(members, colleges, rule);
    timings.push(performance.now() - start);
    if (r === 0) note = result.ok ? `exactWeights=${result.exactWeights} blocking=${result.blockingMinoritySize}` : result.message;
  }
  timings.sort((a, b) => a - b);
  const median = timings[Math.floor(runs / 2)] ?? NaN;
  const max = timings[runs - 1] ?? NaN;
  console.log(`${label.padEnd(52)} median ${median.toFixed(1).padStart(6)} ms  max ${max.toFixed(1).padStart(6)} ms  first ${timings.length ? '' : ''}(${note})`);
}

console.log('Power analysis, 60 members (20/20/12/8) in 4 colleges (30/30/20/20 %)');
time('colleges-proportional, weights 1', equal, { kind: 'colleges-proportional' });
time('colleges-bloc, weights 1', equal, { kind: 'colleges-bloc' });
time('colleges-proportional, weights 1–5', uneven, { kind: 'colleges-proportional' });
time('colleges-bloc, weights 1–5', uneven, { kind: 'colleges-bloc' });
time('colleges-proportional, capital weights (2 decimals)', capital, { kind: 'colleges-proportional' });
time('colleges-bloc, capital weights (2 decimals)', capital, { kind: 'colleges-bloc' });
time('capital vote, capital weights (2 decimals)', capital, { kind: 'capital' });
time('simple majority (one person, one vote)', equal, { kind: 'simple' });
time('qualified 2/3 (one person, one vote)', equal, { kind: 'qualified', threshold: 2 / 3, base: 'members' });

const positions = Object.fromEntries(
  capital.map((m, i): [string, Position] => [m.id, (['pour', 'contre', 'abstention', 'absent'] as const)[i % 4] ?? 'pour']),
);
for (const rule of [{ kind: 'colleges-proportional' }, { kind: 'colleges-bloc' }] as DecisionRule[]) {
  const start = performance.now();
  for (let r = 0; r < 20; r += 1) evaluateVote(capital, colleges, rule, positions);
  console.log(`${`evaluateVote with pivots, ${rule.kind}`.padEnd(52)} mean   ${((performance.now() - start) / 20).toFixed(1).padStart(6)} ms`);
}
