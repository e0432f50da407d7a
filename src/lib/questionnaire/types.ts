/**
 * The questionnaire domain: a questionnaire is a list of dimensions, each holding statements that
 * a respondent rates on a 5-point agreement scale, or answers « je ne sais pas ».
 * Every word shown to users lives in the questionnaire data (content/questionnaires/*.yaml), whose
 * schema (./schema.ts) gives the types below.
 */
import type { z } from 'zod';
import type { questionnaireSchema } from './schema.ts';

/** A rating on the agreement scale: 1 = pas du tout d’accord … 5 = tout à fait d’accord. */
export type Rating = 1 | 2 | 3 | 4 | 5;

/** An answer to one statement; « je ne sais pas » counts as missing, never as zero. */
export type Answer = Rating | 'unknown';

/** Answers by statement id; an absent id means the statement has not been answered yet. */
export type Answers = Readonly<Record<string, Answer>>;

export const RATINGS: readonly Rating[] = [1, 2, 3, 4, 5];

/** Interpretation levels, from the Wilder Collaboration Factors Inventory thresholds. */
export type LevelId = 'fort' | 'discuter' | 'travailler';
export const LEVEL_IDS: readonly LevelId[] = ['fort', 'discuter', 'travailler'];

/** A questionnaire file after validation, with its file name as id (e.g. "cooperation"). */
export type Questionnaire = { readonly id: string } & z.output<typeof questionnaireSchema>;
export type Dimension = Questionnaire['dimensions'][number];
export type Statement = Dimension['statements'][number];
export type Advice = Dimension['advice'][LevelId];
/** A recommendation link; `href` is an internal path, e.g. "/guides/confiance/#les-leviers-daction". */
export type Link = Advice['links'][number];

export function isRating(value: unknown): value is Rating {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}

export function isAnswer(value: unknown): value is Answer {
  return value === 'unknown' || isRating(value);
}

/** All statements in questionnaire order, with their dimension. */
export function allStatements(questionnaire: Questionnaire): { statement: Statement; dimension: Dimension }[] {
  return questionnaire.dimensions.flatMap((dimension) =>
    dimension.statements.map((statement) => ({ statement, dimension })),
  );
}

export function statementCount(questionnaire: Questionnaire): number {
  return questionnaire.dimensions.reduce((n, d) => n + d.statements.length, 0);
}

/** The label of an answer on this questionnaire's scale. */
export function answerLabel(questionnaire: Questionnaire, answer: Answer): string {
  return answer === 'unknown' ? questionnaire.unknown : (questionnaire.scale[answer - 1] ?? String(answer));
}
