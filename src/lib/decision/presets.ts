/**
 * Presets of the decision simulator (content/presets/*.yaml): reading fractions the way editors
 * write them, cross-field checks, and the conversion of a preset into a `Scenario`.
 *
 * The Zod schema of the collection lives in `preset-schema.ts`; it calls `parseFraction` for every
 * share, threshold and quorum, and `presetProblems` for the checks that span several fields.
 */
import type { DecisionRule, DecisionRuleKind, Member, Scenario } from './types.ts';
import type { PresetData } from './preset-schema.ts';
import { weightingOf } from './types.ts';
import { MAX_MEMBERS, validateScenario } from './scenario-codec.ts';
import { PRESET_MESSAGES } from './messages.ts';
import { DECIMAL, parseRatio } from './field-input.ts';

/** The kind of structure a preset describes; `scic` turns the SCIC check on. */
export const STRUCTURES = ['association', 'scic', 'ptce', 'gie', 'collectif', 'autre'] as const;
export type Structure = (typeof STRUCTURES)[number];

/** A preset file after validation (the output of `presetSchema`), and its parts. */
export type { PresetData };
export type PresetRule = PresetData['rule'];

/** What the simulator receives: a ready scenario and what to show around it. */
export interface Preset {
  readonly id: string;
  readonly title: string;
  /** Short name for the model list. */
  readonly label: string;
  readonly description: string;
  readonly structure: Structure;
  /** Whether the SCIC check applies (structure `scic`). */
  readonly scic: boolean;
  readonly scenario: Scenario;
}

const PERCENT = /^(\d+(?:[.,]\d+)?)\s*%$/;

/**
 * A fraction in [0, 1] as editors write it: `0.3`, `"30 %"`, `"2/3"`, `"0,3"`. Undefined for
 * anything else, including numbers above 1 (write `"30 %"`, not `30`).
 */
export function parseFraction(input: unknown): number | undefined {
  let value: number | undefined;
  if (typeof input === 'number') value = input;
  else if (typeof input === 'string') {
    const text = input.trim();
    const percent = PERCENT.exec(text);
    const ratio = parseRatio(text);
    if (percent?.[1] !== undefined) value = Number(percent[1].replace(',', '.')) / 100;
    else if (ratio) value = ratio.num / ratio.den;
    else if (DECIMAL.test(text)) value = Number(text.replace(',', '.'));
  }
  return value !== undefined && Number.isFinite(value) && value >= 0 && value <= 1 ? value : undefined;
}

const THRESHOLD_RULES: readonly DecisionRuleKind[] = ['qualified', 'capital', 'colleges-proportional', 'colleges-bloc'];
const BASE_RULES: readonly DecisionRuleKind[] = ['absolute', 'qualified', 'capital'];

/** The rule of a preset, or a French message saying what is wrong with it. */
export function ruleFromPreset(r: PresetRule): { ok: true; rule: DecisionRule } | { ok: false; message: string } {
  const fail = (message: string) => ({ ok: false as const, message });
  if (r.threshold !== undefined && !THRESHOLD_RULES.includes(r.kind)) {
    return fail(PRESET_MESSAGES.thresholdNotAllowed(r.kind));
  }
  if (r.threshold !== undefined && !(r.threshold > 0)) return fail(PRESET_MESSAGES.thresholdNotPositive);
  if (r.innerThreshold !== undefined && r.kind !== 'colleges-bloc') {
    return fail(PRESET_MESSAGES.innerThresholdBlocOnly);
  }
  if (r.innerThreshold !== undefined && !(r.innerThreshold > 0)) {
    return fail(PRESET_MESSAGES.innerThresholdNotPositive);
  }
  if (r.base !== undefined && !BASE_RULES.includes(r.kind)) {
    return fail(PRESET_MESSAGES.baseNotAllowed(r.kind));
  }
  if (r.absents !== undefined && r.kind !== 'unanimity') {
    return fail(PRESET_MESSAGES.absentsUnanimityOnly);
  }
  const options = {
    ...(r.abstentionPolicy === undefined ? {} : { abstentionPolicy: r.abstentionPolicy }),
    ...(r.quorum === undefined ? {} : { quorum: r.quorum }),
  };
  switch (r.kind) {
    case 'simple':
    case 'consent':
      return { ok: true, rule: { kind: r.kind, ...options } };
    case 'absolute':
      if (r.base === undefined) return fail(PRESET_MESSAGES.absoluteNeedsBase);
      return { ok: true, rule: { kind: 'absolute', base: r.base, ...options } };
    case 'qualified':
      if (r.threshold === undefined || r.base === undefined) {
        return fail(PRESET_MESSAGES.qualifiedNeedsThresholdAndBase);
      }
      return { ok: true, rule: { kind: 'qualified', threshold: r.threshold, base: r.base, ...options } };
    case 'unanimity':
      return { ok: true, rule: { kind: 'unanimity', ...(r.absents === undefined ? {} : { absents: r.absents }), ...options } };
    case 'colleges-proportional':
      return { ok: true, rule: { kind: r.kind, ...(r.threshold === undefined ? {} : { threshold: r.threshold }), ...options } };
    case 'colleges-bloc':
      return {
        ok: true,
        rule: {
          kind: r.kind,
          ...(r.threshold === undefined ? {} : { threshold: r.threshold }),
          ...(r.innerThreshold === undefined ? {} : { innerThreshold: r.innerThreshold }),
          ...options,
        },
      };
    case 'capital':
      return {
        ok: true,
        rule: {
          kind: r.kind,
          ...(r.threshold === undefined ? {} : { threshold: r.threshold }),
          ...(r.base === undefined ? {} : { base: r.base }),
          ...options,
        },
      };
  }
}

const SHARE_TOLERANCE = 0.001;

/** Problems that span several fields, in French, each prefixed by where it is. Empty when fine. */
export function presetProblems(data: PresetData): string[] {
  const problems: string[] = [];
  if (data.members.length === 0) problems.push(PRESET_MESSAGES.noMembers);
  if (data.members.length > MAX_MEMBERS) problems.push(PRESET_MESSAGES.tooManyMembers(data.members.length, MAX_MEMBERS));
  const collegeIds = new Set<string>();
  data.colleges.forEach((c, i) => {
    if (collegeIds.has(c.id)) problems.push(PRESET_MESSAGES.duplicateCollegeId(i, c.id));
    collegeIds.add(c.id);
  });
  if (data.colleges.length > 0) {
    const sum = data.colleges.reduce((s, c) => s + c.share, 0);
    if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
      problems.push(PRESET_MESSAGES.collegesSum(sum));
    }
  }
  const memberIds = new Set<string>();
  data.members.forEach((m, i) => {
    const id = m.id ?? defaultMemberId(i);
    if (memberIds.has(id)) problems.push(PRESET_MESSAGES.duplicateMemberId(i, id));
    memberIds.add(id);
    if (m.college !== undefined && !collegeIds.has(m.college)) problems.push(PRESET_MESSAGES.unknownCollege(i, m.college));
    if (m.position === 'objection' && data.rule.kind !== 'consent') problems.push(PRESET_MESSAGES.objectionConsentOnly(i));
  });
  const rule = ruleFromPreset(data.rule);
  if (!rule.ok) problems.push(PRESET_MESSAGES.rule(rule.message));
  const weighting = weightingOf({ kind: data.rule.kind } as DecisionRule);
  if (weighting === 'colleges') {
    if (data.colleges.length === 0) problems.push(PRESET_MESSAGES.collegesNeeded);
    data.members.forEach((m, i) => {
      if (m.college === undefined) problems.push(PRESET_MESSAGES.memberNeedsCollege(i));
    });
  }
  if (weighting === 'capital' && !(data.members.reduce((s, m) => s + m.weight, 0) > 0)) {
    problems.push(PRESET_MESSAGES.weightNeeded);
  }
  if (problems.length === 0) {
    const invalid = validateScenario(presetToScenario(data));
    if (invalid) problems.push(invalid);
  }
  return problems;
}

function defaultMemberId(index: number): string {
  return `m${index + 1}`;
}

/** The scenario a preset describes. Call `presetProblems` first: an invalid rule falls back to `simple`. */
export function presetToScenario(data: PresetData): Scenario {
  const members: Member[] = data.members.map((m, i) => ({
    id: m.id ?? defaultMemberId(i),
    name: m.name,
    weight: m.weight,
    ...(m.college === undefined ? {} : { college: m.college }),
    ...(m.category === undefined ? {} : { category: m.category }),
  }));
  const positions = Object.fromEntries(data.members.map((m, i) => [members[i]?.id ?? defaultMemberId(i), m.position]));
  const rule = ruleFromPreset(data.rule);
  return {
    members,
    colleges: data.colleges.map((c) => ({ id: c.id, name: c.name, share: c.share })),
    rule: rule.ok ? rule.rule : { kind: 'simple' },
    positions,
  };
}

export function toPreset(id: string, data: PresetData): Preset {
  return {
    id,
    title: data.title,
    label: data.etiquette ?? data.title,
    description: data.description,
    structure: data.structure,
    scic: data.structure === 'scic',
    scenario: presetToScenario(data),
  };
}

