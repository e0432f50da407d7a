/**
 * A list of members pasted from a spreadsheet: one member a line, cells separated by tabs (what a
 * spreadsheet puts on the clipboard) or semicolons (French CSV), in the order name, college,
 * weight — or in any order under a header row naming them (« Nom ; Collège ; Voix »). Weights
 * accept a decimal comma and spaces between thousands; an empty weight is 1. Extra columns are
 * left out. Never throws: each bad line is reported with its number and the reason, in French,
 * and the good lines can still be imported.
 *
 * Limits: the members that still fit (`room`, at most MAX_MEMBERS in all) and colleges up to
 * MAX_COLLEGES; names of at most MAX_NAME_LENGTH characters. The lines after the last member that
 * fits are reported together, and only the first MAX_LINES lines are read, so that a huge paste
 * costs time linear in its length and gives a bounded answer.
 */
import { collegeKey, parseDecimal } from './field-input.ts';
import { MAX_COLLEGES, MAX_MEMBERS, MAX_NAME_LENGTH, MAX_WEIGHT } from './types.ts';
import { MEMBER_LIST_MESSAGES as M } from './member-list-messages.ts';

/** Lines read at most: far more than the members a scenario holds, few enough to show at once. */
export const MAX_LINES = 1000;

export type Separator = 'tab' | 'semicolon' | 'none';
export type Column = 'name' | 'college' | 'weight';

export interface ListedMember {
  /** Line number in the pasted text, from 1. */
  readonly line: number;
  readonly name: string;
  readonly college?: string;
  readonly weight: number;
}

export interface ListProblem {
  readonly line: number;
  /** For problems that span lines (the members beyond the limit, the lines not read). */
  readonly lastLine?: number;
  /** Why, in one French sentence (without the line number). */
  readonly reason: string;
}

export interface MemberList {
  readonly separator: Separator;
  /** Line number of the header row, if the first line names the columns. */
  readonly headerLine?: number;
  /** What each column holds, in column order (undefined for a column left out). */
  readonly columns: readonly (Column | undefined)[];
  readonly members: readonly ListedMember[];
  /** Colleges the scenario does not have yet, as first written, in order of appearance. */
  readonly newColleges: readonly string[];
  readonly problems: readonly ListProblem[];
}

export interface MemberListOptions {
  /** How many members can still be added. */
  readonly room: number;
  /** Names of the colleges already in the scenario (matched without accents or case). */
  readonly colleges?: readonly string[];
}

/** Header words, without accents, lower case: what a spreadsheet column may be called. */
const HEADERS: Readonly<Record<Column, readonly string[]>> = {
  name: ['nom', 'prenom', 'name', 'membre', 'membres', 'associe', 'associes', 'personne', 'structure', 'organisation', 'qui', 'identite'],
  college: ['college', 'colleges', 'college de vote', 'groupe', 'college de rattachement'],
  weight: ['poids', 'voix', 'nombre de voix', 'weight', 'votes', 'parts', 'parts sociales', 'nombre de parts', 'capital', 'part du capital', 'apport', 'apports', 'droits de vote'],
};

function columnOfHeader(cell: string): Column | undefined {
  if (cell.length > MAX_NAME_LENGTH) return undefined;
  // « Poids (%) », « Nom : » are headers; « Membre 1 » is a member.
  const key = collegeKey(cell.replace(/\([^)]*\)/g, ''))
    .replace(/[^a-z0-9 ]/g, '')
    .trim();
  for (const column of ['name', 'college', 'weight'] as const) if (HEADERS[column].includes(key)) return column;
  return undefined;
}

/** A cell as a spreadsheet wrote it: trimmed, its surrounding quotes removed (`""` is one quote). */
function cellText(raw: string): string {
  const text = raw.trim();
  return text.length >= 2 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1).replaceAll('""', '"').trim() : text;
}

function splitCells(line: string, separator: Separator): string[] {
  const cells = separator === 'none' ? [line] : line.split(separator === 'tab' ? '\t' : ';');
  return cells.map(cellText);
}

const chars = (s: string): number => [...s].length;
/** A cell quoted in a message, shortened. */
const shown = (s: string): string => (chars(s) > 30 ? `${[...s].slice(0, 29).join('')}…` : s);

/** A weight typed in a cell, or why it is not one. */
function readWeight(text: string): { ok: true; weight: number } | { ok: false; reason: string } {
  if (text === '') return { ok: true, weight: 1 };
  const weight = parseDecimal(text);
  if (weight === undefined) return { ok: false, reason: /^-\s*\d/.test(text) ? M.negativeWeight(shown(text)) : M.badWeight(shown(text)) };
  if (weight > MAX_WEIGHT) return { ok: false, reason: M.weightTooLarge(shown(text), MAX_WEIGHT) };
  return { ok: true, weight };
}

export function readMemberList(text: string, options: MemberListOptions): MemberList {
  const room = Math.max(0, Math.floor(options.room));
  const all = text.split(/\r\n|\n|\r/);
  const lines = all.slice(0, MAX_LINES);
  const separator: Separator = text.includes('\t') ? 'tab' : text.includes(';') ? 'semicolon' : 'none';
  const rows = lines.map((line, i) => ({ line: i + 1, cells: line.trim() === '' ? [] : splitCells(line, separator) })).filter((r) => r.cells.some((c) => c !== ''));

  // A header row names at least one column; a column it does not name is left out, except that
  // the first unnamed column holds the names when no column is called so.
  const first = rows[0];
  const named = first ? first.cells.map(columnOfHeader) : [];
  const header = first !== undefined && named.some((c) => c !== undefined);
  let columns: (Column | undefined)[];
  if (header) {
    columns = named;
    if (!columns.includes('name')) {
      const free = columns.findIndex((c, i) => c === undefined && (first?.cells[i] ?? '') !== '');
      if (free >= 0) columns[free] = 'name';
    }
  } else {
    // Without a header: name, college, weight — or name, weight when the second column of every
    // line is a number and there is no third.
    const width = Math.max(0, ...rows.map((r) => r.cells.length));
    const secondIsWeight = width === 2 && rows.every((r) => (r.cells[1] ?? '') === '' || parseDecimal(r.cells[1] ?? '') !== undefined);
    columns = secondIsWeight ? ['name', 'weight'] : ['name', 'college', 'weight'];
  }
  const data = header ? rows.slice(1) : rows;

  const members: ListedMember[] = [];
  const problems: ListProblem[] = [];
  const known = new Set((options.colleges ?? []).map(collegeKey));
  const newColleges: string[] = [];
  let overflow: { first: number; last: number; count: number } | undefined;

  for (const { line, cells } of data) {
    if (members.length >= room) {
      overflow = overflow ? { ...overflow, last: line, count: overflow.count + 1 } : { first: line, last: line, count: 1 };
      continue;
    }
    const cellsOf = (column: Column) =>
      columns.flatMap((c, i) => (c === column ? [cells[i] ?? ''] : [])).filter((c) => c !== '');
    const name = cellsOf('name').join(' ');
    const college = cellsOf('college')[0];
    const weightText = cellsOf('weight')[0] ?? '';
    const problem = (reason: string) => problems.push({ line, reason });
    if (name === '') {
      problem(M.noName);
      continue;
    }
    if (chars(name) > MAX_NAME_LENGTH) {
      problem(M.nameTooLong(shown(name), MAX_NAME_LENGTH));
      continue;
    }
    if (college !== undefined && chars(college) > MAX_NAME_LENGTH) {
      problem(M.collegeTooLong(shown(college), MAX_NAME_LENGTH));
      continue;
    }
    const weight = readWeight(weightText);
    if (!weight.ok) {
      problem(weight.reason);
      continue;
    }
    if (college !== undefined && !known.has(collegeKey(college))) {
      if (known.size >= MAX_COLLEGES) {
        problem(M.tooManyColleges(shown(college), MAX_COLLEGES));
        continue;
      }
      known.add(collegeKey(college));
      newColleges.push(college);
    }
    members.push({ line, name, weight: weight.weight, ...(college === undefined ? {} : { college }) });
  }
  if (overflow) problems.push({ line: overflow.first, lastLine: overflow.last, reason: M.beyondLimit(overflow.count, room, MAX_MEMBERS) });
  if (all.length > MAX_LINES && all.slice(MAX_LINES).some((l) => l.trim() !== '')) {
    problems.push({ line: MAX_LINES + 1, lastLine: all.length, reason: M.notRead(MAX_LINES) });
  }
  return { separator, ...(header && first ? { headerLine: first.line } : {}), columns, members, newColleges, problems };
}
