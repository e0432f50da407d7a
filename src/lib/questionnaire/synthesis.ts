/**
 * Collective synthesis: several members' answers to the same questionnaire, summarised per
 * dimension and per statement, with the statements where members disagree most first — the
 * « points à mettre en discussion ».
 *
 * Per dimension, each member's dimension mean is one value (members with too few answers in that
 * dimension are left out). Per statement, each rating is one value, as worded (not reversed):
 * « how much do members agree with this sentence ». « Je ne sais pas » and « sans objet » are
 * counted apart.
 *
 * Members may have answered different versions of the questionnaire (`synthesizeResults`): the
 * synthesis follows the newest of their versions, and a member of an older version counts only on
 * the statements worded the same in both (see ./versions.ts); the others were « not asked » to them,
 * which is counted apart too, and a dimension is scored for them only if at least half of its
 * statements were asked and rated.
 */
import { levelFor, roundMean, scoreDimension, scoreFromMean } from './scoring.ts';
import { summarize, range, type Summary } from './statistics.ts';
import type { Answer, Answers, Dimension, LevelId, Questionnaire, Statement } from './types.ts';
import { allStatements, isRating } from './types.ts';
import { carryAnswers, compareVersions } from './versions.ts';
import { SYNTHESIS_MESSAGES } from './messages.ts';

export interface Member {
  /** Shown name: the first name the member gave, or « Membre 3 ». */
  readonly label: string;
  /** Whether the label is a first name the member (or the facilitator) gave. */
  readonly named: boolean;
  readonly answers: Answers;
  /** Statements this member was not asked: their version of the questionnaire did not have them. */
  readonly notAsked?: ReadonlySet<string> | undefined;
}

export interface DimensionStats {
  readonly dimension: Dimension;
  /** Over members' dimension means (1–5). */
  readonly summary: Summary;
  /** Score 0–100 of the mean of members' means, when at least one member has a score. */
  readonly score: number | undefined;
  readonly level: LevelId | undefined;
  /** Members whose answers were too few in this dimension to score it. */
  readonly insufficient: number;
}

export interface StatementStats {
  readonly statement: Statement;
  readonly dimension: Dimension;
  /** Over members' ratings as worded (1–5). */
  readonly summary: Summary;
  /** Members who answered « je ne sais pas ». */
  readonly unknown: number;
  /** Members who answered « sans objet ». */
  readonly notApplicable: number;
  /** Members whose version of the questionnaire did not have this statement. */
  readonly notAsked: number;
  /** Members who did not answer. */
  readonly unanswered: number;
  /** How many members gave each rating: index 0 is rating 1. */
  readonly distribution: readonly [number, number, number, number, number];
  /** Each member's answer, in member order. */
  readonly answers: readonly (Answer | undefined)[];
}

export interface Synthesis {
  readonly members: readonly Member[];
  readonly dimensions: readonly DimensionStats[];
  /** In questionnaire order. */
  readonly statements: readonly StatementStats[];
  /** All statements, most disputed first (see `compareDisagreement`). */
  readonly byDisagreement: readonly StatementStats[];
  /** The statements worth discussing: standard deviation ≥ 1 with at least two ratings. */
  readonly discussionPoints: readonly StatementStats[];
}

/** A statement is a point to discuss when its ratings spread this much (standard deviation). */
export const DISCUSSION_THRESHOLD = 1;
/** Longest list of points to discuss shown first. */
export const MAX_DISCUSSION_POINTS = 8;

/**
 * Most disputed first: larger standard deviation, then larger range, then more ratings;
 * statements with fewer than two ratings cannot show disagreement and come last.
 * Equal statements keep questionnaire order (the sort is stable).
 */
export function compareDisagreement(a: StatementStats, b: StatementStats): number {
  const comparable = (s: StatementStats) => (s.summary.n >= 2 ? 1 : 0);
  return (
    comparable(b) - comparable(a) ||
    (b.summary.sd ?? 0) - (a.summary.sd ?? 0) ||
    (range(b.summary) ?? 0) - (range(a.summary) ?? 0) ||
    b.summary.n - a.summary.n
  );
}

export function synthesize(questionnaire: Questionnaire, members: readonly Member[]): Synthesis {
  const dimensions = questionnaire.dimensions.map((dimension): DimensionStats => {
    const results = members.map((m) => scoreDimension(dimension, m.answers));
    const means = results.flatMap((r) => (r.status === 'scored' ? [r.mean] : []));
    const summary = summarize(means);
    const mean = summary.mean;
    return {
      dimension,
      summary,
      score: mean === undefined ? undefined : scoreFromMean(mean),
      level: mean === undefined ? undefined : levelFor(roundMean(mean, 1)),
      insufficient: results.length - means.length,
    };
  });
  const statements = allStatements(questionnaire).map(({ statement, dimension }): StatementStats => {
    const answers = members.map((m) => m.answers[statement.id]);
    const ratings = answers.filter(isRating);
    const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
    for (const r of ratings) distribution[r - 1] = (distribution[r - 1] ?? 0) + 1;
    const unknown = answers.filter((a) => a === 'unknown').length;
    const notApplicable = answers.filter((a) => a === 'na').length;
    const notAsked = members.filter((m) => m.notAsked?.has(statement.id)).length;
    return {
      statement,
      dimension,
      summary: summarize(ratings),
      unknown,
      notApplicable,
      notAsked,
      unanswered: answers.length - ratings.length - unknown - notApplicable - notAsked,
      distribution,
      answers,
    };
  });
  const byDisagreement = [...statements].sort(compareDisagreement);
  const discussionPoints = byDisagreement
    .filter((s) => s.summary.n >= 2 && (s.summary.sd ?? 0) >= DISCUSSION_THRESHOLD)
    .slice(0, MAX_DISCUSSION_POINTS);
  return { members, dimensions, statements, byDisagreement, discussionPoints };
}

/** Labels members: a given first name, or « Membre n » (numbered among all members). */
export function labelMembers(entries: readonly { name?: string | undefined; answers: Answers }[]): Member[] {
  return entries.map((e, i) => {
    const name = e.name?.trim();
    return name
      ? { label: name, named: true, answers: e.answers }
      : { label: SYNTHESIS_MESSAGES.anonymous(i + 1), named: false, answers: e.answers };
  });
}

/** One member's result as collected: the answers and the version of the questionnaire they filled in. */
export interface MemberResult {
  readonly name?: string | undefined;
  readonly answers: Answers;
  readonly questionnaire: Questionnaire;
}

/** A member who answered an older version than the one the synthesis follows. */
export interface EarlierMember {
  readonly label: string;
  readonly version: number;
  /** Statements of the synthesis's version worded the same in this member's version. */
  readonly kept: number;
  /** Statements of the synthesis's version that this member's version did not have in these words. */
  readonly leftOut: readonly Statement[];
  /** This member's answers to statements that the synthesis's version no longer has in these words. */
  readonly dropped: number;
}

export interface VersionedSynthesis {
  /** The version the synthesis follows: the newest among the members'. */
  readonly questionnaire: Questionnaire;
  readonly synthesis: Synthesis;
  /** Members of older versions, and what was left out for them. */
  readonly earlier: readonly EarlierMember[];
}

/**
 * The synthesis of members who may have answered different versions: it follows the newest of their
 * versions (`current` when there is no member), and compares answers only on the statements worded
 * the same (see the module comment).
 */
export function synthesizeResults(current: Questionnaire, results: readonly MemberResult[]): VersionedSynthesis {
  const questionnaire = results.reduce<Questionnaire | undefined>(
    (newest, r) => (newest === undefined || r.questionnaire.version > newest.version ? r.questionnaire : newest),
    undefined,
  ) ?? current;
  const earlier: EarlierMember[] = [];
  const members = labelMembers(results).map((member, i): Member => {
    const from = results[i]?.questionnaire;
    if (from === undefined || from.version === questionnaire.version) return member;
    const { kept, added, removed } = compareVersions(from, questionnaire);
    earlier.push({
      label: member.label,
      version: from.version,
      kept: kept.length,
      leftOut: added,
      dropped: removed.filter((s) => member.answers[s.id] !== undefined).length,
    });
    return { ...member, answers: carryAnswers(from, questionnaire, member.answers), notAsked: new Set(added.map((s) => s.id)) };
  });
  return { questionnaire, synthesis: synthesize(questionnaire, members), earlier };
}
