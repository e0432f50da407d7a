/**
 * Bad input for the simulator's share links (`#s=…`): whatever the link, decoding gives either a
 * scenario the whole tool can work with — the vote count, the power analysis, the SCIC check and
 * the share button — or a typed error with a French message; never a half-valid scenario.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeScenario,
  encodeScenario,
  SCENARIO_KIND,
  SCENARIO_VERSION,
  SHARE_PREFIX,
  validateScenario,
  type ScenarioDecodeResult,
} from '../../../src/lib/decision/scenario-codec.ts';
import { evaluateVote } from '../../../src/lib/decision/evaluate.ts';
import { analysePower, describePower } from '../../../src/lib/decision/power.ts';
import { checkScic } from '../../../src/lib/decision/scic.ts';
import { stateOf } from '../../../src/lib/decision/scenario-reducer.ts';
import { ruleFromSettings } from '../../../src/lib/decision/simulator-state.ts';
import type { Scenario } from '../../../src/lib/decision/types.ts';
import { SHARE_ERROR_MESSAGES, encode } from '../../../src/lib/share/codec.ts';
import { damagedBytes, garbage, HUGE_INPUTS, payloadOf } from '../share/fuzz.ts';
import { corruption } from '../share/corruption.ts';
import { scenarioArb } from './arbitraries.ts';
import { realScicRules } from './scic-rules.ts';

const scic = realScicRules();
/** Text that shows a number went wrong: NaN, Infinity, undefined, 1e+21. */
const BROKEN_TEXT = /NaN|Infinity|undefined|null|\de[+-]\d/;

/** Any finite weight, as a link may carry: from tiny decimals to the largest doubles. */
const anyWeight = fc.oneof(
  fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }),
  fc.constantFrom(0, Number.MIN_VALUE, 1e-300, 1e12, 1e15, 1e16, 1e20, 1e300, Number.MAX_VALUE),
);

/** The payload bytes of a valid scenario's link. */
function scenarioPayload(scenario: Scenario): Uint8Array {
  const encoded = encodeScenario(scenario);
  if (!encoded.ok) throw new Error(encoded.message);
  return payloadOf(encoded.text);
}

/** Everything the simulator computes on a loaded scenario works and shows clean numbers. */
function expectUsable(scenario: Scenario): void {
  expect(validateScenario(scenario)).toBeUndefined();
  const { members, colleges, rule, positions } = scenario;
  const vote = evaluateVote(members, colleges, rule, positions);
  expect(['adoptée', 'rejetée', 'quorum non atteint', 'invalide']).toContain(vote.outcome);
  for (const step of vote.steps) expect(step.text).not.toMatch(BROKEN_TEXT);
  const { counts, colleges: tallies, ...totals } = vote.tallies;
  for (const value of [...Object.values(totals), ...Object.values(counts)]) expect(Number.isFinite(value)).toBe(true);
  for (const c of tallies) {
    for (const value of [c.share, c.weightPour, c.weightContre, c.contributionPour, c.contributionContre]) {
      expect(Number.isFinite(value)).toBe(true);
    }
  }
  for (const finding of checkScic(scic, members, colleges, { ruleKind: rule.kind })) expect(finding.message).not.toMatch(BROKEN_TEXT);
  if (members.length <= 10) {
    const power = analysePower(members, colleges, rule);
    if (power.ok) {
      for (const m of power.members) {
        for (const value of [m.nominalShare, m.banzhaf, m.banzhafAbsolute, m.shapleyShubik]) {
          expect(value).toBeGreaterThanOrEqual(-1e-9);
          expect(value).toBeLessThanOrEqual(1 + 1e-9);
        }
      }
      for (const line of describePower(members, power)) expect(line).not.toMatch(BROKEN_TEXT);
    } else expect(power.message).not.toMatch(BROKEN_TEXT);
  }
  // Loaded in the simulator and shared again, it opens as the same state.
  const state = stateOf(scenario, false);
  const shared = encodeScenario({ ...state, rule: ruleFromSettings(state.settings) });
  expect(shared.ok).toBe(true);
  if (shared.ok) {
    const again = decodeScenario(shared.text);
    expect(again.ok && stateOf(again.scenario, false)).toEqual(state);
  }
}

/** A refusal is typed and says what is wrong in French. */
function expectClearError(result: ScenarioDecodeResult): void {
  if (result.ok) return;
  expect([...Object.keys(SHARE_ERROR_MESSAGES), 'invalid']).toContain(result.error);
  expect(result.message).toMatch(/lien|scénario/i);
  expect(result.message).not.toMatch(BROKEN_TEXT);
}

describe('simulator links: bad input', () => {
  it('anything at all is refused with a typed French error, never an exception', () => {
    fc.assert(
      fc.property(garbage, (input) => {
        const result = decodeScenario(input);
        expect(result.ok).toBe(false);
        expectClearError(result);
      }),
      { numRuns: 1000 },
    );
    for (const input of HUGE_INPUTS) expect(decodeScenario(input).ok).toBe(false);
  });

  it('a link damaged when copied opens the same scenario or is refused', () => {
    fc.assert(
      fc.property(
        scenarioArb({ maxMembers: 12 }).chain((s) => {
          const encoded = encodeScenario(s);
          return fc.tuple(fc.constant(s), corruption(encoded.ok ? encoded.text : ''));
        }),
        ([scenario, damaged]) => {
          const result = decodeScenario(damaged);
          expectClearError(result);
          if (result.ok) expect(stateOf(result.scenario, false)).toEqual(stateOf(scenario, false));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a link with what an e-mail client or a person adds around it opens the same scenario', () => {
    fc.assert(
      fc.property(
        scenarioArb({ maxMembers: 8 }),
        fc.constantFrom('', '<', '« ', '(', '\u00ab\u202f'),
        fc.constantFrom('', '.', '>', ' »', '\u202f»', ')', ' !', '>.'),
        fc.boolean(),
        (scenario, before, after, whole) => {
          const encoded = encodeScenario(scenario);
          if (!encoded.ok) throw new Error(encoded.message);
          const link = whole ? `https://exemple.org/outils/simulateur-decision/${SHARE_PREFIX}${encoded.text}` : encoded.text;
          expect(decodeScenario(`${before}${link}${after}`)).toEqual(decodeScenario(encoded.text));
          expect(decodeScenario(encoded.text).ok).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('damaged payloads in a valid envelope give a usable scenario or a clear error', () => {
    fc.assert(
      fc.property(
        scenarioArb({ maxMembers: 10, weight: anyWeight }).chain((s) => {
          const valid = validateScenario(s) === undefined;
          return fc.tuple(fc.constant(valid), damagedBytes(valid ? scenarioPayload(s) : new Uint8Array()));
        }),
        ([, damaged]) => {
          const result = decodeScenario(encode(SCENARIO_KIND, SCENARIO_VERSION, damaged));
          expectClearError(result);
          if (result.ok) expectUsable(result.scenario);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('random payloads in a valid envelope give a usable scenario or a clear error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 120 }), (payload) => {
        const result = decodeScenario(encode(SCENARIO_KIND, SCENARIO_VERSION, payload));
        expectClearError(result);
        if (result.ok) expectUsable(result.scenario);
      }),
      { numRuns: 1000 },
    );
  });

  it('every scenario the validation accepts is usable; the others are refused with a French message', () => {
    fc.assert(
      fc.property(scenarioArb({ maxMembers: 10, weight: anyWeight }), (scenario) => {
        const problem = validateScenario(scenario);
        if (problem === undefined) expectUsable(scenario);
        else {
          expect(problem).not.toMatch(BROKEN_TEXT);
          expect(encodeScenario(scenario)).toMatchObject({ ok: false, error: 'invalid', message: problem });
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('weights: only their ratios count', () => {
  it('scaling every weight by a power of two changes no outcome, however small or large they get', () => {
    const weighted = scenarioArb({ maxMembers: 12, maxColleges: 4, weight: fc.double({ min: 1e-3, max: 1e6, noNaN: true }) }).filter(
      (s) => ['capital', 'colleges-proportional', 'colleges-bloc'].includes(s.rule.kind),
    );
    fc.assert(
      fc.property(weighted, fc.integer({ min: -1000, max: 19 }), (scenario, exponent) => {
        const factor = 2 ** exponent;
        const scaled = { ...scenario, members: scenario.members.map((m) => ({ ...m, weight: m.weight * factor })) };
        const before = evaluateVote(scenario.members, scenario.colleges, scenario.rule, scenario.positions);
        const after = evaluateVote(scaled.members, scaled.colleges, scaled.rule, scaled.positions);
        expect(after.outcome).toBe(before.outcome);
        expect(after.pivotalMemberIds).toEqual(before.pivotalMemberIds);
      }),
      { numRuns: 400 },
    );
  });
});
