/**
 * The simulator's editable state, as pure functions: the rule form (every option kept while the
 * user switches rules), the scenario it stands for, and the normalisation of a loaded scenario.
 */
import type {
  AbstentionPolicy,
  College,
  DecisionRule,
  DecisionRuleKind,
  MajorityBase,
  Member,
  Position,
  Positions,
  Quorum,
  Scenario,
} from './types.ts';
import { admitsObjection, weightingOf } from './types.ts';

/** Every option of every rule, so that switching rules back and forth loses nothing. */
export interface RuleSettings {
  readonly kind: DecisionRuleKind;
  /** Absolute, qualified and capital vote. */
  readonly base: MajorityBase;
  /** Qualified majority: required; capital and colleges: undefined means « plus de la moitié ». */
  readonly threshold: number | undefined;
  /** Colleges, bloc reading: majority inside each college; undefined means « plus de la moitié ». */
  readonly innerThreshold: number | undefined;
  readonly absents: 'ignored' | 'block';
  readonly abstentionPolicy: AbstentionPolicy;
  readonly quorumEnabled: boolean;
  readonly quorum: Quorum;
}

export const DEFAULT_QUALIFIED_THRESHOLD = 2 / 3;

export const DEFAULT_RULE_SETTINGS: RuleSettings = {
  kind: 'simple',
  base: 'votesCast',
  threshold: undefined,
  innerThreshold: undefined,
  absents: 'ignored',
  abstentionPolicy: 'excluded',
  quorumEnabled: false,
  quorum: { fraction: 0.5, of: 'members' },
};

/** The rule the form stands for. */
export function ruleFromSettings(s: RuleSettings): DecisionRule {
  const options = {
    abstentionPolicy: s.abstentionPolicy,
    ...(s.quorumEnabled ? { quorum: s.quorum } : {}),
  };
  const threshold = s.threshold === undefined ? {} : { threshold: s.threshold };
  switch (s.kind) {
    case 'simple':
    case 'consent':
      return { kind: s.kind, ...options };
    case 'absolute':
      return { kind: 'absolute', base: s.base, ...options };
    case 'qualified':
      return { kind: 'qualified', threshold: s.threshold ?? DEFAULT_QUALIFIED_THRESHOLD, base: s.base, ...options };
    case 'unanimity':
      return { kind: 'unanimity', absents: s.absents, ...options };
    case 'colleges-proportional':
      return { kind: s.kind, ...threshold, ...options };
    case 'colleges-bloc':
      return {
        kind: s.kind,
        ...threshold,
        ...(s.innerThreshold === undefined ? {} : { innerThreshold: s.innerThreshold }),
        ...options,
      };
    case 'capital':
      return { kind: 'capital', ...threshold, base: s.base, ...options };
  }
}

/**
 * The form for a rule. Thresholds come from the rule alone; the other options the rule does not
 * set (base, absents, quorum fraction) keep their value from `previous`.
 */
export function settingsFromRule(rule: DecisionRule, previous: RuleSettings = DEFAULT_RULE_SETTINGS): RuleSettings {
  const own: Partial<{ base: MajorityBase; threshold: number | undefined; innerThreshold: number | undefined; absents: 'ignored' | 'block' }> = {};
  switch (rule.kind) {
    case 'absolute':
      own.base = rule.base;
      break;
    case 'qualified':
      own.base = rule.base;
      own.threshold = rule.threshold;
      break;
    case 'unanimity':
      own.absents = rule.absents ?? 'ignored';
      break;
    case 'colleges-proportional':
      own.threshold = rule.threshold;
      break;
    case 'colleges-bloc':
      own.threshold = rule.threshold;
      own.innerThreshold = rule.innerThreshold;
      break;
    case 'capital':
      own.threshold = rule.threshold;
      own.base = rule.base ?? 'votesCast';
      break;
    case 'simple':
    case 'consent':
      break;
  }
  return {
    ...previous,
    threshold: undefined,
    innerThreshold: undefined,
    ...own,
    kind: rule.kind,
    abstentionPolicy: rule.abstentionPolicy ?? 'excluded',
    quorumEnabled: rule.quorum !== undefined,
    quorum: rule.quorum ?? previous.quorum,
  };
}

/**
 * Switches the form to another rule. A qualified majority starts at 2/3 when no threshold is set;
 * leaving a qualified majority resets the threshold to « plus de la moitié », the other rules'
 * default, so that a 2/3 chosen for one rule does not silently carry over to another.
 */
export function switchRule(s: RuleSettings, kind: DecisionRuleKind): RuleSettings {
  if (kind === s.kind) return s;
  if (kind === 'qualified') return { ...s, kind, threshold: s.threshold ?? DEFAULT_QUALIFIED_THRESHOLD };
  if (s.kind === 'qualified') return { ...s, kind, threshold: undefined };
  return { ...s, kind };
}

/** Positions valid under a rule: `objection` becomes `contre` where the rule does not admit it. */
export function positionsForRule(positions: Positions, rule: DecisionRule): Positions {
  if (admitsObjection(rule)) return positions;
  let changed = false;
  const next: Record<string, Position> = {};
  for (const [id, p] of Object.entries(positions)) {
    if (p === 'objection') {
      next[id] = 'contre';
      changed = true;
    } else next[id] = p;
  }
  return changed ? next : positions;
}

/**
 * A loaded scenario (preset or share link) with member ids renumbered `m1…mn` and college ids
 * `c1…cn` — safe in HTML ids —, a position for every member, and objections only where the rule
 * admits them.
 */
export function normaliseScenario(s: Scenario): Scenario {
  const collegeIds = new Map(s.colleges.map((c, i) => [c.id, `c${i + 1}`]));
  const colleges: College[] = s.colleges.map((c, i) => ({ ...c, id: `c${i + 1}` }));
  const members: Member[] = s.members.map((m, i) => {
    const { college, ...rest } = m;
    const mapped = college === undefined ? undefined : collegeIds.get(college);
    return { ...rest, id: `m${i + 1}`, ...(mapped === undefined ? {} : { college: mapped }) };
  });
  const positions: Record<string, Position> = {};
  s.members.forEach((m, i) => {
    const p = Object.hasOwn(s.positions, m.id) ? s.positions[m.id] : undefined;
    positions[`m${i + 1}`] = p ?? 'absent';
  });
  return { members, colleges, rule: s.rule, positions: positionsForRule(positions, s.rule) };
}

/** Next free id with a prefix: `m7` after m1…m6, `c3` after c1, c2. */
export function nextId(prefix: string, taken: Iterable<string>): string {
  let max = 0;
  const pattern = new RegExp(`^${prefix}(\\d+)$`);
  for (const id of taken) {
    const n = Number(pattern.exec(id)?.[1] ?? 0);
    if (n > max) max = n;
  }
  return `${prefix}${max + 1}`;
}

/**
 * What the power analysis depends on — the members, the weights and colleges the rule reads, the
 * rule's kind and thresholds — and nothing else (not names, positions, quorum or abstentions), as
 * a string key for memoisation.
 */
export function powerKey(members: readonly Member[], colleges: readonly College[], rule: DecisionRule): string {
  const thresholds =
    rule.kind === 'qualified'
      ? [rule.threshold]
      : rule.kind === 'capital' || rule.kind === 'colleges-proportional'
        ? [rule.threshold ?? null]
        : rule.kind === 'colleges-bloc'
          ? [rule.threshold ?? null, rule.innerThreshold ?? null]
          : [];
  const weighting = weightingOf(rule);
  return JSON.stringify([
    rule.kind,
    thresholds,
    // One person, one vote ignores weights and colleges; the capital vote ignores colleges.
    members.map((m) =>
      weighting === 'one-person-one-vote' ? m.id : weighting === 'capital' ? [m.id, m.weight] : [m.id, m.weight, m.college ?? null],
    ),
    weighting === 'colleges' ? colleges.map((c) => [c.id, c.share]) : [],
  ]);
}

/**
 * What the power panel shows beside the analysis itself: member names, the college each member
 * is in, and college names. With `powerKey`, says when the panel must be redrawn: typing a weight
 * the rule does not read (one person, one vote) changes neither.
 */
export function powerLabelsKey(members: readonly Member[], colleges: readonly College[]): string {
  return JSON.stringify([members.map((m) => [m.id, m.name, m.college ?? null]), colleges.map((c) => [c.id, c.name])]);
}
