/**
 * Vocabulary of the collective-decision simulator: members, colleges, positions and decision
 * rules. Pure types, no behaviour. One name per concept across content, code and UI.
 *
 * Weighted or one person, one vote — which rules read which numbers:
 * - `simple`, `absolute`, `qualified`, `unanimity`, `consent`: one person, one vote. `Member.weight`
 *   and `College.share` are ignored (cooperative principle, loi n° 47-1775, art. 1).
 * - `capital`: each member's vote counts for `Member.weight` (capital share, L225-122).
 * - `colleges-proportional` and `colleges-bloc`: each college weighs `College.share` of the total;
 *   inside a college, members weigh `Member.weight` (put 1 for one person, one vote in the college).
 */

/** Category of associate, used by the SCIC check (loi n° 47-1775, art. 19 septies). */
export type MemberCategory = 'salarie' | 'producteur' | 'beneficiaire' | 'collectivite' | 'autre';

export interface Member {
  readonly id: string;
  readonly name: string;
  /** Id of the member's college, for the college rules. */
  readonly college?: string;
  /** Votes or capital share; read by the capital vote and inside colleges. From 0 to MAX_WEIGHT. */
  readonly weight: number;
  readonly category?: MemberCategory;
}

/**
 * Largest member weight: a thousand billion votes or euros of capital is beyond any collective,
 * and 60 such weights still add up exactly enough, and print as plain digits. Larger weights made
 * totals overflow to Infinity (every share then read 0 % or NaN).
 */
export const MAX_WEIGHT = 1e12;

/** Most members, colleges, and characters in a name, that a scenario holds (share links included). */
export const MAX_MEMBERS = 60;
export const MAX_COLLEGES = 60;
export const MAX_NAME_LENGTH = 60;

export interface College {
  readonly id: string;
  readonly name: string;
  /** Fraction of the total votes, 0–1. Shares that do not sum to 1 are renormalised. */
  readonly share: number;
}

/**
 * A member's position on one proposal. `objection` is the reasoned objection of consent; under
 * every other rule it counts as `contre`. A member missing from the positions map is `absent`.
 */
export type Position = 'pour' | 'contre' | 'abstention' | 'absent' | 'objection';
/** Every position, in the vote panel's order. Share links use their own codes (scenario-codec.ts). */
export const POSITIONS: readonly Position[] = ['pour', 'contre', 'abstention', 'absent', 'objection'];

/** What a majority is counted against: all members (present or not) or the votes cast. */
export type MajorityBase = 'members' | 'votesCast';

/**
 * How abstentions (and blank votes) count:
 * - `excluded`: not counted as votes cast — the convention of SA general meetings since
 *   loi n° 2019-744 (Code de commerce L225-96, L225-98). The default.
 * - `counted-as-against`: counted as votes cast, so they weigh like a `contre`.
 * An abstaining member is present for the quorum in both cases.
 */
export type AbstentionPolicy = 'excluded' | 'counted-as-against';

/**
 * Minimum attendance. `members`: present members / all members. `weight`: present voting weight /
 * total voting weight, where voting weight is the one the rule uses (1 per member for the one
 * person, one vote rules; `weight` for the capital vote; college share × weight in the college for
 * the college rules). Met when the present fraction is at least `fraction`.
 */
export interface Quorum {
  readonly fraction: number;
  readonly of: 'members' | 'weight';
}

/** Options shared by every rule. */
export interface VoteOptions {
  readonly quorum?: Quorum;
  /** Defaults to `excluded`. */
  readonly abstentionPolicy?: AbstentionPolicy;
}

/** More votes for than against among the votes cast (a tie is rejected). */
export interface SimpleMajorityRule extends VoteOptions {
  readonly kind: 'simple';
}

/** Strictly more than half of the base (all members, or votes cast). */
export interface AbsoluteMajorityRule extends VoteOptions {
  readonly kind: 'absolute';
  readonly base: MajorityBase;
}

/** At least `threshold` (e.g. 2/3) of the base. `threshold` in (0, 1]. */
export interface QualifiedMajorityRule extends VoteOptions {
  readonly kind: 'qualified';
  readonly threshold: number;
  readonly base: MajorityBase;
}

/**
 * Unanimity of the members present: adopted when at least one member votes `pour` and no present
 * member votes `contre` (or `objection`) — each present member holds a veto. Abstentions block only
 * under `counted-as-against`. Absent members: `ignored` (default) or `block` (unanimity of all
 * members, as a GIE whose contract is silent, Code de commerce L251-10).
 */
export interface UnanimityRule extends VoteOptions {
  readonly kind: 'unanimity';
  readonly absents?: 'ignored' | 'block';
}

/**
 * Consent (sociocracy): adopted unless at least one present member raises an `objection`. A
 * `contre` without an objection is recorded but does not block. Needs at least one member present.
 */
export interface ConsentRule extends VoteOptions {
  readonly kind: 'consent';
}

/**
 * Vote by colleges, proportional reading (the usual SCIC reading): inside each college the weighted
 * votes for and against are scaled to the college's share. Adopted when the weighted `pour` is
 * strictly more than half of the weighted votes cast, or — if `threshold` is set — at least
 * `threshold` of them.
 */
export interface CollegesProportionalRule extends VoteOptions {
  readonly kind: 'colleges-proportional';
  readonly threshold?: number;
}

/**
 * Vote by colleges, bloc reading: the majority inside a college carries its whole share. A college
 * is `pour` when its weighted `pour` is strictly more than half of its votes cast (or at least
 * `innerThreshold`); otherwise, if it cast votes, it is `contre`; with no votes cast it abstains.
 * Then the top count follows `threshold` as in the proportional reading.
 */
export interface CollegesBlocRule extends VoteOptions {
  readonly kind: 'colleges-bloc';
  readonly threshold?: number;
  readonly innerThreshold?: number;
}

/**
 * Capital-weighted vote: each vote counts for the member's weight. Strictly more than half of the
 * weighted base, or at least `threshold` of it. `base` defaults to `votesCast`.
 */
export interface CapitalWeightedRule extends VoteOptions {
  readonly kind: 'capital';
  readonly threshold?: number;
  readonly base?: MajorityBase;
}

export type DecisionRule =
  | SimpleMajorityRule
  | AbsoluteMajorityRule
  | QualifiedMajorityRule
  | UnanimityRule
  | ConsentRule
  | CollegesProportionalRule
  | CollegesBlocRule
  | CapitalWeightedRule;

export type DecisionRuleKind = DecisionRule['kind'];
/** Every rule kind, in the rule editor's order. Share links use their own codes (scenario-codec.ts). */
export const DECISION_RULE_KINDS: readonly DecisionRuleKind[] = [
  'simple',
  'absolute',
  'qualified',
  'unanimity',
  'consent',
  'colleges-proportional',
  'colleges-bloc',
  'capital',
];

/** Member id → position. Missing ids are `absent`. */
export type Positions = Readonly<Record<string, Position>>;

/** A whole scenario, as shared in a link. */
export interface Scenario {
  readonly members: readonly Member[];
  readonly colleges: readonly College[];
  readonly rule: DecisionRule;
  readonly positions: Positions;
}

/** Whether a member weight is valid: a number from 0 to MAX_WEIGHT. */
export function isWeight(weight: number): boolean {
  return Number.isFinite(weight) && weight >= 0 && weight <= MAX_WEIGHT;
}

/** How a rule counts votes: one person, one vote, by capital, or by colleges. */
export type VoteWeighting = 'one-person-one-vote' | 'capital' | 'colleges';

export function weightingOf(rule: DecisionRule): VoteWeighting {
  switch (rule.kind) {
    case 'capital':
      return 'capital';
    case 'colleges-proportional':
    case 'colleges-bloc':
      return 'colleges';
    default:
      return 'one-person-one-vote';
  }
}

/** Whether the rule admits the `objection` position as distinct from `contre`. */
export function admitsObjection(rule: DecisionRule): boolean {
  return rule.kind === 'consent';
}
