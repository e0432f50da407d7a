/** fast-check arbitraries of the simulator's domain: rules and whole scenarios as share links carry them. */
import fc from 'fast-check';
import type { DecisionRule, Member, MemberCategory, Position, Quorum, Scenario } from '../../../src/lib/decision/types.ts';
import { POSITIONS } from '../../../src/lib/decision/types.ts';

const fraction = fc.double({ min: 0.01, max: 1, noNaN: true });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const base = fc.constantFrom('members' as const, 'votesCast' as const);
const CATEGORIES: readonly MemberCategory[] = ['salarie', 'producteur', 'beneficiaire', 'collectivite', 'autre'];
/** Ids as a link may carry them, including the names of Object.prototype's properties. */
const idArb = (maxLength: number) =>
  fc.oneof({ arbitrary: fc.string({ minLength: 1, maxLength }), weight: 9 }, fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty'));

/**
 * Any valid rule. `explicit`: every option the rule has is set, as the simulator's form writes
 * them; otherwise options may be left to their default, as share links and presets carry them.
 */
export function rulesArb({ explicit = false }: { explicit?: boolean } = {}): fc.Arbitrary<DecisionRule> {
  const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => (explicit ? arb : optional(arb));
  return fc
    .tuple(
      fc.oneof(
        fc.constant({ kind: 'simple' } as DecisionRule),
        fc.constant({ kind: 'consent' } as DecisionRule),
        base.map((b): DecisionRule => ({ kind: 'absolute', base: b })),
        fc.tuple(fraction, base).map(([threshold, b]): DecisionRule => ({ kind: 'qualified', threshold, base: b })),
        maybe(fc.constantFrom('ignored' as const, 'block' as const)).map(
          (absents): DecisionRule => (absents ? { kind: 'unanimity', absents } : { kind: 'unanimity' }),
        ),
        optional(fraction).map((t): DecisionRule => (t === undefined ? { kind: 'colleges-proportional' } : { kind: 'colleges-proportional', threshold: t })),
        fc.tuple(optional(fraction), optional(fraction)).map(([t, i]): DecisionRule => ({
          kind: 'colleges-bloc',
          ...(t === undefined ? {} : { threshold: t }),
          ...(i === undefined ? {} : { innerThreshold: i }),
        })),
        fc.tuple(optional(fraction), maybe(base)).map(([t, b]): DecisionRule => ({
          kind: 'capital',
          ...(t === undefined ? {} : { threshold: t }),
          ...(b === undefined ? {} : { base: b }),
        })),
      ),
      maybe(fc.constantFrom('excluded' as const, 'counted-as-against' as const)),
      optional(
        fc.record({ fraction: fc.double({ min: 0, max: 1, noNaN: true }), of: fc.constantFrom('members' as const, 'weight' as const) }),
      ),
    )
    .map(([rule, abstentionPolicy, quorum]) => ({
      ...rule,
      ...(abstentionPolicy === undefined ? {} : { abstentionPolicy }),
      ...(quorum === undefined ? {} : { quorum: quorum as Quorum }),
    }));
}

/** Weights people type: small integers and decimals up to a billion. */
export const typedWeightArb = fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }));

export interface ScenarioConstraints {
  readonly maxMembers?: number;
  readonly maxColleges?: number;
  readonly weight?: fc.Arbitrary<number>;
  readonly name?: fc.Arbitrary<string>;
}

/** Any valid scenario (see `validateScenario`): unique ids, members in existing colleges or none. */
export function scenarioArb({
  maxMembers = 60,
  maxColleges = 5,
  weight = typedWeightArb,
  name = fc.string({ unit: 'binary', maxLength: 60 }),
}: ScenarioConstraints = {}): fc.Arbitrary<Scenario> {
  return fc
    .record({
      colleges: fc.uniqueArray(
        fc.record({ id: idArb(6), name, share: fc.double({ min: 0, max: 1, noNaN: true }) }),
        { maxLength: maxColleges, selector: (c) => c.id },
      ),
      members: fc.uniqueArray(
        fc.record({
          id: idArb(8),
          name,
          weight,
          collegePick: fc.nat(),
          category: optional(fc.constantFrom(...CATEGORIES)),
          position: fc.constantFrom<Position>(...POSITIONS),
        }),
        { maxLength: maxMembers, selector: (m) => m.id },
      ),
      rule: rulesArb(),
    })
    .map(({ colleges, members, rule }) => {
      const ms: Member[] = members.map((m) => {
        const college = colleges.length > 0 && m.collegePick % 3 !== 0 ? colleges[m.collegePick % colleges.length]?.id : undefined;
        return {
          id: m.id,
          name: m.name,
          weight: m.weight,
          ...(college === undefined ? {} : { college }),
          ...(m.category === undefined ? {} : { category: m.category }),
        };
      });
      return { colleges, members: ms, rule, positions: Object.fromEntries(members.map((m) => [m.id, m.position])) };
    });
}
