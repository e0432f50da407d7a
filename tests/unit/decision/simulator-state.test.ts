import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_RULE_SETTINGS,
  nextId,
  normaliseScenario,
  positionsForRule,
  powerKey,
  powerLabelsKey,
  ruleFromSettings,
  settingsFromRule,
  switchRule,
} from '../../../src/lib/decision/simulator-state.ts';
import type { Scenario } from '../../../src/lib/decision/types.ts';
import { people, THREE_COLLEGES } from './fixtures.ts';
import { rulesArb } from './arbitraries.ts';

/** Rules as the form produces them: every option explicit where the rule has it. */
const formRule = rulesArb({ explicit: true });

describe('rule settings', () => {
  it('round-trip: the form of a rule stands for that rule', () => {
    fc.assert(
      fc.property(formRule, (rule) => {
        expect(ruleFromSettings(settingsFromRule(rule))).toEqual(rule);
      }),
      { numRuns: 300 },
    );
  });

  it('defaults: simple majority, abstentions left out of the votes cast, no quorum', () => {
    expect(ruleFromSettings(DEFAULT_RULE_SETTINGS)).toEqual({ kind: 'simple', abstentionPolicy: 'excluded' });
  });

  it('keeps the quorum fraction while the quorum is switched off', () => {
    const s = settingsFromRule({ kind: 'simple', quorum: { fraction: 0.4, of: 'weight' } });
    const off = { ...s, quorumEnabled: false };
    expect(ruleFromSettings(off)).toEqual({ kind: 'simple', abstentionPolicy: 'excluded' });
    expect(ruleFromSettings({ ...off, quorumEnabled: true }).quorum).toEqual({ fraction: 0.4, of: 'weight' });
  });

  it('switching rules: qualified starts at 2/3, leaving it resets the threshold', () => {
    const q = switchRule(DEFAULT_RULE_SETTINGS, 'qualified');
    expect(ruleFromSettings(q)).toMatchObject({ kind: 'qualified', threshold: 2 / 3 });
    const capital = switchRule({ ...q, threshold: 0.75 }, 'capital');
    expect(ruleFromSettings(capital)).not.toHaveProperty('threshold');
    const kept = switchRule({ ...switchRule(DEFAULT_RULE_SETTINGS, 'capital'), threshold: 0.6 }, 'colleges-bloc');
    expect(ruleFromSettings(kept)).toMatchObject({ kind: 'colleges-bloc', threshold: 0.6 });
  });

  it('loading a rule does not inherit a threshold from the previous form', () => {
    const previous = settingsFromRule({ kind: 'qualified', threshold: 0.75, base: 'members' });
    const s = settingsFromRule({ kind: 'simple' }, previous);
    expect(ruleFromSettings(switchRule(s, 'capital'))).not.toHaveProperty('threshold');
    expect(s.base).toBe('members');
  });
});

describe('positions and loaded scenarios', () => {
  it('objections become « contre » under rules that do not admit them', () => {
    const positions = { a: 'objection', b: 'pour' } as const;
    expect(positionsForRule(positions, { kind: 'simple' })).toEqual({ a: 'contre', b: 'pour' });
    expect(positionsForRule(positions, { kind: 'consent' })).toBe(positions);
  });

  it('normaliseScenario renumbers members and colleges and fills the missing positions', () => {
    const s: Scenario = {
      members: [
        { id: 'x y', name: 'X', weight: 1 },
        { id: '<é>', name: 'Y', weight: 2, college: 'a' },
      ],
      colleges: THREE_COLLEGES,
      rule: { kind: 'simple' },
      positions: { 'x y': 'objection' },
    };
    expect(normaliseScenario(s)).toEqual({
      members: [
        { id: 'm1', name: 'X', weight: 1 },
        { id: 'm2', name: 'Y', weight: 2, college: 'c1' },
      ],
      colleges: THREE_COLLEGES.map((c, i) => ({ ...c, id: `c${i + 1}` })),
      rule: { kind: 'simple' },
      positions: { m1: 'contre', m2: 'absent' },
    });
  });

  it('nextId finds the next free number', () => {
    expect(nextId('m', ['m1', 'm2', 'm10', 'x4'])).toBe('m11');
    expect(nextId('c', [])).toBe('c1');
  });
});

describe('powerKey', () => {
  const members = people(3);
  it('ignores names, positions, quorum and abstentions', () => {
    const renamed = members.map((m) => ({ ...m, name: `${m.name} bis` }));
    expect(powerKey(renamed, [], { kind: 'simple', quorum: { fraction: 0.5, of: 'members' }, abstentionPolicy: 'counted-as-against' })).toBe(
      powerKey(members, [], { kind: 'simple' }),
    );
  });
  it('changes with the weights and colleges the rule reads, the rule and its thresholds', () => {
    const heavier = members.map((m, i) => (i === 0 ? { ...m, weight: 2 } : m));
    const k = powerKey(members, [], { kind: 'capital' });
    expect(powerKey(heavier, [], { kind: 'capital' })).not.toBe(k);
    expect(powerKey(members, [], { kind: 'capital', threshold: 0.6 })).not.toBe(k);
    expect(powerKey(members, [], { kind: 'simple' })).not.toBe(k);
    expect(powerKey(members.slice(1), [], { kind: 'simple' })).not.toBe(powerKey(members, [], { kind: 'simple' }));
    const inColleges = members.map((m) => ({ ...m, college: 'a' }));
    const c = powerKey(inColleges, THREE_COLLEGES, { kind: 'colleges-bloc' });
    expect(powerKey(inColleges, THREE_COLLEGES.map((x, i) => (i === 0 ? { ...x, share: 0.5 } : x)), { kind: 'colleges-bloc' })).not.toBe(c);
    expect(powerKey(inColleges.map((m, i) => (i === 0 ? { ...m, college: 'b' } : m)), THREE_COLLEGES, { kind: 'colleges-bloc' })).not.toBe(c);
  });

  it('ignores what the rule does not read: weights under one person, one vote; colleges under the capital vote', () => {
    const heavier = members.map((m, i) => (i === 0 ? { ...m, weight: 2 } : m));
    expect(powerKey(heavier, [], { kind: 'unanimity' })).toBe(powerKey(members, [], { kind: 'unanimity' }));
    expect(powerKey(members, THREE_COLLEGES, { kind: 'capital' })).toBe(powerKey(members, [], { kind: 'capital' }));
  });
});

describe('powerLabelsKey', () => {
  const members = people(3).map((m) => ({ ...m, college: 'a' }));
  const k = powerLabelsKey(members, THREE_COLLEGES);
  it('ignores weights, categories and positions', () => {
    expect(powerLabelsKey(members.map((m) => ({ ...m, weight: m.weight * 7, category: 'salarie' as const })), THREE_COLLEGES)).toBe(k);
    expect(powerLabelsKey(members, THREE_COLLEGES.map((c) => ({ ...c, share: 0.2 })))).toBe(k);
  });
  it('changes with a member’s name or college, a college’s name, or who is there', () => {
    expect(powerLabelsKey(members.map((m, i) => (i === 0 ? { ...m, name: 'Autre' } : m)), THREE_COLLEGES)).not.toBe(k);
    expect(powerLabelsKey(members.map((m, i) => (i === 0 ? { ...m, college: 'b' } : m)), THREE_COLLEGES)).not.toBe(k);
    expect(powerLabelsKey(members, THREE_COLLEGES.map((c, i) => (i === 0 ? { ...c, name: 'Autre' } : c)))).not.toBe(k);
    expect(powerLabelsKey(members.slice(1), THREE_COLLEGES)).not.toBe(k);
  });
});
