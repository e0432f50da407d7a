/**
 * The questionnaire domain: a questionnaire is a list of dimensions, each holding statements that
 * a respondent rates on a 5-point agreement scale, or answers « je ne sais pas ».
 * Every word shown to users lives in the questionnaire data (content/questionnaires/*.yaml).
 */

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

export interface Link {
  readonly label: string;
  /** An internal path, e.g. "/guides/confiance/#les-leviers-daction". */
  readonly href: string;
}

export interface Advice {
  readonly text: string;
  readonly links: readonly Link[];
}

export interface Statement {
  readonly id: string;
  readonly text: string;
  /** Worded negatively: agreeing is a bad sign, so the rating is turned around (6 − rating). */
  readonly reversed?: boolean | undefined;
}

export interface Dimension {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly statements: readonly Statement[];
  /** What to do next, for each level the dimension may reach. */
  readonly advice: Readonly<Record<LevelId, Advice>>;
}

export interface Questionnaire {
  /** The file name, e.g. "cooperation". */
  readonly id: string;
  /** Raised whenever statements are added, removed, moved or change meaning. */
  readonly version: number;
  /** Short tag identifying this questionnaire's share links (1–8 of a–z, 0–9). */
  readonly shareCode: string;
  readonly title: string;
  /** Who answers, e.g. « un membre du collectif ». */
  readonly respondent: string;
  readonly instructions: string;
  /** Labels of ratings 1 to 5. */
  readonly scale: readonly [string, string, string, string, string];
  /** Label of the « je ne sais pas » answer. */
  readonly unknown: string;
  readonly levels: Readonly<Record<LevelId, string>>;
  /** Shown instead of a score when too few statements were answered. */
  readonly insufficient: string;
  readonly dimensions: readonly Dimension[];
}

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
