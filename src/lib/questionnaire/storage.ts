/**
 * Progress saved in the browser (localStorage), as JSON:
 *   { format: 1, questionnaire: "cooperation", version: 1, step: 2, savedAt: "…", answers: { id: 1–5 | "unknown" } }
 * Parsing validates everything: corrupt data, data from another questionnaire or from an older
 * version of this one is ignored with a message, never trusted.
 */
import { STORAGE_MESSAGES } from './messages.ts';
import type { Answer, Answers, Questionnaire } from './types.ts';
import { allStatements, isAnswer } from './types.ts';

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
  | { readonly status: 'ok'; readonly progress: SavedProgress }
  | { readonly status: 'ignored'; readonly reason: 'corrupt' | 'outdated' | 'other'; readonly message: string };

export function storageKey(questionnaire: Questionnaire): string {
  return `faire-ensemble:questionnaire:${questionnaire.id}`;
}

export function serializeProgress(questionnaire: Questionnaire, answers: Answers, step: number, savedAt: Date): string {
  const known = new Set(allStatements(questionnaire).map((s) => s.statement.id));
  const kept: Record<string, Answer> = {};
  for (const [id, answer] of Object.entries(answers)) if (known.has(id) && isAnswer(answer)) kept[id] = answer;
  return JSON.stringify({
    format: FORMAT,
    questionnaire: questionnaire.id,
    version: questionnaire.version,
    step,
    savedAt: savedAt.toISOString(),
    answers: kept,
  });
}

function ignored(reason: 'corrupt' | 'outdated' | 'other'): ParsedProgress {
  return { status: 'ignored', reason, message: STORAGE_MESSAGES[reason] };
}

export function parseProgress(questionnaire: Questionnaire, raw: string | null | undefined): ParsedProgress {
  if (raw === null || raw === undefined || raw === '') return { status: 'empty' };
  if (raw.length > MAX_LENGTH) return ignored('corrupt');
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return ignored('corrupt');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return ignored('corrupt');
  const record = data as Record<string, unknown>;
  if (record['format'] !== FORMAT) return ignored('corrupt');
  if (record['questionnaire'] !== questionnaire.id) return ignored('other');
  const version = record['version'];
  if (typeof version !== 'number' || !Number.isInteger(version)) return ignored('corrupt');
  if (version !== questionnaire.version) return ignored('outdated');
  const rawAnswers = record['answers'];
  if (typeof rawAnswers !== 'object' || rawAnswers === null || Array.isArray(rawAnswers)) return ignored('corrupt');
  const known = new Set(allStatements(questionnaire).map((s) => s.statement.id));
  const answers: Record<string, Answer> = {};
  for (const [id, answer] of Object.entries(rawAnswers as Record<string, unknown>)) {
    if (!known.has(id) || !isAnswer(answer)) return ignored('corrupt');
    answers[id] = answer;
  }
  const savedAt = new Date(typeof record['savedAt'] === 'string' ? record['savedAt'] : Number.NaN);
  if (Number.isNaN(savedAt.getTime())) return ignored('corrupt');
  const rawStep = record['step'];
  const maxStep = questionnaire.dimensions.length;
  const step = typeof rawStep === 'number' && Number.isInteger(rawStep) ? Math.min(Math.max(rawStep, 0), maxStep) : 0;
  return { status: 'ok', progress: { answers, step, savedAt } };
}
