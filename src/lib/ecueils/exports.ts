/**
 * What « Anticiper les écueils » exports and keeps: a CSV for spreadsheets, a JSON file, and
 * the progress saved in the browser. Pure functions; the island only offers the files.
 */
import { toCsv, type Cell } from '../csv.ts';
import { cleanAnswers, rankForms, UNKNOWN, vigilancePoints, type EcueilsAnswers, type FormAssessment } from './engine.ts';
import { ECUEILS_MESSAGES } from './messages.ts';
import { choicesOf } from './choices.ts';
import type { EcueilsRules } from './schema.ts';

/** The label of an answer as shown to the collective. */
export function answerLabel(rules: EcueilsRules, questionId: string, answer: string | undefined): string {
  if (answer === undefined) return ECUEILS_MESSAGES.results.unanswered;
  if (answer === UNKNOWN) return ECUEILS_MESSAGES.unknown;
  const question = rules.questions.find((q) => q.id === questionId);
  return (question && choicesOf(question).find((c) => c.id === answer)?.label) ?? answer;
}

/** Where a form stands: to study first, possible, not well suited, or set aside. */
export type Fit = 'priorite' | 'possible' | 'peu-adaptee' | 'ecartee';

/** The best score among the forms not set aside (0 when none is positive): the forms to study first reach it. */
export function bestScore(ranking: readonly FormAssessment[]): number {
  return Math.max(0, ...ranking.filter((a) => !a.excluded).map((a) => a.score));
}

export function fitOf(assessment: FormAssessment, best: number): Fit {
  if (assessment.excluded) return 'ecartee';
  if (assessment.score > 0 && assessment.score === best) return 'priorite';
  return assessment.score >= 0 ? 'possible' : 'peu-adaptee';
}

export function ecueilsCsv(rules: EcueilsRules, answers: EcueilsAnswers, date: Date): string {
  const ranking = rankForms(rules, answers);
  const best = bestScore(ranking);
  const M = ECUEILS_MESSAGES.csv;
  const rows: Cell[][] = [[M.title, date.toISOString().slice(0, 10)], [], [M.question, M.answer]];
  for (const q of rules.questions) rows.push([q.question, answerLabel(rules, q.id, answers[q.id])]);
  rows.push([], [M.form, M.fit, M.score, M.for, M.against, M.clarify]);
  for (const a of ranking) {
    rows.push([
      a.form.nom,
      ECUEILS_MESSAGES.fit[fitOf(a, best)],
      a.excluded ? undefined : a.score,
      a.reasonsFor.map((r) => r.raison).join(' | '),
      a.reasonsAgainst.map((r) => r.raison).join(' | '),
      a.toClarify.map((c) => c.rule.raison).join(' | '),
    ]);
  }
  rows.push([], [M.theme, M.point, M.status, M.guide]);
  for (const v of vigilancePoints(rules, answers)) {
    rows.push([ECUEILS_MESSAGES.themes[v.point.theme], v.point.titre, ECUEILS_MESSAGES.status[v.status], v.point.guide.href]);
  }
  return toCsv(rows);
}

export function ecueilsJson(rules: EcueilsRules, answers: EcueilsAnswers, code: string, date: Date): string {
  const ranking = rankForms(rules, answers);
  const best = bestScore(ranking);
  return `${JSON.stringify(
    {
      outil: 'anticiper-les-ecueils',
      version: rules.version,
      date: date.toISOString(),
      code,
      reponses: rules.questions.map((q) => ({ id: q.id, question: q.question, reponse: answers[q.id] ?? null })),
      formes: ranking.map((a) => ({ id: a.form.id, nom: a.form.nom, adequation: fitOf(a, best), score: a.excluded ? null : a.score })),
      vigilances: vigilancePoints(rules, answers).map((v) => ({ id: v.point.id, titre: v.point.titre, statut: v.status })),
    },
    null,
    2,
  )}\n`;
}

const STORAGE_FORMAT = 1;

export function serializeProgress(rules: EcueilsRules, answers: EcueilsAnswers, savedAt: Date): string {
  return JSON.stringify({ format: STORAGE_FORMAT, version: rules.version, savedAt: savedAt.toISOString(), answers });
}

/** Saved progress, or nothing with a French message when it cannot be used; never throws. */
export function parseProgress(
  rules: EcueilsRules,
  text: string | null,
): { answers: Record<string, string>; savedAt?: Date; message?: string } {
  if (text === null) return { answers: {} };
  const corrupt = { answers: {}, message: ECUEILS_MESSAGES.storage.corrupt };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return corrupt;
  }
  // Not what this tool saves (another shape, or not an object at all): unreadable, not outdated.
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return corrupt;
  const saved = data as { format?: unknown; version?: unknown; savedAt?: unknown; answers?: unknown };
  if (saved.format !== STORAGE_FORMAT) return corrupt;
  if (saved.version !== rules.version) return { answers: {}, message: ECUEILS_MESSAGES.storage.outdated };
  const savedAt = typeof saved.savedAt === 'string' ? new Date(saved.savedAt) : undefined;
  return { answers: cleanAnswers(rules, saved.answers), ...(savedAt && !Number.isNaN(savedAt.getTime()) ? { savedAt } : {}) };
}
