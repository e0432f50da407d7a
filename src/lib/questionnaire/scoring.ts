/**
 * Scores per dimension.
 *
 * - A reversed statement counts as 6 − rating.
 * - « Je ne sais pas », « sans objet » and unanswered statements count neither for nor against.
 * - A dimension gets no score (« pas assez de réponses ») when fewer than half of the statements
 *   that apply to the respondent are rated: a statement answered « sans objet » does not apply.
 * - The mean (1–5) maps to a score 0–100: (mean − 1) / 4 × 100.
 * - The level follows the Wilder inventory thresholds on the mean rounded to one decimal, as it
 *   is displayed: 4.0–5.0 point fort, 3.0–3.9 à discuter, below 3.0 à travailler.
 */
import type { Answer, Answers, Dimension, LevelId, Questionnaire, Statement } from './types.ts';
import { isRating } from './types.ts';

export const THRESHOLDS = { fort: 4, discuter: 3 } as const;

interface DimensionTally {
  readonly dimension: Dimension;
  /** Statements in the dimension. */
  readonly total: number;
  /** Statements rated 1–5. */
  readonly rated: number;
  /** Statements answered « je ne sais pas ». */
  readonly unknown: number;
  /** Statements answered « sans objet ». */
  readonly notApplicable: number;
  /** Statements not answered at all. */
  readonly unanswered: number;
}

export interface ScoredDimension extends DimensionTally {
  readonly status: 'scored';
  /** Mean of the oriented ratings, 1–5. */
  readonly mean: number;
  /** The mean rounded to one decimal, as displayed and as used for the level. */
  readonly displayMean: number;
  /** 0–100, rounded. */
  readonly score: number;
  readonly level: LevelId;
}

export interface InsufficientDimension extends DimensionTally {
  readonly status: 'insufficient';
}

export type DimensionResult = ScoredDimension | InsufficientDimension;

export interface QuestionnaireResult {
  readonly dimensions: readonly DimensionResult[];
  /** Statements rated 1–5, over the whole questionnaire. */
  readonly rated: number;
  readonly unknown: number;
  readonly notApplicable: number;
  readonly total: number;
}

/** The rating oriented so that 5 is always favourable; undefined when missing. */
export function orientedRating(statement: Statement, answer: Answer | undefined): number | undefined {
  if (!isRating(answer)) return undefined;
  return statement.reversed ? 6 - answer : answer;
}

/** Mean rounded to one decimal without floating-point surprises (sum and count are exact). */
export function roundMean(sum: number, count: number): number {
  return Math.round((sum * 10) / count) / 10;
}

export function levelFor(displayMean: number): LevelId {
  if (displayMean >= THRESHOLDS.fort) return 'fort';
  if (displayMean >= THRESHOLDS.discuter) return 'discuter';
  return 'travailler';
}

/** (mean − 1) / 4 × 100, rounded to a whole number. */
export function scoreFromMean(mean: number): number {
  return Math.round(((mean - 1) / 4) * 100);
}

/** Whether `rated` answers out of `applicable` statements (those not « sans objet ») are enough to score a dimension. */
export function hasEnoughAnswers(rated: number, applicable: number): boolean {
  return applicable > 0 && rated * 2 >= applicable;
}

export function scoreDimension(dimension: Dimension, answers: Answers): DimensionResult {
  let sum = 0;
  let rated = 0;
  let unknown = 0;
  let notApplicable = 0;
  for (const statement of dimension.statements) {
    const answer = answers[statement.id];
    const value = orientedRating(statement, answer);
    if (value !== undefined) {
      sum += value;
      rated += 1;
    } else if (answer === 'unknown') {
      unknown += 1;
    } else if (answer === 'na') {
      notApplicable += 1;
    }
  }
  const total = dimension.statements.length;
  const tally = { dimension, total, rated, unknown, notApplicable, unanswered: total - rated - unknown - notApplicable };
  if (!hasEnoughAnswers(rated, total - notApplicable)) return { ...tally, status: 'insufficient' };
  const mean = sum / rated;
  const displayMean = roundMean(sum, rated);
  return { ...tally, status: 'scored', mean, displayMean, score: scoreFromMean(mean), level: levelFor(displayMean) };
}

export function scoreQuestionnaire(questionnaire: Questionnaire, answers: Answers): QuestionnaireResult {
  const dimensions = questionnaire.dimensions.map((d) => scoreDimension(d, answers));
  return {
    dimensions,
    rated: dimensions.reduce((n, d) => n + d.rated, 0),
    unknown: dimensions.reduce((n, d) => n + d.unknown, 0),
    notApplicable: dimensions.reduce((n, d) => n + d.notApplicable, 0),
    total: dimensions.reduce((n, d) => n + d.total, 0),
  };
}

/**
 * The dimensions to work on first: the weakest scored dimensions (lowest mean, then questionnaire
 * order), leaving out strengths. At most `count`; fewer when fewer dimensions need work.
 */
export function priorities(result: QuestionnaireResult, count = 3): ScoredDimension[] {
  return result.dimensions
    .map((d, index) => ({ d, index }))
    .filter((x): x is { d: ScoredDimension; index: number } => x.d.status === 'scored' && x.d.level !== 'fort')
    .sort((a, b) => a.d.mean - b.d.mean || a.index - b.index)
    .slice(0, count)
    .map((x) => x.d);
}

/** Number of statements answered (a rating, « je ne sais pas » or « sans objet »). */
export function answeredCount(questionnaire: Questionnaire, answers: Answers): number {
  let n = 0;
  for (const d of questionnaire.dimensions) for (const s of d.statements) if (answers[s.id] !== undefined) n += 1;
  return n;
}

/**
 * Whether answers say too little to be shared as a result: fewer than half of the statements
 * answered, or no dimension with enough ratings for a score. Sharing such a result asks first.
 */
export function isSparse(questionnaire: Questionnaire, answers: Answers): boolean {
  const total = questionnaire.dimensions.reduce((n, d) => n + d.statements.length, 0);
  if (answeredCount(questionnaire, answers) * 2 < total) return true;
  return scoreQuestionnaire(questionnaire, answers).dimensions.every((d) => d.status !== 'scored');
}
