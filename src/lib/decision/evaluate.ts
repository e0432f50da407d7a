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
import { formatNumber, formatPercent, listFr, plural } from '../fr.ts';
import { describeRule, thresholdPhrase } from './rule-labels.ts';

export type Outcome = 'adoptée' | 'rejetée' | 'quorum non atteint' | 'invalide';

export type StepKind = 'rule' | 'note' | 'quorum' | 'count' | 'college' | 'threshold' | 'outcome';

export interface ExplanationStep {
  readonly kind: StepKind;
  /** One plain French sentence with the numbers. */
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
    const other = count(members, rule, changed, weights).outcome;
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

function count(
  members: readonly Member[],
  rule: DecisionRule,
  positions: Positions,
  weights: VotingWeights,
): Counted {
  const steps: ExplanationStep[] = [{ kind: 'rule', text: describeRule(rule) }];
  for (const note of weights.notes) steps.push({ kind: 'note', text: note });

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

  steps.push({ kind: 'count', text: countSentence(counts, objectionIsContre, abstentionsAgainst) });

  const quorumStep = checkQuorum(rule, members.length, counts, present, weights.total);
  if (quorumStep) {
    steps.push(quorumStep.step);
    if (!quorumStep.met) {
      steps.push({ kind: 'outcome', text: 'Résultat : le quorum n’est pas atteint, la décision ne peut pas être prise.' });
      return { outcome: 'quorum non atteint', steps, tallies: { ...base, colleges: [] } };
    }
  }

  switch (rule.kind) {
    case 'simple':
    case 'absolute':
    case 'qualified':
      return headcountMajority(rule, members.length, base, steps);
    case 'unanimity':
      return unanimity(rule, base, steps, abstentionsAgainst);
    case 'consent':
      return consent(base, steps);
    case 'capital':
      return capital(rule, base, steps);
    case 'colleges-proportional':
    case 'colleges-bloc':
      return byColleges(rule, members, effective, weights, base, steps, abstentionsAgainst);
  }
}

function countPositions(list: readonly Position[]): PositionCounts {
  const c = { pour: 0, contre: 0, abstention: 0, absent: 0, objection: 0 };
  for (const p of list) c[p] += 1;
  return c;
}

function countSentence(c: PositionCounts, objectionIsContre: boolean, abstentionsAgainst: boolean): string {
  const parts = [`${formatNumber(c.pour)} pour`, `${formatNumber(c.contre)} contre`];
  if (c.objection > 0) parts.push(`${plural(c.objection, 'objection')}${objectionIsContre ? ' (comptées comme contre)' : ''}`);
  parts.push(plural(c.abstention, 'abstention'), plural(c.absent, 'absent'));
  const cast = c.pour + c.contre + (objectionIsContre ? c.objection : 0) + (abstentionsAgainst ? c.abstention : 0);
  return `Positions : ${listFr(parts)} ; ${plural(cast, 'suffrage exprimé', 'suffrages exprimés')} en nombre de membres.`;
}

function checkQuorum(
  rule: DecisionRule,
  memberCount: number,
  counts: PositionCounts,
  presentWeight: number,
  totalWeight: number,
): { met: boolean; step: ExplanationStep } | undefined {
  const quorum = rule.quorum;
  if (!quorum) return undefined;
  const presentMembers = memberCount - counts.absent;
  if (quorum.of === 'members') {
    const met = atLeast(presentMembers, quorum.fraction * memberCount, memberCount);
    return {
      met,
      step: {
        kind: 'quorum',
        text: `Quorum : ${plural(presentMembers, 'membre présent', 'membres présents')} sur ${formatNumber(memberCount)} (${formatPercent(presentMembers / memberCount)}) pour ${formatPercent(quorum.fraction)} requis → ${met ? 'atteint' : 'non atteint'}.`,
      },
    };
  }
  const fraction = totalWeight > 0 ? presentWeight / totalWeight : 0;
  const met = totalWeight > 0 && atLeast(presentWeight, quorum.fraction * totalWeight, totalWeight);
  return {
    met,
    step: {
      kind: 'quorum',
      text: `Quorum : les présents pèsent ${formatPercent(fraction)} des voix pour ${formatPercent(quorum.fraction)} requis → ${met ? 'atteint' : 'non atteint'}.`,
    },
  };
}

function finish(
  adopted: boolean,
  reason: string,
  tallies: VoteTallies,
  steps: ExplanationStep[],
): Counted {
  steps.push({ kind: 'outcome', text: `Résultat : ${adopted ? 'adoptée' : 'rejetée'} — ${reason}` });
  return { outcome: adopted ? 'adoptée' : 'rejetée', steps, tallies };
}

function headcountMajority(
  rule: Extract<DecisionRule, { kind: 'simple' | 'absolute' | 'qualified' }>,
  memberCount: number,
  t: Omit<VoteTallies, 'colleges'>,
  steps: ExplanationStep[],
): Counted {
  const tallies: VoteTallies = { ...t, colleges: [] };
  if (t.pour === 0) {
    steps.push({ kind: 'threshold', text: noPourSentence(t.cast) });
    return finish(false, 'aucune voix pour.', tallies, steps);
  }
  if (rule.kind === 'simple') {
    const adopted = t.pour > t.contre;
    steps.push({
      kind: 'threshold',
      text: `Majorité simple : ${formatNumber(t.pour)} pour contre ${formatNumber(t.contre)} contre${t.pour === t.contre ? ' — égalité, ce qui n’est pas une majorité' : ''}.`,
    });
    return finish(adopted, adopted ? 'plus de voix pour que contre.' : t.pour === t.contre ? 'égalité des voix.' : 'pas plus de voix pour que contre.', tallies, steps);
  }
  const baseValue = rule.base === 'members' ? memberCount : t.cast;
  const baseWords = rule.base === 'members' ? 'membres (présents ou non)' : 'suffrages exprimés';
  if (rule.kind === 'absolute') {
    const adopted = 2 * t.pour > baseValue;
    steps.push({
      kind: 'threshold',
      text: `Majorité absolue : il faut plus de la moitié de ${formatNumber(baseValue)} ${baseWords}, soit plus de ${formatNumber(baseValue / 2)} voix ; ${formatNumber(t.pour)} pour.`,
    });
    return finish(adopted, adopted ? 'la majorité absolue est atteinte.' : 'la majorité absolue n’est pas atteinte.', tallies, steps);
  }
  const needed = rule.threshold * baseValue;
  const adopted = atLeast(t.pour, needed, baseValue);
  steps.push({
    kind: 'threshold',
    text: `Majorité qualifiée : il faut au moins ${formatPercent(rule.threshold)} de ${formatNumber(baseValue)} ${baseWords}, soit ${formatNumber(Math.ceil(needed - EPSILON * baseValue))} voix ; ${formatNumber(t.pour)} pour (${formatPercent(baseValue > 0 ? t.pour / baseValue : 0)}).`,
  });
  return finish(adopted, adopted ? 'la majorité qualifiée est atteinte.' : 'la majorité qualifiée n’est pas atteinte.', tallies, steps);
}

function noPourSentence(cast: number): string {
  return cast === 0
    ? 'Aucun suffrage exprimé : personne n’a voté pour ni contre.'
    : 'Aucune voix pour : une décision ne peut pas être adoptée sans voix pour.';
}

function unanimity(
  rule: Extract<DecisionRule, { kind: 'unanimity' }>,
  t: Omit<VoteTallies, 'colleges'>,
  steps: ExplanationStep[],
  abstentionsAgainst: boolean,
): Counted {
  const tallies: VoteTallies = { ...t, colleges: [] };
  const c = t.counts;
  const blockers: string[] = [];
  const contre = c.contre + c.objection;
  if (contre > 0) blockers.push(plural(contre, 'voix contre', 'voix contre'));
  if (abstentionsAgainst && c.abstention > 0) blockers.push(plural(c.abstention, 'abstention'));
  if (rule.absents === 'block' && c.absent > 0) blockers.push(plural(c.absent, 'absent'));
  if (blockers.length > 0) {
    steps.push({ kind: 'threshold', text: `Unanimité : ${listFr(blockers)} ; chaque membre ayant un droit de veto, cela suffit à bloquer.` });
    return finish(false, 'l’unanimité n’est pas atteinte.', tallies, steps);
  }
  if (c.pour === 0) {
    steps.push({ kind: 'threshold', text: noPourSentence(0) });
    return finish(false, 'aucune voix pour.', tallies, steps);
  }
  steps.push({
    kind: 'threshold',
    text: `Unanimité : ${formatNumber(c.pour)} pour, aucun veto${c.abstention > 0 ? ` ; ${plural(c.abstention, 'abstention')} sans effet` : ''}${c.absent > 0 ? ` ; ${plural(c.absent, 'absent')} sans effet` : ''}.`,
  });
  return finish(true, 'aucun membre présent ne s’y oppose.', tallies, steps);
}

function consent(t: Omit<VoteTallies, 'colleges'>, steps: ExplanationStep[]): Counted {
  const tallies: VoteTallies = { ...t, colleges: [] };
  const c = t.counts;
  const present = c.pour + c.contre + c.abstention + c.objection;
  if (present === 0) {
    steps.push({ kind: 'threshold', text: 'Consentement : aucun membre présent, personne ne peut consentir.' });
    return finish(false, 'aucun membre présent.', tallies, steps);
  }
  if (c.objection > 0) {
    steps.push({ kind: 'threshold', text: `Consentement : ${plural(c.objection, 'objection motivée', 'objections motivées')} ; une seule suffit à bloquer, le temps de l’examiner et d’amender la proposition.` });
    return finish(false, 'au moins une objection.', tallies, steps);
  }
  steps.push({
    kind: 'threshold',
    text: `Consentement : aucune objection parmi ${plural(present, 'membre présent', 'membres présents')}${c.contre > 0 ? ` ; ${plural(c.contre, 'voix contre', 'voix contre')} sans objection motivée ne bloque pas` : ''}.`,
  });
  return finish(true, 'aucune objection.', tallies, steps);
}

function capital(
  rule: Extract<DecisionRule, { kind: 'capital' }>,
  t: Omit<VoteTallies, 'colleges'>,
  steps: ExplanationStep[],
): Counted {
  const tallies: VoteTallies = { ...t, colleges: [] };
  steps.push({
    kind: 'count',
    text: `Voix pondérées par le capital : ${formatPercent(t.pour / t.total)} pour, ${formatPercent(t.contre / t.total)} contre, ${formatPercent(t.present / t.total)} du capital présent.`,
  });
  if (!(t.pour > 0)) {
    steps.push({ kind: 'threshold', text: noPourSentence(t.cast) });
    return finish(false, 'aucune voix pour pondérée.', tallies, steps);
  }
  const baseValue = (rule.base ?? 'votesCast') === 'members' ? t.total : t.cast;
  const baseWords = (rule.base ?? 'votesCast') === 'members' ? 'du capital total' : 'du capital exprimé';
  const adopted =
    rule.threshold === undefined
      ? greater(t.pour, baseValue / 2, baseValue)
      : atLeast(t.pour, rule.threshold * baseValue, baseValue);
  steps.push({
    kind: 'threshold',
    text: `Il faut ${thresholdPhrase(rule.threshold)} ${baseWords} : le pour en représente ${formatPercent(t.pour / baseValue)}.`,
  });
  return finish(adopted, adopted ? 'le seuil est atteint.' : rule.threshold === undefined && !greater(t.pour, baseValue / 2, baseValue) && atLeast(t.pour, baseValue / 2, baseValue) ? 'égalité, ce qui n’est pas une majorité.' : 'le seuil n’est pas atteint.', tallies, steps);
}

function byColleges(
  rule: Extract<DecisionRule, { kind: 'colleges-proportional' | 'colleges-bloc' }>,
  members: readonly Member[],
  effective: readonly Position[],
  weights: VotingWeights,
  t: Omit<VoteTallies, 'colleges'>,
  steps: ExplanationStep[],
  abstentionsAgainst: boolean,
): Counted {
  const tallies: CollegeTally[] = weights.colleges.map((cw) =>
    collegeTally(rule, cw, members, effective, abstentionsAgainst),
  );
  for (const ct of tallies) steps.push({ kind: 'college', text: collegeSentence(rule, ct) });
  const pour = tallies.reduce((s, c) => s + c.contributionPour, 0);
  const contre = tallies.reduce((s, c) => s + c.contributionContre, 0);
  const cast = pour + contre;
  const result: VoteTallies = { ...t, pour, contre, cast, colleges: tallies };
  steps.push({
    kind: 'count',
    text: `Total pondéré : ${formatPercent(pour)} pour et ${formatPercent(contre)} contre, soit ${formatPercent(cast)} de suffrages exprimés pondérés.`,
  });
  if (!(pour > 0)) {
    steps.push({ kind: 'threshold', text: noPourSentence(cast) });
    return finish(false, 'aucune voix pour pondérée.', result, steps);
  }
  const tie = rule.threshold === undefined && !greater(pour, cast / 2, 1) && atLeast(pour, cast / 2, 1);
  const adopted =
    rule.threshold === undefined ? greater(pour, cast / 2, 1) : atLeast(pour, rule.threshold * cast, 1);
  steps.push({
    kind: 'threshold',
    text: `Il faut ${thresholdPhrase(rule.threshold)} des suffrages exprimés pondérés : le pour en représente ${formatPercent(pour / cast)}.`,
  });
  return finish(adopted, adopted ? 'le seuil est atteint.' : tie ? 'égalité, ce qui n’est pas une majorité.' : 'le seuil n’est pas atteint.', result, steps);
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
    return { ...common, contributionPour: (cw.share * weightPour) / cast, contributionContre: (cw.share * weightContre) / cast };
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

function collegeSentence(
  rule: Extract<DecisionRule, { kind: 'colleges-proportional' | 'colleges-bloc' }>,
  c: CollegeTally,
): string {
  const head = `Collège ${c.name}`;
  if (c.empty) return `${head} : vide, son poids est laissé de côté.`;
  const votes = `${formatNumber(c.counts.pour)} pour, ${formatNumber(c.counts.contre)} contre${c.counts.abstention > 0 ? `, ${plural(c.counts.abstention, 'abstention')}` : ''}${c.counts.absent > 0 ? `, ${plural(c.counts.absent, 'absent')}` : ''}`;
  const weighs = `pèse ${formatPercent(c.share)}`;
  if (c.contributionPour === 0 && c.contributionContre === 0) {
    return `${head} : ${votes}, ${weighs} → aucun suffrage exprimé, ne contribue pas.`;
  }
  if (rule.kind === 'colleges-bloc') {
    return `${head} : ${votes}, ${weighs} → sa majorité est ${c.blocPosition === 'pour' ? 'pour' : 'contre'}, il apporte tout son poids ${c.blocPosition === 'pour' ? 'pour' : 'contre'} (${formatPercent(c.share)}).`;
  }
  return `${head} : ${votes}, ${weighs} → contribue ${formatPercent(c.contributionPour)} pour et ${formatPercent(c.contributionContre)} contre.`;
}
