/**
 * Voting power of each member and college under a rule, independent of any single vote.
 *
 * Model (the standard simple game): every member votes « pour » or « contre » — no abstention,
 * no absence, so the quorum and the base of the majority (members or votes cast) play no part.
 * - One person, one vote rules: weights 1; quota ⌊n/2⌋ + 1 for simple and absolute majority,
 *   ⌈t·n⌉ for a qualified majority t, n for unanimity and consent (each member holds a veto, and
 *   both indices are 1/n).
 * - Capital vote: the members' weights; quota « more than half » or « at least t » of the total.
 * - Colleges, proportional reading: a plain weighted game over all members, member i weighing
 *   share(c) × wᵢ / W(c).
 * - Colleges, bloc reading: a composite game (each college's own weighted game inside, colleges
 *   weighted by their shares on top), computed with Owen's multilinear extension.
 * Non-integer weights are scaled to integers as `integer-weights.ts` explains.
 */
import type { College, DecisionRule, Member } from './types.ts';
import { votingWeights, type InvalidSetup, type VotingWeights } from './voting-weights.ts';
import { quotaFor, toIntegerWeights } from './integer-weights.ts';
import {
  compositeGameIndices,
  weightedGameIndices,
  type CompositeGame,
  type PowerIndices,
  type WeightedGame,
} from './power-indices.ts';
import { compositeBlockingSets, weightedBlockingSets, type BlockingSearch } from './blocking.ts';
import { POWER_MESSAGES } from './messages.ts';

export interface MemberPower {
  readonly memberId: string;
  /** Share of the votes (voting weight / total). */
  readonly nominalShare: number;
  /** Normalised Banzhaf index (sums to 1 over members). */
  readonly banzhaf: number;
  /** Probability of being decisive when the others vote at random. */
  readonly banzhafAbsolute: number;
  readonly shapleyShubik: number;
  readonly veto: boolean;
  readonly dummy: boolean;
}

export interface CollegePower {
  readonly collegeId: string;
  /** Renormalised share (0 for an empty college). */
  readonly nominalShare: number;
  /** Sums of its members' indices. */
  readonly banzhaf: number;
  readonly shapleyShubik: number;
  readonly memberCount: number;
}

export interface BlockingMinority {
  readonly memberIds: readonly string[];
  /** Sum of the members' nominal shares. */
  readonly nominalShare: number;
}

export interface PowerAnalysis {
  readonly ok: true;
  readonly members: readonly MemberPower[];
  /** Empty unless the rule votes by colleges. */
  readonly colleges: readonly CollegePower[];
  /** Members present in every winning coalition. */
  readonly vetoPlayerIds: readonly string[];
  /** Members with no power at all (never decisive). */
  readonly dummyIds: readonly string[];
  /** Up to 5 smallest blocking minorities, lightest first. */
  readonly smallestBlockingMinorities: readonly BlockingMinority[];
  readonly blockingMinoritySize: number | undefined;
  /** False when the enumeration of blocking minorities was capped. */
  readonly blockingSearchComplete: boolean;
  /** False when weights were rounded to 1/10 000 of the total to stay fast. */
  readonly exactWeights: boolean;
  /** Plain French notes on the model and any adjustment (src/lib/decision/messages.ts). */
  readonly notes: readonly string[];
}

const MAX_BLOCKING_MINORITIES = 5;

export function analysePower(
  members: readonly Member[],
  colleges: readonly College[],
  rule: DecisionRule,
): PowerAnalysis | InvalidSetup {
  const vw = votingWeights(members, colleges, rule);
  if (!vw.ok) return vw;
  const notes: string[] = [POWER_MESSAGES.model, ...vw.notes];
  const nominal = vw.weights.map((w) => w / vw.total);
  if (rule.kind === 'colleges-bloc') return analyseBloc(members, rule, vw, nominal, notes);

  const ints = toIntegerWeights(vw.weights);
  const game: WeightedGame = { weights: ints.weights, quota: quotaOf(rule, ints.total) };
  if (!ints.exact) {
    notes.push(POWER_MESSAGES.rounded);
  }
  const indices = weightedGameIndices(game);
  const total = ints.total;
  const veto = game.weights.map((w) => game.quota <= total && total - w < game.quota);
  const blocking = weightedBlockingSets(game);
  return assemble(members, vw, nominal, indices, veto, blocking, ints.exact, notes);
}

/** Integer quota of the one-level game for a rule, on an integer total. */
function quotaOf(rule: DecisionRule, total: number): number {
  switch (rule.kind) {
    case 'unanimity':
    case 'consent':
      return total;
    case 'qualified':
      return quotaFor(total, rule.threshold, false);
    case 'simple':
    case 'absolute':
      return quotaFor(total, 0.5, true);
    case 'capital':
    case 'colleges-proportional':
    case 'colleges-bloc':
      return rule.threshold === undefined ? quotaFor(total, 0.5, true) : quotaFor(total, rule.threshold, false);
  }
}

function analyseBloc(
  members: readonly Member[],
  rule: Extract<DecisionRule, { kind: 'colleges-bloc' }>,
  vw: VotingWeights,
  nominal: readonly number[],
  notes: string[],
): PowerAnalysis {
  const active = vw.colleges.filter((c) => !c.empty);
  const shares = toIntegerWeights(active.map((c) => c.share));
  let exact = shares.exact;
  const order: number[] = [];
  const blocks = active.map((c, b) => {
    const inner = toIntegerWeights(c.memberIndices.map((i) => members[i]?.weight ?? 0));
    exact &&= inner.exact;
    order.push(...c.memberIndices);
    const quota =
      rule.innerThreshold === undefined
        ? quotaFor(inner.total, 0.5, true)
        : quotaFor(inner.total, rule.innerThreshold, false);
    return { weight: shares.weights[b] ?? 0, game: { weights: inner.weights, quota } };
  });
  const game: CompositeGame = {
    blocks,
    quota: rule.threshold === undefined ? quotaFor(shares.total, 0.5, true) : quotaFor(shares.total, rule.threshold, false),
  };
  if (!exact) {
    notes.push(POWER_MESSAGES.rounded);
  }
  const local = compositeGameIndices(game);
  // Back to the members' order; members of empty colleges have no power.
  const n = members.length;
  const banzhafAbsolute = new Array<number>(n).fill(0);
  const banzhaf = new Array<number>(n).fill(0);
  const shapleyShubik = new Array<number>(n).fill(0);
  const veto = new Array<boolean>(n).fill(false);
  const topTotal = shares.total;
  const grandWins =
    game.quota <= topTotal && blocks.every((b) => b.game.quota <= b.game.weights.reduce((s, w) => s + w, 0));
  let position = 0;
  blocks.forEach((b) => {
    const innerTotal = b.game.weights.reduce((s, w) => s + w, 0);
    const collegeIsVeto = topTotal - b.weight < game.quota;
    b.game.weights.forEach((w) => {
      const i = order[position];
      if (i !== undefined) {
        banzhafAbsolute[i] = local.banzhafAbsolute[position] ?? 0;
        banzhaf[i] = local.banzhaf[position] ?? 0;
        shapleyShubik[i] = local.shapleyShubik[position] ?? 0;
        veto[i] = grandWins && collegeIsVeto && innerTotal - w < b.game.quota;
      }
      position += 1;
    });
  });
  const found = compositeBlockingSets(game);
  const blocking: BlockingSearch = {
    ...found,
    sets: found.sets.map((s) => s.map((p) => order[p] ?? -1).filter((i) => i >= 0)),
  };
  return assemble(members, vw, nominal, { banzhafAbsolute, banzhaf, shapleyShubik }, veto, blocking, exact, notes);
}

function assemble(
  members: readonly Member[],
  vw: VotingWeights,
  nominal: readonly number[],
  indices: PowerIndices,
  veto: readonly boolean[],
  blocking: BlockingSearch,
  exactWeights: boolean,
  notes: string[],
): PowerAnalysis {
  const memberPowers: MemberPower[] = members.map((m, i) => ({
    memberId: m.id,
    nominalShare: nominal[i] ?? 0,
    banzhaf: indices.banzhaf[i] ?? 0,
    banzhafAbsolute: indices.banzhafAbsolute[i] ?? 0,
    shapleyShubik: indices.shapleyShubik[i] ?? 0,
    veto: veto[i] ?? false,
    dummy: (indices.banzhafAbsolute[i] ?? 0) === 0,
  }));
  const collegePowers: CollegePower[] = vw.colleges.map((c) => ({
    collegeId: c.college.id,
    nominalShare: c.share,
    banzhaf: c.memberIndices.reduce((s, i) => s + (memberPowers[i]?.banzhaf ?? 0), 0),
    shapleyShubik: c.memberIndices.reduce((s, i) => s + (memberPowers[i]?.shapleyShubik ?? 0), 0),
    memberCount: c.memberIndices.length,
  }));
  const minorities = blocking.sets
    .map((set) => ({
      memberIds: set.map((i) => members[i]?.id ?? ''),
      nominalShare: set.reduce((s, i) => s + (nominal[i] ?? 0), 0),
      key: set,
    }))
    .sort((a, b) => a.nominalShare - b.nominalShare || compareIndexLists(a.key, b.key))
    .slice(0, MAX_BLOCKING_MINORITIES)
    .map(({ memberIds, nominalShare }) => ({ memberIds, nominalShare }));
  if (!blocking.complete) {
    notes.push(POWER_MESSAGES.cappedSearch);
  }
  if (indices.banzhafAbsolute.every((v) => v === 0)) {
    notes.push(POWER_MESSAGES.nobodyHasPower);
  }
  return {
    ok: true,
    members: memberPowers,
    colleges: collegePowers,
    vetoPlayerIds: memberPowers.filter((m) => m.veto).map((m) => m.memberId),
    dummyIds: memberPowers.filter((m) => m.dummy).map((m) => m.memberId),
    smallestBlockingMinorities: minorities,
    blockingMinoritySize: blocking.minSize,
    blockingSearchComplete: blocking.complete,
    exactWeights,
    notes,
  };
}

function compareIndexLists(a: readonly number[], b: readonly number[]): number {
  for (let k = 0; k < Math.min(a.length, b.length); k += 1) {
    const d = (a[k] ?? 0) - (b[k] ?? 0);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** Plain French summary of the striking facts: vetoes, powerless members, blocking minorities. */
export function describePower(members: readonly Member[], analysis: PowerAnalysis): string[] {
  const name = new Map(members.map((m) => [m.id, m.name]));
  const names = (ids: readonly string[]) => ids.map((id) => name.get(id) ?? id);
  const lines: string[] = [];
  if (analysis.vetoPlayerIds.length > 0) lines.push(POWER_MESSAGES.veto(names(analysis.vetoPlayerIds)));
  const powerless = analysis.members.filter((m) => m.dummy && m.nominalShare > 0);
  if (powerless.length > 0) {
    lines.push(POWER_MESSAGES.powerless(powerless.map((m) => ({ name: name.get(m.memberId) ?? m.memberId, share: m.nominalShare }))));
  }
  const first = analysis.smallestBlockingMinorities[0];
  if (first && first.memberIds.length > 0) lines.push(POWER_MESSAGES.smallestBlocking(names(first.memberIds), first.nominalShare));
  return lines;
}
