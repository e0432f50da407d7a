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
import type { Member, Scenario } from '../../../src/lib/decision/types.ts';
import { corruption } from '../share/corruption.ts';
import { scenarioArb } from './arbitraries.ts';

const scenarios = scenarioArb();

/** What a decoded scenario looks like: a position for every member. */
const normalised = (s: Scenario): Scenario => ({
  ...s,
  positions: Object.fromEntries(s.members.map((m) => [m.id, Object.hasOwn(s.positions, m.id) ? (s.positions[m.id] ?? 'absent') : 'absent'])),
});

describe('scenario codec', () => {
  it('round-trips random valid scenarios', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
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
        scenarios.chain((scenario) => {
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
      { ...ok, members: [{ id: 'a', name: 'A', weight: 1e12 + 1 }] },
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
    // A weight the vote count cannot add up (found by the property tests: 1e308 + 1e308 = Infinity).
    const huge = new ByteWriter().varint(0).varint(2);
    for (const id of ['a', 'b']) huge.string(id).string(id.toUpperCase()).varint(0).uint8(0).decimal(1e308);
    const refused = decodeScenario(encode(SCENARIO_KIND, 1, huge.uint8(7).uint8(0).uint8(0).uint8(0).uint8(0).uint8(1).uint8(1).toBytes()));
    expect(refused).toMatchObject({ ok: false, error: 'invalid' });
    if (!refused.ok) expect(refused.message).toBe('Ce lien de partage contient un scénario invalide\u202f: Le poids du membre «\u202fA\u202f» doit être un nombre de 0 à 1\u00a0000\u00a0000\u00a0000\u00a0000.');
  });

  it('reports the share codec errors', () => {
    expect(decodeScenario(encode('q', 1, new Uint8Array([1, 2])))).toMatchObject({ ok: false, error: 'kind' });
    expect(decodeScenario(encode(SCENARIO_KIND, 9, new Uint8Array()))).toMatchObject({ ok: false, error: 'version' });
    expect(decodeScenario(12)).toMatchObject({ ok: false, error: 'format' });
  });
});
