import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EMPTY_SCENARIO_STATE,
  newCollege,
  newMember,
  patchMember,
  scenarioReducer,
  stateOf,
  type ScenarioAction,
  type ScenarioState,
} from '../../../src/lib/decision/scenario-reducer.ts';
import { DEFAULT_RULE_SETTINGS, nextId, ruleFromSettings } from '../../../src/lib/decision/simulator-state.ts';
import { MAX_COLLEGES, MAX_MEMBERS } from '../../../src/lib/decision/scenario-codec.ts';
import { admitsObjection, DECISION_RULE_KINDS, POSITIONS, type Scenario } from '../../../src/lib/decision/types.ts';
import { people, THREE_COLLEGES } from './fixtures.ts';

/** Three colleges A (40 %), B, C (30 % each); m1–m2 in A, m3 in B, m4 in C, m5 in none. */
const SCENARIO: Scenario = {
  colleges: THREE_COLLEGES,
  members: [...people(2, 'a'), { id: 'm3', name: 'M3', weight: 2, college: 'b' }, { id: 'm4', name: 'M4', weight: 1, college: 'c' }, { id: 'm5', name: 'M5', weight: 1 }],
  rule: { kind: 'consent' },
  positions: { m1: 'pour', m2: 'objection', m3: 'contre', m4: 'abstention', m5: 'objection' },
};

/** The scenario as loaded: colleges renumbered c1 (A), c2 (B), c3 (C). */
const LOADED = stateOf(SCENARIO, false);

const run = (state: ScenarioState, ...actions: ScenarioAction[]) => actions.reduce(scenarioReducer, state);

describe('stateOf and load', () => {
  it('normalises the scenario: ids renumbered, colleges followed, a position for every member', () => {
    expect(LOADED.colleges.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
    expect(LOADED.members.map((m) => [m.id, m.college])).toEqual([
      ['m1', 'c1'],
      ['m2', 'c1'],
      ['m3', 'c2'],
      ['m4', 'c3'],
      ['m5', undefined],
    ]);
    expect(LOADED.settings.kind).toBe('consent');
  });

  it('keeps the options the loaded rule does not set, unless the load is fresh', () => {
    const edited = run(LOADED, { type: 'kind', kind: 'unanimity' }, { type: 'settings', patch: { absents: 'block', base: 'members' } });
    const simple: Scenario = { ...SCENARIO, rule: { kind: 'simple' } };
    expect(run(edited, { type: 'load', scenario: simple, scic: true })).toMatchObject({
      scic: true,
      settings: { kind: 'simple', absents: 'block', base: 'members' },
    });
    expect(run(edited, { type: 'load', scenario: simple, scic: false, fresh: true }).settings).toEqual({
      ...DEFAULT_RULE_SETTINGS,
      kind: 'simple',
    });
  });
});

describe('members', () => {
  it('updates one member and removes a college or category set to undefined', () => {
    const s = run(LOADED, { type: 'updateMember', id: 'm1', patch: { name: 'Atelier', weight: 3, category: 'salarie' } });
    expect(s.members[0]).toEqual({ id: 'm1', name: 'Atelier', weight: 3, college: 'c1', category: 'salarie' });
    expect(s.members.slice(1)).toEqual(LOADED.members.slice(1));
    const cleared = run(s, { type: 'updateMember', id: 'm1', patch: { college: undefined, category: undefined } });
    expect(cleared.members[0]).toEqual({ id: 'm1', name: 'Atelier', weight: 3 });
    expect(Object.keys(cleared.members[0] ?? {})).not.toContain('college');
  });

  it('moves a member to an existing college only', () => {
    expect(run(LOADED, { type: 'updateMember', id: 'm5', patch: { college: 'c2' } }).members[4]?.college).toBe('c2');
    expect(run(LOADED, { type: 'updateMember', id: 'm5', patch: { college: 'c9' } })).toBe(LOADED);
  });

  it('removing a member drops its position', () => {
    const s = run(LOADED, { type: 'removeMember', id: 'm3' });
    expect(s.members.map((m) => m.id)).toEqual(['m1', 'm2', 'm4', 'm5']);
    expect(s.positions).toEqual({ m1: 'pour', m2: 'objection', m4: 'abstention', m5: 'objection' });
  });

  it('adds « Membre n », in favour, weight 1, in the first college', () => {
    const id = nextId('m', LOADED.members.map((m) => m.id));
    const s = run(LOADED, { type: 'addMember', id });
    expect(s.members.at(-1)).toEqual({ id: 'm6', name: 'Membre 6', weight: 1, college: 'c1' });
    expect(s.members.at(-1)).toEqual(newMember(LOADED, 'm6'));
    expect(s.positions['m6']).toBe('pour');
    expect(run(EMPTY_SCENARIO_STATE, { type: 'addMember', id: 'm1' }).members).toEqual([{ id: 'm1', name: 'Membre 1', weight: 1 }]);
  });

  it('adds no member with a taken id, nor beyond the maximum', () => {
    expect(run(LOADED, { type: 'addMember', id: 'm2' })).toBe(LOADED);
    const full = stateOf({ ...SCENARIO, members: people(MAX_MEMBERS), positions: {} }, false);
    expect(run(full, { type: 'addMember', id: nextId('m', full.members.map((m) => m.id)) })).toBe(full);
  });
});

describe('colleges', () => {
  it('updates a college’s name and share', () => {
    const s = run(LOADED, { type: 'updateCollege', id: 'c2', patch: { name: 'Usagers', share: 0.25 } });
    expect(s.colleges[1]).toEqual({ id: 'c2', name: 'Usagers', share: 0.25 });
    expect(s.colleges[0]).toBe(LOADED.colleges[0]);
  });

  it('removing a college unassigns its members and keeps everyone else', () => {
    const s = run(LOADED, { type: 'removeCollege', id: 'c1' });
    expect(s.colleges.map((c) => c.id)).toEqual(['c2', 'c3']);
    expect(s.members.map((m) => m.college)).toEqual([undefined, undefined, 'c2', 'c3', undefined]);
    expect(s.members[0]).toEqual({ id: 'm1', name: 'M1', weight: 1 });
    expect(s.positions).toBe(LOADED.positions);
  });

  it('gives a new college the share the others leave', () => {
    const lowered = run(LOADED, { type: 'updateCollege', id: 'c1', patch: { share: 0.2 } });
    const s = run(lowered, { type: 'addCollege', id: nextId('c', lowered.colleges.map((c) => c.id)) });
    expect(s.colleges.at(-1)).toEqual({ id: 'c4', name: 'Collège 4', share: 0.2 });
    expect(newCollege(lowered, 'c4')).toEqual({ id: 'c4', name: 'Collège 4', share: 0.2 });
  });

  it('rounds the remaining share and never makes it negative', () => {
    // 0.1 + 0.2 leaves 0.7, not 0.7000000000000001.
    const tenths = stateOf({ ...SCENARIO, colleges: [{ id: 'x', name: 'X', share: 0.1 }, { id: 'y', name: 'Y', share: 0.2 }], members: [], positions: {} }, false);
    expect(newCollege(tenths, 'c3').share).toBe(0.7);
    const over = run(LOADED, { type: 'updateCollege', id: 'c1', patch: { share: 0.9 } });
    expect(newCollege(over, 'c4').share).toBe(0);
    expect(newCollege(LOADED, 'c4').share).toBe(0);
    expect(newCollege(EMPTY_SCENARIO_STATE, 'c1')).toEqual({ id: 'c1', name: 'Collège 1', share: 1 });
  });

  it('adds no college with a taken id, nor beyond the maximum', () => {
    expect(run(LOADED, { type: 'addCollege', id: 'c3' })).toBe(LOADED);
    const colleges = Array.from({ length: MAX_COLLEGES }, (_, i) => ({ id: `k${i}`, name: `K${i}`, share: 0 }));
    const full = stateOf({ ...SCENARIO, colleges, members: [], positions: {} }, false);
    expect(run(full, { type: 'addCollege', id: `c${MAX_COLLEGES + 1}` })).toBe(full);
  });
});

describe('rule', () => {
  it('switching to a rule without objection turns objections into contre', () => {
    const s = run(LOADED, { type: 'kind', kind: 'simple' });
    expect(s.settings.kind).toBe('simple');
    expect(s.positions).toEqual({ m1: 'pour', m2: 'contre', m3: 'contre', m4: 'abstention', m5: 'contre' });
  });

  it('switching between rules that admit the same positions keeps them as they are', () => {
    const simple = run(LOADED, { type: 'kind', kind: 'simple' });
    expect(run(simple, { type: 'kind', kind: 'absolute' }).positions).toBe(simple.positions);
    expect(run(simple, { type: 'kind', kind: 'consent' }).positions).toBe(simple.positions);
  });

  it('starts a qualified majority at 2/3 and leaves it at « plus de la moitié »', () => {
    const qualified = run(LOADED, { type: 'kind', kind: 'qualified' });
    expect(qualified.settings.threshold).toBeCloseTo(2 / 3);
    expect(run(qualified, { type: 'kind', kind: 'capital' }).settings.threshold).toBeUndefined();
  });

  it('changes the rule’s options and nothing else', () => {
    const s = run(LOADED, { type: 'settings', patch: { quorumEnabled: true, quorum: { fraction: 0.25, of: 'weight' } } });
    expect(ruleFromSettings(s.settings)).toEqual({ kind: 'consent', abstentionPolicy: 'excluded', quorum: { fraction: 0.25, of: 'weight' } });
    expect(s.positions).toBe(LOADED.positions);
    expect(s.members).toBe(LOADED.members);
  });
});

describe('positions and SCIC', () => {
  it('sets one member’s position', () => {
    expect(run(LOADED, { type: 'position', id: 'm1', position: 'absent' }).positions['m1']).toBe('absent');
  });

  it('sets no position for someone who is not a member', () => {
    expect(run(LOADED, { type: 'position', id: 'm9', position: 'pour' })).toBe(LOADED);
  });

  it('sets every member’s position at once', () => {
    expect(run(LOADED, { type: 'allPositions', position: 'objection' }).positions).toEqual({
      m1: 'objection',
      m2: 'objection',
      m3: 'objection',
      m4: 'objection',
      m5: 'objection',
    });
  });

  it('records an objection as contre under a rule without objection', () => {
    const simple = run(LOADED, { type: 'kind', kind: 'simple' });
    expect(run(simple, { type: 'position', id: 'm1', position: 'objection' }).positions['m1']).toBe('contre');
    expect(Object.values(run(simple, { type: 'allPositions', position: 'objection' }).positions)).toEqual(Array(5).fill('contre'));
  });

  it('turns the SCIC check on and off', () => {
    expect(run(LOADED, { type: 'scic', scic: true }).scic).toBe(true);
    expect(run(LOADED, { type: 'scic', scic: true }, { type: 'scic', scic: false })).toEqual(LOADED);
  });
});

describe('patchMember', () => {
  it('keeps the fields a patch does not name', () => {
    const m = { id: 'm1', name: 'A', weight: 2, college: 'c1', category: 'producteur' as const };
    expect(patchMember(m, { name: 'B' })).toEqual({ ...m, name: 'B' });
    expect(patchMember(m, {})).toEqual(m);
  });
});

/** Actions as the island dispatches them, drawn blind and resolved against the current state. */
const op = fc.record({
  type: fc.constantFrom<ScenarioAction['type']>(
    'load',
    'updateMember',
    'removeMember',
    'addMember',
    'addMember',
    'updateCollege',
    'removeCollege',
    'addCollege',
    'addCollege',
    'kind',
    'settings',
    'position',
    'allPositions',
    'scic',
    'ratio',
    'importMembers',
  ),
  /** Which member or college; one past the end names one that does not exist. */
  pick: fc.nat(),
  college: fc.option(fc.nat(), { nil: undefined }),
  weight: fc.nat(10),
  share: fc.double({ min: 0, max: 1, noNaN: true }),
  position: fc.constantFrom(...POSITIONS),
  kind: fc.constantFrom(...DECISION_RULE_KINDS),
  flag: fc.boolean(),
  /** A pasted list: college names from a small pool, some matching the loaded ones (« a », « b »). */
  imported: fc.array(
    fc.record({ name: fc.constantFrom('Ana', 'Bo', ''), college: fc.constantFrom(undefined, 'A', 'b', ' B ', 'Autre', 'k1'), weight: fc.nat(10) }),
    { maxLength: 70 },
  ),
});

function pickId(ids: readonly string[], pick: number, missing: string): string {
  return ids[pick % (ids.length + 1)] ?? missing;
}

type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

function resolve(s: ScenarioState, o: Op): ScenarioAction {
  const members = s.members.map((m) => m.id);
  const colleges = s.colleges.map((c) => c.id);
  const member = pickId(members, o.pick, 'm99');
  const college = pickId(colleges, o.pick, 'c99');
  switch (o.type) {
    case 'load':
      return { type: 'load', scenario: SCENARIO, scic: o.flag, fresh: o.flag };
    case 'updateMember':
      return {
        type: 'updateMember',
        id: member,
        patch: { weight: o.weight, college: o.college === undefined ? undefined : pickId(colleges, o.college, 'c99') },
      };
    case 'removeMember':
      return { type: 'removeMember', id: member };
    case 'addMember':
      return { type: 'addMember', id: nextId('m', members) };
    case 'updateCollege':
      return { type: 'updateCollege', id: college, patch: { share: o.share } };
    case 'removeCollege':
      return { type: 'removeCollege', id: college };
    case 'addCollege':
      return { type: 'addCollege', id: nextId('c', colleges) };
    case 'kind':
      return { type: 'kind', kind: o.kind };
    case 'settings':
      return { type: 'settings', patch: { quorumEnabled: o.flag, base: o.flag ? 'members' : 'votesCast' } };
    case 'position':
      return { type: 'position', id: member, position: o.position };
    case 'allPositions':
      return { type: 'allPositions', position: o.position };
    case 'scic':
      return { type: 'scic', scic: o.flag };
    case 'ratio':
      return { type: 'ratio', key: o.flag ? `college:${college}` : 'quorum', ratio: o.flag ? { num: o.weight, den: 10 } : undefined };
    case 'importMembers':
      return { type: 'importMembers', members: o.imported, replace: o.flag };
  }
}

/** Two short of the maximum of members and of colleges, under a rule that admits objections. */
const CROWDED = stateOf(
  {
    colleges: Array.from({ length: MAX_COLLEGES - 2 }, (_, i) => ({ id: `k${i}`, name: `K${i}`, share: 1 / (MAX_COLLEGES - 2) })),
    members: people(MAX_MEMBERS - 2, 'k0'),
    rule: { kind: 'consent' },
    positions: {},
  },
  false,
);

/** What is wrong with a state, if anything. */
function problems(s: ScenarioState): string[] {
  const found: string[] = [];
  const memberIds = new Set(s.members.map((m) => m.id));
  const collegeIds = new Set(s.colleges.map((c) => c.id));
  if (memberIds.size !== s.members.length) found.push('duplicate member id');
  if (collegeIds.size !== s.colleges.length) found.push('duplicate college id');
  if (s.members.length > MAX_MEMBERS) found.push('too many members');
  if (s.colleges.length > MAX_COLLEGES) found.push('too many colleges');
  for (const m of s.members) if (m.college !== undefined && !collegeIds.has(m.college)) found.push(`${m.id} in a missing college`);
  for (const id of Object.keys(s.positions)) if (!memberIds.has(id)) found.push(`position of non-member ${id}`);
  for (const id of memberIds) if (!Object.hasOwn(s.positions, id)) found.push(`no position for ${id}`);
  if (!admitsObjection(ruleFromSettings(s.settings)) && Object.values(s.positions).includes('objection')) found.push('objection under a rule without');
  for (const c of s.colleges) if (!(c.share >= 0)) found.push(`negative share for ${c.id}`);
  return found;
}

describe('any sequence of actions', () => {
  it('keeps the state valid', () => {
    fc.assert(
      fc.property(fc.constantFrom(EMPTY_SCENARIO_STATE, LOADED, CROWDED), fc.array(op, { maxLength: 40 }), (initial, ops) => {
        let s = initial;
        for (const o of ops) {
          const action = resolve(s, o);
          s = scenarioReducer(s, action);
          expect(problems(s), JSON.stringify(action)).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
