import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeScenario,
  encodeScenario,
  SCENARIO_KIND,
  validateScenario,
} from '../../../src/lib/decision/scenario-codec.ts';
import { encode } from '../../../src/lib/share/codec.ts';
import { ByteWriter } from '../../../src/lib/share/bytes.ts';
import type { DecisionRule, Member, Position, Quorum, Scenario } from '../../../src/lib/decision/types.ts';
import { corruption } from '../share/corruption.ts';

const fraction = fc.double({ min: 0.01, max: 1, noNaN: true });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const base = fc.constantFrom('members' as const, 'votesCast' as const);

const ruleArb: fc.Arbitrary<DecisionRule> = fc
  .tuple(
    fc.oneof(
      fc.constant({ kind: 'simple' } as DecisionRule),
      fc.constant({ kind: 'consent' } as DecisionRule),
      base.map((b): DecisionRule => ({ kind: 'absolute', base: b })),
      fc.tuple(fraction, base).map(([threshold, b]): DecisionRule => ({ kind: 'qualified', threshold, base: b })),
      optional(fc.constantFrom('ignored' as const, 'block' as const)).map(
        (absents): DecisionRule => (absents ? { kind: 'unanimity', absents } : { kind: 'unanimity' }),
      ),
      optional(fraction).map((t): DecisionRule => (t === undefined ? { kind: 'colleges-proportional' } : { kind: 'colleges-proportional', threshold: t })),
      fc.tuple(optional(fraction), optional(fraction)).map(([t, i]): DecisionRule => ({
        kind: 'colleges-bloc',
        ...(t === undefined ? {} : { threshold: t }),
        ...(i === undefined ? {} : { innerThreshold: i }),
      })),
      fc.tuple(optional(fraction), optional(base)).map(([t, b]): DecisionRule => ({
        kind: 'capital',
        ...(t === undefined ? {} : { threshold: t }),
        ...(b === undefined ? {} : { base: b }),
      })),
    ),
    optional(fc.constantFrom('excluded' as const, 'counted-as-against' as const)),
    optional(
      fc.record({ fraction: fc.double({ min: 0, max: 1, noNaN: true }), of: fc.constantFrom('members' as const, 'weight' as const) }),
    ),
  )
  .map(([rule, abstentionPolicy, quorum]) => ({
    ...rule,
    ...(abstentionPolicy === undefined ? {} : { abstentionPolicy }),
    ...(quorum === undefined ? {} : { quorum: quorum as Quorum }),
  }));

const nameArb = fc.string({ unit: 'binary', maxLength: 60 });

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    colleges: fc.uniqueArray(
      fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), name: nameArb, share: fc.double({ min: 0, max: 1, noNaN: true }) }),
      { maxLength: 5, selector: (c) => c.id },
    ),
    members: fc.uniqueArray(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 8 }),
        name: nameArb,
        weight: fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true })),
        collegePick: fc.nat(),
        category: optional(fc.constantFrom('salarie' as const, 'producteur' as const, 'beneficiaire' as const, 'collectivite' as const, 'autre' as const)),
        position: fc.constantFrom<Position>('pour', 'contre', 'abstention', 'absent', 'objection'),
      }),
      { maxLength: 60, selector: (m) => m.id },
    ),
    rule: ruleArb,
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

/** What a decoded scenario looks like: a position for every member. */
const normalised = (s: Scenario): Scenario => ({
  ...s,
  positions: Object.fromEntries(s.members.map((m) => [m.id, Object.hasOwn(s.positions, m.id) ? (s.positions[m.id] ?? 'absent') : 'absent'])),
});

describe('scenario codec', () => {
  it('round-trips random valid scenarios', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        expect(validateScenario(scenario)).toBeUndefined();
        const encoded = encodeScenario(scenario);
        expect(encoded.ok).toBe(true);
        if (!encoded.ok) return;
        const decoded = decodeScenario(encoded.text);
        expect(decoded).toEqual({ ok: true, scenario: normalised(scenario) });
      }),
      { numRuns: 300 },
    );
  });

  it('corrupted links never throw and never yield another scenario', () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((scenario) => {
          const encoded = encodeScenario(scenario);
          const text = encoded.ok ? encoded.text : '';
          return fc.tuple(fc.constant(scenario), corruption(text));
        }),
        ([scenario, corrupted]) => {
          const decoded = decodeScenario(corrupted);
          if (decoded.ok) expect(decoded.scenario).toEqual(normalised(scenario));
          else expect(decoded.message).toMatch(/lien/);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('a 60-member scenario fits in a reasonable link', () => {
    const members: Member[] = Array.from({ length: 60 }, (_, i) => ({ id: `m${i}`, name: `Membre ${i}`, weight: 1, college: `c${i % 4}` }));
    const colleges = [0, 1, 2, 3].map((i) => ({ id: `c${i}`, name: `Collège ${i}`, share: 0.25 }));
    const encoded = encodeScenario({ members, colleges, rule: { kind: 'colleges-bloc' }, positions: { m0: 'pour' } });
    expect(encoded.ok).toBe(true);
    if (encoded.ok) expect(encoded.text.length).toBeLessThan(2000);
  });

  it('refuses invalid scenarios, with a French message', () => {
    const ok: Scenario = { members: [{ id: 'a', name: 'A', weight: 1 }], colleges: [], rule: { kind: 'simple' }, positions: {} };
    const cases: Scenario[] = [
      { ...ok, members: Array.from({ length: 61 }, (_, i) => ({ id: `m${i}`, name: 'x', weight: 1 })) },
      { ...ok, members: [{ id: 'a', name: 'x'.repeat(61), weight: 1 }] },
      { ...ok, members: [{ id: 'a', name: 'A', weight: -1 }] },
      { ...ok, members: [{ id: 'a', name: 'A', weight: Number.POSITIVE_INFINITY }] },
      { ...ok, members: [{ id: 'a', name: 'A', weight: 1, college: 'nowhere' }] },
      { ...ok, members: [{ id: 'a', name: 'A', weight: 1 }, { id: 'a', name: 'B', weight: 1 }] },
      { ...ok, rule: { kind: 'qualified', threshold: 1.5, base: 'members' } },
      { ...ok, rule: { kind: 'simple', quorum: { fraction: -0.1, of: 'members' } } },
    ];
    for (const scenario of cases) {
      const result = encodeScenario(scenario);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
    }
  });

  it('a well-formed link with out-of-bounds content is refused on decoding', () => {
    // 61 members written by hand, checksum valid.
    const w = new ByteWriter().varint(0).varint(61);
    for (let i = 0; i < 61; i += 1) w.string(`m${i}`).string('x').varint(0).uint8(0).decimal(1);
    const text = encode(SCENARIO_KIND, 1, w.toBytes());
    expect(decodeScenario(text)).toMatchObject({ ok: false, error: 'invalid' });
    // A negative weight.
    const neg = new ByteWriter().varint(0).varint(1).string('a').string('A').varint(0).uint8(0).decimal(-3).uint8(0).uint8(0).uint8(0).uint8(1);
    const result = decodeScenario(encode(SCENARIO_KIND, 1, neg.toBytes()));
    expect(result).toMatchObject({ ok: false, error: 'invalid' });
    if (!result.ok) expect(result.message).toContain('poids');
  });

  it('reports the share codec errors', () => {
    expect(decodeScenario(encode('q', 1, new Uint8Array([1, 2])))).toMatchObject({ ok: false, error: 'kind' });
    expect(decodeScenario(encode(SCENARIO_KIND, 9, new Uint8Array()))).toMatchObject({ ok: false, error: 'version' });
    expect(decodeScenario(12)).toMatchObject({ ok: false, error: 'format' });
  });
});
