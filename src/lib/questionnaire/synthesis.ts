/**
 * Collective synthesis: several members' answers to the same questionnaire, summarised per
 * dimension and per statement, with the statements where members disagree most first — the
 * « points à mettre en discussion ».
 *
 * Per dimension, each member's dimension mean is one value (members with too few answers in that
 * dimension are left out). Per statement, each rating is one value, as worded (not reversed):
 * « how much do members agree with this sentence ». « Je ne sais pas » is counted apart.
 */
import { levelFor, roundMean, scoreDimension, scoreFromMean } from './scoring.ts';
import { summarize, range, type Summary } from './statistics.ts';
import type { Answer, Answers, Dimension, LevelId, Questionnaire, Statement } from './types.ts';
import { allStatements, isRating } from './types.ts';
import { SYNTHESIS_MESSAGES } from './messages.ts';

export interface Member {
  /** Shown name: the first name the member gave, or « Membre 3 ». */
  readonly label: string;
  /** Whether the label is a first name the member (or the facilitator) gave. */
  readonly named: boolean;
  readonly answers: Answers;
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
    return {
      statement,
      dimension,
      summary: summarize(ratings),
      unknown,
      unanswered: answers.length - ratings.length - unknown,
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
