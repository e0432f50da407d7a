/**
 * The simulator's scenario as the user edits it, and every change to it as a pure reducer: the
 * island dispatches actions and renders the state. The reducer keeps the state valid whatever
 * the actions: ids unique, every member's college one of the colleges, a position for every
 * member and for members only, objections only under a rule that admits them, at most
 * MAX_MEMBERS members and MAX_COLLEGES colleges. An action that would break this changes nothing.
 */
import type { College, DecisionRuleKind, Member, MemberCategory, Position, Positions, Scenario } from './types.ts';
import { collegeKey, ratioMatches, type Ratio } from './field-input.ts';
import { MAX_COLLEGES, MAX_MEMBERS } from './scenario-codec.ts';
import {
  DEFAULT_RULE_SETTINGS,
  nextId,
  normaliseScenario,
  positionsForRule,
  ruleFromSettings,
  settingsFromRule,
  switchRule,
  type RuleSettings,
} from './simulator-state.ts';
import { T } from './messages.ts';

export interface ScenarioState {
  readonly members: readonly Member[];
  readonly colleges: readonly College[];
  readonly settings: RuleSettings;
  readonly positions: Positions;
  /** Whether the SCIC check (and the members' categories) is shown. */
  readonly scic: boolean;
  /**
   * Quotas typed as a fraction (« 16/30 »), kept to be shown as typed: by field, for as long as
   * the field's value is still that fraction (see `ratioFor`). Not in share links.
   */
  readonly ratios: Readonly<Partial<Record<RatioKey, Ratio>>>;
}

/** The fields that take a quota: the thresholds, the quorum and each college's share. */
export type RatioKey = 'threshold' | 'innerThreshold' | 'quorum' | `college:${string}`;

/** A member of a pasted list: a college is named, and made if the scenario has none of that name. */
export interface ImportedMember {
  readonly name: string;
  readonly college?: string | undefined;
  readonly weight: number;
}

/** A change to a member from the form; `college` or `category` undefined removes it. */
export type MemberPatch = Partial<Pick<Member, 'name' | 'weight'>> & {
  college?: string | undefined;
  category?: MemberCategory | undefined;
};

export type CollegePatch = Partial<Pick<College, 'name' | 'share'>>;

/** A change to the rule's options; the kind changes through the `kind` action only. */
export type SettingsPatch = Partial<Omit<RuleSettings, 'kind'>>;

export type ScenarioAction =
  /** A preset or a shared scenario. The options its rule does not set keep their value, unless `fresh`. */
  | { readonly type: 'load'; readonly scenario: Scenario; readonly scic: boolean; readonly fresh?: boolean }
  | { readonly type: 'updateMember'; readonly id: string; readonly patch: MemberPatch }
  | { readonly type: 'removeMember'; readonly id: string }
  /** A new member, in favour, in the first college; `id` comes from `nextId('m', …)`. */
  | { readonly type: 'addMember'; readonly id: string }
  | { readonly type: 'updateCollege'; readonly id: string; readonly patch: CollegePatch }
  /** Its members are left without a college. */
  | { readonly type: 'removeCollege'; readonly id: string }
  /** A new college with the share the others leave; `id` comes from `nextId('c', …)`. */
  | { readonly type: 'addCollege'; readonly id: string }
  | { readonly type: 'kind'; readonly kind: DecisionRuleKind }
  | { readonly type: 'settings'; readonly patch: SettingsPatch }
  | { readonly type: 'position'; readonly id: string; readonly position: Position }
  | { readonly type: 'allPositions'; readonly position: Position }
  | { readonly type: 'scic'; readonly scic: boolean }
  /** A quota typed as a fraction, or `undefined` when the field no longer holds one. */
  | { readonly type: 'ratio'; readonly key: RatioKey; readonly ratio: Ratio | undefined }
  /**
   * Members read from a pasted list, in favour, after the current ones or instead of them (the
   * colleges too). Colleges are matched by name (`collegeKey`); new ones share what the others
   * leave, equally. Beyond MAX_MEMBERS members or MAX_COLLEGES colleges, the rest is left out.
   */
  | { readonly type: 'importMembers'; readonly members: readonly ImportedMember[]; readonly replace: boolean };

export const EMPTY_SCENARIO_STATE: ScenarioState = {
  members: [],
  colleges: [],
  settings: DEFAULT_RULE_SETTINGS,
  positions: {},
  scic: false,
  ratios: {},
};

/** The empty scenario: no member, no college, a simple majority. */
export const EMPTY_SCENARIO: Scenario = { members: [], colleges: [], rule: { kind: 'simple' }, positions: {} };

/** The state for a loaded scenario (normalised), with the form options of `previous` it does not set. */
export function stateOf(scenario: Scenario, scic: boolean, previous: RuleSettings = DEFAULT_RULE_SETTINGS): ScenarioState {
  const s = normaliseScenario(scenario);
  return { members: s.members, colleges: s.colleges, settings: settingsFromRule(s.rule, previous), positions: s.positions, scic, ratios: {} };
}

/** The fraction a field was typed as, if its value is still that fraction. */
export function ratioFor(s: ScenarioState, key: RatioKey, value: number | undefined): Ratio | undefined {
  const ratio = s.ratios[key];
  return ratioMatches(ratio, value) ? ratio : undefined;
}


/** A member with a patch applied; an undefined college or category is removed, not kept as a key. */
export function patchMember(m: Member, patch: MemberPatch): Member {
  const { college, category, ...rest } = { ...m, ...patch };
  return {
    ...rest,
    ...(college === undefined ? {} : { college }),
    ...(category === undefined ? {} : { category }),
  };
}

/** The member `addMember` appends: « Membre n », weight 1, in the first college if there is one. */
export function newMember(s: ScenarioState, id: string): Member {
  const college = s.colleges[0]?.id;
  return { id, name: T.memberDefaultName(s.members.length + 1), weight: 1, ...(college === undefined ? {} : { college }) };
}

/** The college `addCollege` appends: « Collège n », with the share the others leave (never below 0). */
export function newCollege(s: ScenarioState, id: string): College {
  const used = s.colleges.reduce((sum, c) => sum + c.share, 0);
  return { id, name: T.collegeDefaultName(s.colleges.length + 1), share: Math.max(0, Math.round((1 - used) * 1e6) / 1e6) };
}

/** The positions valid under the state's rule. */
function cleanPositions(positions: Positions, settings: RuleSettings): Positions {
  return positionsForRule(positions, ruleFromSettings(settings));
}

export function scenarioReducer(s: ScenarioState, action: ScenarioAction): ScenarioState {
  switch (action.type) {
    case 'load':
      return stateOf(action.scenario, action.scic, action.fresh ? DEFAULT_RULE_SETTINGS : s.settings);

    case 'updateMember': {
      const { college } = action.patch;
      if (college !== undefined && !s.colleges.some((c) => c.id === college)) return s;
      return { ...s, members: s.members.map((m) => (m.id === action.id ? patchMember(m, action.patch) : m)) };
    }

    case 'removeMember':
      return {
        ...s,
        members: s.members.filter((m) => m.id !== action.id),
        positions: Object.fromEntries(Object.entries(s.positions).filter(([k]) => k !== action.id)),
      };

    case 'addMember':
      if (s.members.length >= MAX_MEMBERS || s.members.some((m) => m.id === action.id)) return s;
      return {
        ...s,
        members: [...s.members, newMember(s, action.id)],
        positions: { ...s.positions, [action.id]: 'pour' },
      };

    case 'updateCollege':
      return { ...s, colleges: s.colleges.map((c) => (c.id === action.id ? { ...c, ...action.patch } : c)) };

    case 'removeCollege':
      return {
        ...s,
        ratios: withRatio(s.ratios, `college:${action.id}`, undefined),
        colleges: s.colleges.filter((c) => c.id !== action.id),
        members: s.members.map((m) => (m.college === action.id ? patchMember(m, { college: undefined }) : m)),
      };

    case 'addCollege':
      if (s.colleges.length >= MAX_COLLEGES || s.colleges.some((c) => c.id === action.id)) return s;
      return { ...s, colleges: [...s.colleges, newCollege(s, action.id)] };

    case 'kind': {
      const settings = switchRule(s.settings, action.kind);
      return { ...s, settings, positions: cleanPositions(s.positions, settings) };
    }

    case 'settings':
      return { ...s, settings: { ...s.settings, ...action.patch } };

    case 'position':
      if (!s.members.some((m) => m.id === action.id)) return s;
      return { ...s, positions: cleanPositions({ ...s.positions, [action.id]: action.position }, s.settings) };

    case 'allPositions':
      return { ...s, positions: cleanPositions(Object.fromEntries(s.members.map((m) => [m.id, action.position])), s.settings) };

    case 'scic':
      return { ...s, scic: action.scic };

    case 'ratio':
      return { ...s, ratios: withRatio(s.ratios, action.key, action.ratio) };

    case 'importMembers':
      return importMembers(s, action.members, action.replace);
  }
}

function withRatio(ratios: ScenarioState['ratios'], key: RatioKey, ratio: Ratio | undefined): ScenarioState['ratios'] {
  if (ratio === undefined && !(key in ratios)) return ratios;
  const next = { ...ratios };
  if (ratio === undefined) delete next[key];
  else next[key] = ratio;
  return next;
}

function importMembers(s: ScenarioState, list: readonly ImportedMember[], replace: boolean): ScenarioState {
  const members = replace ? [] : [...s.members];
  const colleges: College[] = replace ? [] : [...s.colleges];
  const positions: Record<string, Position> = replace ? {} : { ...s.positions };
  const byKey = new Map(colleges.map((c) => [collegeKey(c.name), c.id]));
  const added: College[] = [];
  for (const item of list) {
    if (members.length >= MAX_MEMBERS) break;
    let college: string | undefined;
    const name = item.college?.trim();
    if (name) {
      college = byKey.get(collegeKey(name));
      if (college === undefined && colleges.length < MAX_COLLEGES) {
        college = nextId('c', colleges.map((c) => c.id));
        const made = { id: college, name, share: 0 };
        colleges.push(made);
        added.push(made);
        byKey.set(collegeKey(name), college);
      }
    }
    const id = nextId('m', members.map((m) => m.id));
    members.push({ id, name: item.name, weight: item.weight, ...(college === undefined ? {} : { college }) });
    positions[id] = 'pour';
  }
  // New colleges share equally what the existing ones leave (all of it when they replace them).
  const left = Math.max(0, 1 - colleges.filter((c) => !added.includes(c)).reduce((sum, c) => sum + c.share, 0));
  const share = added.length > 0 ? left / added.length : 0;
  const shared = colleges.map((c) => (added.includes(c) ? { ...c, share } : c));
  const ratios = replace ? Object.fromEntries(Object.entries(s.ratios).filter(([key]) => !key.startsWith('college:'))) : s.ratios;
  return { ...s, members, colleges: shared, positions: cleanPositions(positions, s.settings), ratios };
}
