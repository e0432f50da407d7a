/**
 * Counting one vote under a decision rule, explained step by step in plain French.
 *
 * Conventions (also shown to the user in the steps):
 * - A tie is not a majority: the proposal is rejected.
 * - No rule but consent adopts a proposal without at least one `pour` (so « everyone abstains »
 *   is a rejection, even where a threshold of 0 votes cast would formally be met).
 * - `objection` counts as `contre` under every rule but consent.
 * - Weighted comparisons use a relative tolerance of 1e-9 so that exact ties computed in floating
 *   point (e.g. 0.3 + 0.2 against 0.5) stay ties.
 * - Quorum: met when the present fraction (members, or voting weight) is at least the fraction.
 *   Abstaining members are present; `absent` ones are not.
 */
import type { College, DecisionRule, Member, Position, Positions } from './types.ts';
import { admitsObjection } from './types.ts';
import { votingWeights, type CollegeWeights, type VotingWeights } from './voting-weights.ts';
import { RULE_MESSAGES, VOTE_MESSAGES, type VoteReason } from './messages.ts';

export type Outcome = 'adoptée' | 'rejetée' | 'quorum non atteint' | 'invalide';

export type StepKind = 'rule' | 'note' | 'quorum' | 'count' | 'college' | 'threshold' | 'outcome';

export interface ExplanationStep {
  readonly kind: StepKind;
  /** One plain French sentence with the numbers (src/lib/decision/messages.ts). */
  readonly text: string;
}

/** Head counts by position. */
export interface PositionCounts {
  readonly pour: number;
  readonly contre: number;
  readonly abstention: number;
  readonly absent: number;
  readonly objection: number;
}

export interface CollegeTally {
  readonly collegeId: string;
  readonly name: string;
  /** Share after renormalisation (0 for an empty college). */
  readonly share: number;
  readonly empty: boolean;
  readonly counts: PositionCounts;
  /** Weighted (member `weight`) pour / contre (abstentions included when counted as against). */
  readonly weightPour: number;
  readonly weightContre: number;
  /** Contribution to the total, as fractions of all votes. */
  readonly contributionPour: number;
  readonly contributionContre: number;
  /** Bloc reading only: how the college votes as a whole. */
  readonly blocPosition?: 'pour' | 'contre' | 'abstention';
}

export interface VoteTallies {
  readonly counts: PositionCounts;
  /** Weighted totals in the rule's voting weight (1 per member for one person, one vote). */
  readonly pour: number;
  readonly contre: number;
  /** Votes cast: pour + contre (+ abstentions when counted as against). */
  readonly cast: number;
  /** Voting weight of the present members. */
  readonly present: number;
  /** Total voting weight. */
  readonly total: number;
  readonly colleges: readonly CollegeTally[];
}

export interface PivotalChange {
  readonly memberId: string;
  readonly from: Position;
  readonly to: Position;
}

export interface VoteResult {
  readonly outcome: Outcome;
  readonly steps: readonly ExplanationStep[];
  readonly tallies: VoteTallies;
  /** Members whose single change of position (see `pivots`) flips adopted ↔ not adopted. */
  readonly pivotalMemberIds: readonly string[];
  readonly pivots: readonly PivotalChange[];
}

const EPSILON = 1e-9;
const EMPTY_COUNTS: PositionCounts = { pour: 0, contre: 0, abstention: 0, absent: 0, objection: 0 };

/** a > b beyond rounding noise. */
function greater(a: number, b: number, scale: number): boolean {
  return a - b > EPSILON * Math.max(scale, 1e-300);
}
/** a ≥ b up to rounding noise. */
function atLeast(a: number, b: number, scale: number): boolean {
  return a - b >= -EPSILON * Math.max(scale, 1e-300);
}

export function evaluateVote(
  members: readonly Member[],
  colleges: readonly College[],
  rule: DecisionRule,
  positions: Positions,
): VoteResult {
  const weights = votingWeights(members, colleges, rule);
  if (!weights.ok) {
    return {
      outcome: 'invalide',
      steps: [{ kind: 'outcome', text: weights.message }],
      tallies: emptyTallies(),
      pivotalMemberIds: [],
      pivots: [],
    };
  }
  const result = count(members, rule, positions, weights);
  const pivots = findPivots(members, rule, positions, weights, result.outcome);
  return { ...result, pivotalMemberIds: pivots.map((p) => p.memberId), pivots };
}

function emptyTallies(): VoteTallies {
  return { counts: EMPTY_COUNTS, pour: 0, contre: 0, cast: 0, present: 0, total: 0, colleges: [] };
}

/** The single change tried for each member: the opposite of the outcome. */
function findPivots(
  members: readonly Member[],
  rule: DecisionRule,
  positions: Positions,
  weights: VotingWeights,
  outcome: Outcome,
): PivotalChange[] {
  const adopted = outcome === 'adoptée';
  const pivots: PivotalChange[] = [];
  for (const m of members) {
    const from = positionOf(positions, m.id);
    const to = flipTarget(rule, from, adopted);
    if (to === undefined) continue;
    const changed = { ...positions, [m.id]: to };
    const other = count(members, rule, changed, weights, false).outcome;
    if ((other === 'adoptée') !== adopted) pivots.push({ memberId: m.id, from, to });
  }
  return pivots;
}

function flipTarget(rule: DecisionRule, from: Position, adopted: boolean): Position | undefined {
  if (rule.kind === 'consent') {
    if (adopted) return from === 'objection' ? undefined : 'objection';
    return from === 'pour' ? undefined : 'pour';
  }
  if (adopted) return from === 'contre' || from === 'objection' ? undefined : 'contre';
  return from === 'pour' ? undefined : 'pour';
}

function positionOf(positions: Positions, id: string): Position {
  return Object.hasOwn(positions, id) ? (positions[id] ?? 'absent') : 'absent';
}

interface Counted {
  readonly outcome: Outcome;
  readonly steps: ExplanationStep[];
  readonly tallies: VoteTallies;
}

/**
 * Collects the explanation steps. The pivot search counts the vote once per member without
 * showing it: a silent narrator then skips writing the French sentences (most of the cost).
 */
interface Narrator {
  readonly steps: ExplanationStep[];
  add(kind: ExplanationStep['kind'], text: () => string): void;
}

function narrator(explain: boolean): Narrator {
  const steps: ExplanationStep[] = [];
  return { steps, add: explain ? (kind, text) => void steps.push({ kind, text: text() }) : () => undefined };
}

function count(
  members: readonly Member[],
  rule: DecisionRule,
  positions: Positions,
  weights: VotingWeights,
  explain = true,
): Counted {
  const say = narrator(explain);
  say.add('rule', () => RULE_MESSAGES.describe(rule));
  for (const note of weights.notes) say.add('note', () => note);

  const objectionIsContre = !admitsObjection(rule);
  const abstentionsAgainst = (rule.abstentionPolicy ?? 'excluded') === 'counted-as-against';
  const effective = members.map((m) => {
    const p = positionOf(positions, m.id);
    return objectionIsContre && p === 'objection' ? 'contre' : p;
  });
  const counts = countPositions(members.map((m) => positionOf(positions, m.id)));
  let pour = 0;
  let contre = 0;
  let abstention = 0;
  let present = 0;
  effective.forEach((p, i) => {
    const w = weights.weights[i] ?? 0;
    if (p !== 'absent') present += w;
    if (p === 'pour') pour += w;
    else if (p === 'contre') contre += w;
    else if (p === 'abstention') abstention += w;
  });
  if (abstentionsAgainst) contre += abstention;
  const base: Omit<VoteTallies, 'colleges'> = {
    counts,
    pour,
    contre,
    cast: pour + contre,
    present,
    total: weights.total,
  };

  const castMembers = counts.pour + counts.contre + (objectionIsContre ? counts.objection : 0) + (abstentionsAgainst ? counts.abstention : 0);
  say.add('count', () => VOTE_MESSAGES.positions(counts, objectionIsContre, castMembers));

  const quorumStep = checkQuorum(rule, members.length, counts, present, weights.total);
  if (quorumStep) {
    say.add('quorum', quorumStep.text);
    if (!quorumStep.met) {
      say.add('outcome', () => VOTE_MESSAGES.quorumNotReached);
      return { outcome: 'quorum non atteint', steps: say.steps, tallies: { ...base, colleges: [] } };
    }
  }

  switch (rule.kind) {
    case 'simple':
    case 'absolute':
    case 'qualified':
      return headcountMajority(rule, members.length, base, say);
    case 'unanimity':
      return unanimity(rule, base, say, abstentionsAgainst);
    case 'consent':
      return consent(base, say);
    case 'capital':
      return capital(rule, base, say);
    case 'colleges-proportional':
    case 'colleges-bloc':
      return byColleges(rule, members, effective, weights, base, say, abstentionsAgainst);
  }
}

function countPositions(list: readonly Position[]): PositionCounts {
  const c = { pour: 0, contre: 0, abstention: 0, absent: 0, objection: 0 };
  for (const p of list) c[p] += 1;
  return c;
}

function checkQuorum(
  rule: DecisionRule,
  memberCount: number,
  counts: PositionCounts,
  presentWeight: number,
  totalWeight: number,
): { met: boolean; text: () => string } | undefined {
  const quorum = rule.quorum;
  if (!quorum) return undefined;
  const presentMembers = memberCount - counts.absent;
  if (quorum.of === 'members') {
    const met = atLeast(presentMembers, quorum.fraction * memberCount, memberCount);
    return {
      met,
      text: () => VOTE_MESSAGES.quorumOfMembers(presentMembers, memberCount, presentMembers / memberCount, quorum.fraction, met),
    };
  }
  const fraction = totalWeight > 0 ? presentWeight / totalWeight : 0;
  const met = totalWeight > 0 && atLeast(presentWeight, quorum.fraction * totalWeight, totalWeight);
  return { met, text: () => VOTE_MESSAGES.quorumOfWeight(fraction, quorum.fraction, met) };
}

function finish(
  adopted: boolean,
  reason: VoteReason,
  tallies: VoteTallies,
  say: Narrator,
): Counted {
  say.add('outcome', () => VOTE_MESSAGES.outcome(adopted, reason));
  return { outcome: adopted ? 'adoptée' : 'rejetée', steps: say.steps, tallies };
}

function headcountMajority(
  rule: Extract<DecisionRule, { kind: 'simple' | 'absolute' | 'qualified' }>,
  memberCount: number,
  t: Omit<VoteTallies, 'colleges'>,
  say: Narrator,
): Counted {
  const tallies: VoteTallies = { ...t, colleges: [] };
  if (t.pour === 0) {
    say.add('threshold', () => VOTE_MESSAGES.noPour(t.cast));
    return finish(false, 'noPour', tallies, say);
  }
  if (rule.kind === 'simple') {
    const adopted = t.pour > t.contre;
    say.add('threshold', () => VOTE_MESSAGES.simple(t.pour, t.contre));
    return finish(adopted, adopted ? 'moreFor' : t.pour === t.contre ? 'equalVotes' : 'notMoreFor', tallies, say);
  }
  const baseValue = rule.base === 'members' ? memberCount : t.cast;
  if (rule.kind === 'absolute') {
    const adopted = 2 * t.pour > baseValue;
    say.add('threshold', () => VOTE_MESSAGES.absolute(rule.base, baseValue, t.pour));
    return finish(adopted, adopted ? 'absoluteMet' : 'absoluteNotMet', tallies, say);
  }
  const needed = rule.threshold * baseValue;
  const adopted = atLeast(t.pour, needed, baseValue);
  say.add('threshold', () => VOTE_MESSAGES.qualified(rule.threshold, rule.base, baseValue, Math.ceil(needed - EPSILON * baseValue), t.pour, baseValue > 0 ? t.pour / baseValue : 0));
  return finish(adopted, adopted ? 'qualifiedMet' : 'qualifiedNotMet', tallies, say);
}

function unanimity(
  rule: Extract<DecisionRule, { kind: 'unanimity' }>,
  t: Omit<VoteTallies, 'colleges'>,
  say: Narrator,
  abstentionsAgainst: boolean,
): Counted {
  const tallies: VoteTallies = { ...t, colleges: [] };
  const c = t.counts;
  const contre = c.contre + c.objection;
  const blockingAbstentions = abstentionsAgainst ? c.abstention : 0;
  const blockingAbsents = rule.absents === 'block' ? c.absent : 0;
  if (contre > 0 || blockingAbstentions > 0 || blockingAbsents > 0) {
    say.add('threshold', () => VOTE_MESSAGES.unanimityBlocked(contre, blockingAbstentions, blockingAbsents));
    return finish(false, 'unanimityNotMet', tallies, say);
  }
  if (c.pour === 0) {
    say.add('threshold', () => VOTE_MESSAGES.noPour(0));
    return finish(false, 'noPour', tallies, say);
  }
  say.add('threshold', () => VOTE_MESSAGES.unanimityReached(c.pour, c.abstention, c.absent));
  return finish(true, 'noOpposition', tallies, say);
}

function consent(t: Omit<VoteTallies, 'colleges'>, say: Narrator): Counted {
  const tallies: VoteTallies = { ...t, colleges: [] };
  const c = t.counts;
  const present = c.pour + c.contre + c.abstention + c.objection;
  if (present === 0) {
    say.add('threshold', () => VOTE_MESSAGES.consentNobody);
    return finish(false, 'nobodyPresent', tallies, say);
  }
  if (c.objection > 0) {
    say.add('threshold', () => VOTE_MESSAGES.consentObjections(c.objection));
    return finish(false, 'objection', tallies, say);
  }
  say.add('threshold', () => VOTE_MESSAGES.consentReached(present, c.contre));
  return finish(true, 'noObjection', tallies, say);
}

function capital(
  rule: Extract<DecisionRule, { kind: 'capital' }>,
  t: Omit<VoteTallies, 'colleges'>,
  say: Narrator,
): Counted {
  const tallies: VoteTallies = { ...t, colleges: [] };
  say.add('count', () => VOTE_MESSAGES.capitalCount(t.pour / t.total, t.contre / t.total, t.present / t.total));
  if (!(t.pour > 0)) {
    say.add('threshold', () => VOTE_MESSAGES.noPour(t.cast));
    return finish(false, 'noWeightedPour', tallies, say);
  }
  const baseValue = (rule.base ?? 'votesCast') === 'members' ? t.total : t.cast;
  const adopted =
    rule.threshold === undefined
      ? greater(t.pour, baseValue / 2, baseValue)
      : atLeast(t.pour, rule.threshold * baseValue, baseValue);
  say.add('threshold', () => VOTE_MESSAGES.capitalThreshold(rule.threshold, rule.base, t.pour / baseValue));
  return finish(adopted, adopted ? 'thresholdMet' : rule.threshold === undefined && !greater(t.pour, baseValue / 2, baseValue) && atLeast(t.pour, baseValue / 2, baseValue) ? 'tie' : 'thresholdNotMet', tallies, say);
}

function byColleges(
  rule: Extract<DecisionRule, { kind: 'colleges-proportional' | 'colleges-bloc' }>,
  members: readonly Member[],
  effective: readonly Position[],
  weights: VotingWeights,
  t: Omit<VoteTallies, 'colleges'>,
  say: Narrator,
  abstentionsAgainst: boolean,
): Counted {
  const tallies: CollegeTally[] = weights.colleges.map((cw) =>
    collegeTally(rule, cw, members, effective, abstentionsAgainst),
  );
  for (const ct of tallies) say.add('college', () => VOTE_MESSAGES.college(ct, rule.kind === 'colleges-bloc'));
  const pour = tallies.reduce((s, c) => s + c.contributionPour, 0);
  const contre = tallies.reduce((s, c) => s + c.contributionContre, 0);
  const cast = pour + contre;
  const result: VoteTallies = { ...t, pour, contre, cast, colleges: tallies };
  say.add('count', () => VOTE_MESSAGES.collegesCount(pour, contre, cast));
  if (!(pour > 0)) {
    say.add('threshold', () => VOTE_MESSAGES.noPour(cast));
    return finish(false, 'noWeightedPour', result, say);
  }
  const tie = rule.threshold === undefined && !greater(pour, cast / 2, 1) && atLeast(pour, cast / 2, 1);
  const adopted =
    rule.threshold === undefined ? greater(pour, cast / 2, 1) : atLeast(pour, rule.threshold * cast, 1);
  say.add('threshold', () => VOTE_MESSAGES.collegesThreshold(rule.threshold, pour / cast));
  return finish(adopted, adopted ? 'thresholdMet' : tie ? 'tie' : 'thresholdNotMet', result, say);
}

function collegeTally(
  rule: Extract<DecisionRule, { kind: 'colleges-proportional' | 'colleges-bloc' }>,
  cw: CollegeWeights,
  members: readonly Member[],
  effective: readonly Position[],
  abstentionsAgainst: boolean,
): CollegeTally {
  const counts = countPositions(cw.memberIndices.map((i) => effective[i] ?? 'absent'));
  let weightPour = 0;
  let weightContre = 0;
  for (const i of cw.memberIndices) {
    const w = members[i]?.weight ?? 0;
    const p = effective[i];
    if (p === 'pour') weightPour += w;
    else if (p === 'contre' || (abstentionsAgainst && p === 'abstention')) weightContre += w;
  }
  const cast = weightPour + weightContre;
  const common = {
    collegeId: cw.college.id,
    name: cw.college.name,
    share: cw.share,
    empty: cw.empty,
    counts,
    weightPour,
    weightContre,
  };
  if (cw.empty || !(cast > 0)) {
    return {
      ...common,
      contributionPour: 0,
      contributionContre: 0,
      ...(rule.kind === 'colleges-bloc' ? { blocPosition: 'abstention' as const } : {}),
    };
  }
  if (rule.kind === 'colleges-proportional') {
    // The share times a ratio: a tiny share times a tiny weight would underflow to 0 first.
    return { ...common, contributionPour: cw.share * (weightPour / cast), contributionContre: cw.share * (weightContre / cast) };
  }
  const inFavour =
    rule.innerThreshold === undefined
      ? greater(weightPour, cast / 2, cast)
      : atLeast(weightPour, rule.innerThreshold * cast, cast);
  return {
    ...common,
    contributionPour: inFavour ? cw.share : 0,
    contributionContre: inFavour ? 0 : cw.share,
    blocPosition: inFavour ? 'pour' : 'contre',
  };
}
