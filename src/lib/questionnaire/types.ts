/**
 * The questionnaire domain: a questionnaire is a list of dimensions, each holding statements that
 * a respondent rates on a 5-point agreement scale, or answers « je ne sais pas », or « sans objet »
 * where the statement says the situation may not exist yet.
 * Every word shown to users lives in the questionnaire data (content/questionnaires/*.yaml), whose
 * schema (./schema.ts) gives the types below.
 */
import type { z } from 'zod';
import type { questionnaireSchema } from './schema.ts';

/** A rating on the agreement scale: 1 = pas du tout d’accord … 5 = tout à fait d’accord. */
export type Rating = 1 | 2 | 3 | 4 | 5;

/**
 * An answer to one statement. « Je ne sais pas » (`unknown`) and « sans objet » (`na`, offered only
 * where the statement may not apply) are left out of scores, never counted as zero.
 */
export type Answer = Rating | 'unknown' | 'na';

/** Answers by statement id; an absent id means the statement has not been answered yet. */
export type Answers = Readonly<Record<string, Answer>>;

export const RATINGS: readonly Rating[] = [1, 2, 3, 4, 5];

/** Interpretation levels, from the Wilder Collaboration Factors Inventory thresholds. */
export type LevelId = 'fort' | 'discuter' | 'travailler';
export const LEVEL_IDS: readonly LevelId[] = ['fort', 'discuter', 'travailler'];

/** A questionnaire file after validation, with its file name as id (e.g. "cooperation"), advice included. */
export type QuestionnaireFile = { readonly id: string } & z.output<typeof questionnaireSchema>;
type FileDimension = QuestionnaireFile['dimensions'][number];
/** What to do next, for each level a dimension may reach: a result shows it, the paper version prints it. */
export type DimensionAdvice = FileDimension['advice'];
export type Advice = DimensionAdvice[LevelId];
/** A recommendation link; `href` is an internal path, e.g. "/guides/confiance/#les-leviers-daction". */
export type Link = Advice['links'][number];

/** A dimension as the tools compute with it: its statements, without its advice. */
export type Dimension = Omit<FileDimension, 'advice'>;
export type Statement = Dimension['statements'][number];

/**
 * A questionnaire as the tools compute with it: its file without the advice, which only a result
 * shows (a page loads it when needed, see ./deferred.ts), and the earlier versions whose share links
 * and saved answers it still reads (see ./versions.ts). A `QuestionnaireFile` is one too.
 */
export type Questionnaire = Omit<QuestionnaireFile, 'dimensions'> & {
  readonly dimensions: Dimension[];
  /** Earlier versions, newest first; each has the statements of its time. */
  readonly earlierVersions?: readonly Questionnaire[] | undefined;
  /** On an earlier version: the version that replaced it, i.e. the current one. */
  readonly replacedBy?: number | undefined;
};

export function isRating(value: unknown): value is Rating {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}

export function isAnswer(value: unknown): value is Answer {
  return value === 'unknown' || value === 'na' || isRating(value);
}

/** Whether this answer may be given to this statement: « sans objet » only where it may not apply. */
export function answerFits(statement: Statement, answer: Answer): boolean {
  return answer !== 'na' || statement.mayNotApply === true;
}

/** The answers offered for a statement, in display order. */
export function choicesFor(statement: Statement): Answer[] {
  return statement.mayNotApply ? [...RATINGS, 'unknown', 'na'] : [...RATINGS, 'unknown'];
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
  if (answer === 'unknown') return questionnaire.unknown;
  if (answer === 'na') return questionnaire.notApplicable ?? questionnaire.unknown;
  return questionnaire.scale[answer - 1] ?? String(answer);
}

/**
 * An answer's label as the compact scale shows it: on a narrow screen `short` only (« Plutôt pas »,
 * from the questionnaire's `scaleShort`), `rest` (« d’accord ») being hidden but still read by
 * screen readers; the whole label elsewhere. `short + rest` is always the whole label.
 */
export function splitAnswerLabel(questionnaire: Questionnaire, answer: Answer): { short: string; rest: string } {
  const full = answerLabel(questionnaire, answer);
  const short = isRating(answer) ? questionnaire.scaleShort?.[answer - 1] : undefined;
  return short !== undefined && full.startsWith(short) ? { short, rest: full.slice(short.length) } : { short: full, rest: '' };
}
