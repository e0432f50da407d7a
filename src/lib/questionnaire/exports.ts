/**
 * CSV and JSON exports of a result and of a synthesis (CSV through the site's one writer,
 * src/lib/csv.ts).
 */
import { toCsv, type Cell } from '../csv.ts';
import type { QuestionnaireResult } from './scoring.ts';
import { range } from './statistics.ts';
import type { EarlierMember, Synthesis } from './synthesis.ts';
import type { Answer, Answers, Questionnaire } from './types.ts';
import { allStatements, answerLabel } from './types.ts';
import { CSV_TEXT, EXPORT_MESSAGES } from './messages.ts';

/** A member's answer in their column of the synthesis. */
function memberCell(answer: Answer | undefined, notAsked: boolean): Cell {
  if (notAsked) return CSV_TEXT.notAsked;
  if (answer === 'unknown') return CSV_TEXT.unknown;
  if (answer === 'na') return CSV_TEXT.notApplicable;
  return answer ?? '';
}

function answerCell(questionnaire: Questionnaire, answer: Answer | undefined): Cell {
  return answer === undefined ? '' : answerLabel(questionnaire, answer);
}

function answerValue(answer: Answer | undefined): Cell {
  return answer === undefined || answer === 'unknown' || answer === 'na' ? '' : answer;
}

export interface ResultMeta {
  /** When the export was made. */
  readonly date: Date;
  readonly name?: string | undefined;
}

/** A result as CSV: one table per dimension score, then every answer. */
export function resultCsv(
  questionnaire: Questionnaire,
  result: QuestionnaireResult,
  answers: Answers,
  meta: ResultMeta,
): string {
  const rows: (readonly Cell[])[] = [
    [questionnaire.title, CSV_TEXT.version(questionnaire.version), meta.date.toISOString().slice(0, 10), meta.name],
    [],
    CSV_TEXT.resultDimensions,
  ];
  for (const d of result.dimensions) {
    rows.push([
      d.dimension.title,
      d.status === 'scored' ? d.displayMean : undefined,
      d.status === 'scored' ? d.score : undefined,
      d.status === 'scored' ? questionnaire.levels[d.level] : questionnaire.insufficient,
      d.rated,
      d.unknown,
      d.notApplicable,
      d.unanswered,
      d.total,
    ]);
  }
  rows.push([], CSV_TEXT.resultAnswers);
  for (const { statement, dimension } of allStatements(questionnaire)) {
    const answer = answers[statement.id];
    rows.push([
      dimension.title,
      statement.text,
      statement.reversed ? CSV_TEXT.yes : CSV_TEXT.no,
      answerCell(questionnaire, answer),
      answerValue(answer),
    ]);
  }
  return toCsv(rows);
}

/** A result as JSON: readable by people and re-importable in the synthesis (through `code`). */
export function resultJson(
  questionnaire: Questionnaire,
  result: QuestionnaireResult,
  answers: Answers,
  code: string,
  meta: ResultMeta,
): string {
  const data = {
    questionnaire: questionnaire.id,
    titre: questionnaire.title,
    version: questionnaire.version,
    date: meta.date.toISOString(),
    ...(meta.name ? { prenom: meta.name } : {}),
    code,
    dimensions: result.dimensions.map((d) => ({
      id: d.dimension.id,
      titre: d.dimension.title,
      ...(d.status === 'scored'
        ? { moyenne: d.displayMean, score: d.score, niveau: questionnaire.levels[d.level] }
        : { niveau: questionnaire.insufficient }),
      reponsesNotees: d.rated,
      jeNeSaisPas: d.unknown,
      sansObjet: d.notApplicable,
      affirmations: d.total,
    })),
    reponses: allStatements(questionnaire).map(({ statement, dimension }) => ({
      id: statement.id,
      dimension: dimension.id,
      affirmation: statement.text,
      inversee: statement.reversed === true,
      reponse: answers[statement.id] === undefined ? null : answerLabel(questionnaire, answers[statement.id] as Answer),
      valeur: answerValue(answers[statement.id]) ?? null,
    })),
  };
  return JSON.stringify(data, null, 2) + '\n';
}

/**
 * A synthesis as CSV: members (those of an earlier version named with it), dimensions, then
 * statements most disputed first.
 */
export function synthesisCsv(
  questionnaire: Questionnaire,
  synthesis: Synthesis,
  date: Date,
  earlier: readonly EarlierMember[] = [],
): string {
  const labels = synthesis.members.map((m) => m.label);
  const rows: (readonly Cell[])[] = [
    [EXPORT_MESSAGES.synthesisTitle(questionnaire.title), CSV_TEXT.version(questionnaire.version), date.toISOString().slice(0, 10)],
    [CSV_TEXT.members, synthesis.members.length],
  ];
  if (earlier.length > 0) rows.push([CSV_TEXT.earlierMembers, ...earlier.map((m) => CSV_TEXT.memberVersion(m.label, m.version))]);
  rows.push([], CSV_TEXT.synthesisDimensions);
  for (const d of synthesis.dimensions) {
    rows.push([
      d.dimension.title,
      d.summary.mean,
      d.score,
      d.level === undefined ? questionnaire.insufficient : questionnaire.levels[d.level],
      d.summary.sd,
      d.summary.min,
      d.summary.max,
      d.summary.n,
      d.insufficient,
    ]);
  }
  rows.push([], [...CSV_TEXT.synthesisStatements, ...labels]);
  const points = new Set(synthesis.discussionPoints);
  synthesis.byDisagreement.forEach((s, i) => {
    rows.push([
      i + 1,
      s.dimension.title,
      s.statement.text,
      s.statement.reversed ? CSV_TEXT.yes : CSV_TEXT.no,
      points.has(s) ? CSV_TEXT.yes : '',
      s.summary.mean,
      s.summary.sd,
      range(s.summary),
      s.summary.n,
      s.unknown,
      s.notApplicable,
      s.unanswered,
      s.notAsked,
      ...s.answers.map((a, m) => memberCell(a, synthesis.members[m]?.notAsked?.has(s.statement.id) === true)),
    ]);
  });
  return toCsv(rows);
}
