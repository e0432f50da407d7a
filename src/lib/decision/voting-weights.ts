/**
 * The voting weight of each member under a rule, shared by the vote count and the power analysis.
 *
 * Empty colleges: a college with no member, or whose members all weigh 0, cannot vote. Its share
 * is left out and the other colleges' shares are renormalised to sum to 1 (said in a note). Shares
 * that do not sum to 1 are renormalised the same way.
 */
import type { College, DecisionRule, Member } from './types.ts';
import { isWeight, MAX_WEIGHT, weightingOf, type VoteWeighting } from './types.ts';
import { WEIGHT_MESSAGES } from './messages.ts';

export interface CollegeWeights {
  readonly college: College;
  /** Indices into the members array. */
  readonly memberIndices: readonly number[];
  /** Sum of the members' `weight` in the college. */
  readonly memberWeight: number;
  /** Share after leaving out empty colleges and renormalising; 0 for an empty college. */
  readonly share: number;
  readonly empty: boolean;
}

export interface VotingWeights {
  readonly ok: true;
  readonly weighting: VoteWeighting;
  /** Voting weight of each member, in the members' order; sums to `total`. */
  readonly weights: readonly number[];
  readonly total: number;
  /** Only for the college rules; empty otherwise. */
  readonly colleges: readonly CollegeWeights[];
  /** Plain French notes (renormalisations, empty colleges), from src/lib/decision/messages.ts. */
  readonly notes: readonly string[];
}

export interface InvalidSetup {
  readonly ok: false;
  readonly message: string;
}

const SHARE_TOLERANCE = 1e-9;

export function votingWeights(
  members: readonly Member[],
  colleges: readonly College[],
  rule: DecisionRule,
): VotingWeights | InvalidSetup {
  if (members.length === 0) {
    return { ok: false, message: WEIGHT_MESSAGES.noMembers };
  }
  const badWeight = members.filter((m) => !isWeight(m.weight));
  if (badWeight.length > 0) {
    return { ok: false, message: WEIGHT_MESSAGES.badWeight(badWeight.map((m) => m.name), MAX_WEIGHT) };
  }
  const weighting = weightingOf(rule);
  if (weighting === 'one-person-one-vote') {
    return { ok: true, weighting, weights: members.map(() => 1), total: members.length, colleges: [], notes: [] };
  }
  if (weighting === 'capital') {
    const total = members.reduce((sum, m) => sum + m.weight, 0);
    if (!(total > 0)) {
      return { ok: false, message: WEIGHT_MESSAGES.allZero };
    }
    return { ok: true, weighting, weights: members.map((m) => m.weight), total, colleges: [], notes: [] };
  }
  return collegeWeights(members, colleges, weighting);
}

function collegeWeights(
  members: readonly Member[],
  colleges: readonly College[],
  weighting: VoteWeighting,
): VotingWeights | InvalidSetup {
  if (colleges.length === 0) {
    return { ok: false, message: WEIGHT_MESSAGES.noColleges };
  }
  const badShare = colleges.filter((c) => !Number.isFinite(c.share) || c.share < 0);
  if (badShare.length > 0) {
    return { ok: false, message: WEIGHT_MESSAGES.badShare(badShare.map((c) => c.name)) };
  }
  const indexById = new Map(colleges.map((c, i) => [c.id, i]));
  const orphans = members.filter((m) => m.college === undefined || !indexById.has(m.college));
  if (orphans.length > 0) {
    return { ok: false, message: WEIGHT_MESSAGES.withoutCollege(orphans.map((m) => m.name)) };
  }
  const memberIndices: number[][] = colleges.map(() => []);
  members.forEach((m, i) => {
    const c = indexById.get(m.college ?? '');
    if (c !== undefined) memberIndices[c]?.push(i);
  });
  const memberWeight = memberIndices.map((idx) => idx.reduce((s, i) => s + (members[i]?.weight ?? 0), 0));
  const empty = colleges.map((_, c) => !((memberWeight[c] ?? 0) > 0));
  const rawTotal = colleges.reduce((s, c, i) => s + (empty[i] ? 0 : c.share), 0);
  if (!(rawTotal > 0)) {
    return { ok: false, message: WEIGHT_MESSAGES.noCollegeCanVote };
  }
  const notes: string[] = [];
  const emptyNames = colleges.filter((_, i) => empty[i]).map((c) => c.name);
  if (emptyNames.length > 0) {
    notes.push(WEIGHT_MESSAGES.emptyColleges(emptyNames));
  } else if (Math.abs(rawTotal - 1) > SHARE_TOLERANCE) {
    notes.push(WEIGHT_MESSAGES.sharesRenormalised(rawTotal));
  }
  const result: CollegeWeights[] = colleges.map((college, c) => ({
    college,
    memberIndices: memberIndices[c] ?? [],
    memberWeight: memberWeight[c] ?? 0,
    share: empty[c] ? 0 : college.share / rawTotal,
    empty: empty[c] ?? true,
  }));
  const weights = members.map(() => 0);
  for (const cw of result) {
    if (cw.empty) continue;
    for (const i of cw.memberIndices) weights[i] = cw.share * ((members[i]?.weight ?? 0) / cw.memberWeight);
  }
  return { ok: true, weighting, weights, total: 1, colleges: result, notes };
}
