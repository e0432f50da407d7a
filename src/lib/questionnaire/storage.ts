/**
 * Progress saved in the browser (localStorage), as JSON:
 *   { format: 1, questionnaire: "cooperation", version: 1, step: 2, savedAt: "…", answers: { id: 1–5 | "unknown" } }
 * Parsing validates everything: corrupt data, data from another questionnaire or from a version
 * this one no longer reads is ignored with a message, never trusted. Answers saved with an earlier
 * version it keeps are carried to the statements that stayed the same, with a message.
 */
import { STORAGE_MESSAGES } from './messages.ts';
import type { Answer, Answers, Questionnaire } from './types.ts';
import { allStatements, answerFits, isAnswer } from './types.ts';
import { atVersion, carryAnswers, compareVersions } from './versions.ts';

const FORMAT = 1;
/** Longest saved text read, in characters. */
const MAX_LENGTH = 100_000;

export interface SavedProgress {
  readonly answers: Answers;
  /** The screen to resume on: 0-based dimension index, or the number of dimensions for results. */
  readonly step: number;
  readonly savedAt: Date;
}

export type ParsedProgress =
  | { readonly status: 'empty' }
  /** `message` says what became of answers saved with an earlier version. */
  | { readonly status: 'ok'; readonly progress: SavedProgress; readonly message?: string }
  | { readonly status: 'ignored'; readonly reason: 'corrupt' | 'outdated' | 'other'; readonly message: string };

export function storageKey(questionnaire: Questionnaire): string {
  return `faire-ensemble:questionnaire:${questionnaire.id}`;
}

/** Where the workshop session of a questionnaire is kept (see ./workshop.ts). */
export function workshopStorageKey(questionnaire: Questionnaire): string {
  return `faire-ensemble:atelier:${questionnaire.id}`;
}

export function serializeProgress(questionnaire: Questionnaire, answers: Answers, step: number, savedAt: Date): string {
  const known = new Map(allStatements(questionnaire).map((s) => [s.statement.id, s.statement]));
  const kept: Record<string, Answer> = {};
  for (const [id, answer] of Object.entries(answers)) {
    const statement = known.get(id);
    if (statement && isAnswer(answer) && answerFits(statement, answer)) kept[id] = answer;
  }
  return JSON.stringify({
    format: FORMAT,
    questionnaire: questionnaire.id,
    version: questionnaire.version,
    step,
    savedAt: savedAt.toISOString(),
    answers: kept,
  });
}

/**
 * JSON kept in the browser, read back: nothing stored, unreadable (longer than `maxLength`, not
 * JSON, not an object), or its object. Shared by the saved progress and the workshop session.
 */
export function readStoredObject(raw: string | null | undefined, maxLength: number): 'empty' | 'corrupt' | Record<string, unknown> {
  if (raw === null || raw === undefined || raw === '') return 'empty';
  if (raw.length > maxLength) return 'corrupt';
  try {
    const data: unknown = JSON.parse(raw);
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : 'corrupt';
  } catch {
    return 'corrupt';
  }
}

function ignored(reason: 'corrupt' | 'outdated' | 'other'): ParsedProgress {
  return { status: 'ignored', reason, message: STORAGE_MESSAGES[reason] };
}

export function parseProgress(questionnaire: Questionnaire, raw: string | null | undefined): ParsedProgress {
  const record = readStoredObject(raw, MAX_LENGTH);
  if (record === 'empty') return { status: 'empty' };
  if (record === 'corrupt') return ignored('corrupt');
  if (record['format'] !== FORMAT) return ignored('corrupt');
  if (record['questionnaire'] !== questionnaire.id) return ignored('other');
  const version = record['version'];
  if (typeof version !== 'number' || !Number.isInteger(version)) return ignored('corrupt');
  const saved = atVersion(questionnaire, version);
  if (!saved) return ignored('outdated');
  const rawAnswers = record['answers'];
  if (typeof rawAnswers !== 'object' || rawAnswers === null || Array.isArray(rawAnswers)) return ignored('corrupt');
  const known = new Map(allStatements(saved).map((s) => [s.statement.id, s.statement]));
  const answers: Record<string, Answer> = {};
  for (const [id, answer] of Object.entries(rawAnswers as Record<string, unknown>)) {
    const statement = known.get(id);
    if (!statement || !isAnswer(answer) || !answerFits(statement, answer)) return ignored('corrupt');
    answers[id] = answer;
  }
  const savedAt = new Date(typeof record['savedAt'] === 'string' ? record['savedAt'] : Number.NaN);
  if (Number.isNaN(savedAt.getTime())) return ignored('corrupt');
  const rawStep = record['step'];
  const maxStep = questionnaire.dimensions.length;
  const step = typeof rawStep === 'number' && Number.isInteger(rawStep) ? Math.min(Math.max(rawStep, 0), maxStep) : 0;
  if (saved === questionnaire) return { status: 'ok', progress: { answers, step, savedAt } };
  // An earlier version: keep the answers to the statements that stayed the same, and resume on the
  // first dimension with a statement to answer.
  const carried = carryAnswers(saved, questionnaire, answers);
  const added = new Set(compareVersions(saved, questionnaire).added.map((s) => s.id));
  const firstNew = questionnaire.dimensions.findIndex((d) => d.statements.some((s) => added.has(s.id)));
  return {
    status: 'ok',
    progress: { answers: carried, step: firstNew >= 0 ? Math.min(firstNew, step) : step, savedAt },
    message: STORAGE_MESSAGES.carried(version, questionnaire.version, Object.keys(carried).length, added.size),
  };
}
