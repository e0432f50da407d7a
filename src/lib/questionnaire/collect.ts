/**
 * Gathering members' results for the collective synthesis: pasted lines (a link or a code per
 * line, optionally preceded by a first name) and imported JSON exports, of the current version of
 * the questionnaire or of an earlier one it keeps. Never throws; every refused line says why, in
 * French.
 */
import { decodeResult, extractShareCode, normalizeName } from './share.ts';
import { IMPORT_MESSAGES, SHARE_MESSAGES } from './messages.ts';
import { trimChars } from '../trim.ts';
import type { Answers, Questionnaire } from './types.ts';

export interface CollectedEntry {
  /** Where it came from: « ligne 3 » or a file name. */
  readonly source: string;
  /** The file it came from, if it was not pasted (a workshop export holds several results). */
  readonly file?: string | undefined;
  readonly code: string;
  readonly name?: string | undefined;
  readonly answers: Answers;
  /** The version of the questionnaire the member answered. */
  readonly questionnaire: Questionnaire;
}

export interface CollectProblem {
  readonly source: string;
  readonly message: string;
}

export interface Collected {
  readonly entries: CollectedEntry[];
  readonly problems: CollectProblem[];
}

/** Separators and opening brackets between a first name and its link: « Camille : <https://…> ». */
const SEPARATOR = /[\s:;,\-–—=|<(«"'\[]/u;
/** Quotes around a first name. */
const OPENING_QUOTE = /[«"'\s\u202f]/u;
const CLOSING_QUOTE = /[»"'\s\u202f]/u;

/** Splits « Camille : https://…#r=CODE » or « Camille CODE » into a first name and the code. */
export function splitNamedLine(line: string): { name: string; codeText: string } {
  const trimmed = line.trim();
  const start = (() => {
    const url = /(?:https?:\/\/|\/outils\/)/i.exec(trimmed);
    if (url) return url.index;
    const fragment = /(?:#|%23)r=/i.exec(trimmed);
    if (fragment) return fragment.index;
    // The last word of code characters, and what closes the line after it (« . », « » », « ) »).
    const lastWord = trimmed.search(/(?<![\p{L}\p{N}_-])[A-Za-z0-9_-]+[^\p{L}\p{N}_-]*$/u);
    return lastWord < 0 ? 0 : lastWord;
  })();
  const name = normalizeName(trimChars(trimChars(trimmed.slice(0, start), null, SEPARATOR), OPENING_QUOTE, CLOSING_QUOTE));
  return { name: /\p{L}/u.test(name) ? name : '', codeText: trimmed.slice(start) };
}

function decodeEntry(
  questionnaire: Questionnaire,
  source: string,
  codeText: string,
  typedName: string,
  file?: string,
): CollectedEntry | CollectProblem {
  const code = extractShareCode(codeText);
  if (code === undefined) return { source, message: SHARE_MESSAGES.missing };
  const decoded = decodeResult(questionnaire, code);
  if (!decoded.ok) return { source, message: decoded.message };
  const name = typedName || decoded.name;
  return { source, file, code, name, answers: decoded.answers, questionnaire: decoded.questionnaire };
}

function add(collected: Collected, item: CollectedEntry | CollectProblem): void {
  if (!('code' in item)) {
    collected.problems.push(item);
    return;
  }
  const twin = collected.entries.find((e) => e.code === item.code && (e.name ?? '') === (item.name ?? ''));
  if (twin) {
    collected.problems.push({ source: item.source, message: IMPORT_MESSAGES.duplicate(twin.source) });
    return;
  }
  collected.entries.push(item);
}

/** Reads pasted text: one member per non-empty line. */
export function collectFromText(questionnaire: Questionnaire, text: string, into?: Collected): Collected {
  const collected: Collected = into ?? { entries: [], problems: [] };
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const { name, codeText } = splitNamedLine(line);
    add(collected, decodeEntry(questionnaire, IMPORT_MESSAGES.line(i + 1), codeText, name));
  });
  return collected;
}

/** Longest JSON export read, in characters. */
const MAX_FILE_LENGTH = 1_000_000;

/** Reads one JSON export: of a result (see `resultJson`), or of a workshop session (see `sessionExport`). */
export function collectFromFile(
  questionnaire: Questionnaire,
  fileName: string,
  text: string,
  into?: Collected,
): Collected {
  const collected: Collected = into ?? { entries: [], problems: [] };
  const source = IMPORT_MESSAGES.file(fileName);
  if (text.length > MAX_FILE_LENGTH) {
    collected.problems.push({ source, message: IMPORT_MESSAGES.tooLarge });
    return collected;
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    collected.problems.push({ source, message: IMPORT_MESSAGES.json });
    return collected;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    collected.problems.push({ source, message: IMPORT_MESSAGES.json });
    return collected;
  }
  const record = data as Record<string, unknown>;
  const members = record['membres'];
  if (Array.isArray(members)) {
    // A workshop session's export (./workshop.ts): one result per member.
    if (members.length === 0) collected.problems.push({ source, message: IMPORT_MESSAGES.noCode });
    members.forEach((member: unknown, i) => {
      const item = typeof member === 'object' && member !== null ? (member as Record<string, unknown>) : {};
      readExport(questionnaire, IMPORT_MESSAGES.member(source, i + 1), source, item, collected);
    });
    return collected;
  }
  readExport(questionnaire, source, source, record, collected);
  return collected;
}

/** One exported result: its `code` and, if any, its `prenom`. */
function readExport(questionnaire: Questionnaire, source: string, file: string, record: Record<string, unknown>, collected: Collected): void {
  const code = record['code'];
  if (typeof code !== 'string') {
    collected.problems.push({ source, message: IMPORT_MESSAGES.noCode });
    return;
  }
  const name = typeof record['prenom'] === 'string' ? normalizeName(record['prenom']) : '';
  add(collected, decodeEntry(questionnaire, source, code, name, file));
}

/**
 * What the synthesis says it read: the links kept, the files that gave at least one result, and
 * where each ignored item came from (« ligne 5 », « le fichier « a.json » »).
 */
export function collectSummary(collected: Collected): { links: number; files: number; ignored: string[] } {
  const links = collected.entries.filter((e) => e.file === undefined).length;
  const files = new Set(collected.entries.flatMap((e) => (e.file === undefined ? [] : [e.file]))).size;
  return { links, files, ignored: collected.problems.map((p) => p.source) };
}
