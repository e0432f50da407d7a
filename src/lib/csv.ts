/**
 * CSV for French spreadsheets, the one writer of every export: `;` separator, decimal comma
 * without thousands grouping, CRLF line ends and a UTF-8 byte-order mark so that Excel reads
 * the accents. A cell that a spreadsheet would run as a formula (starting with = + - @, a tab
 * or a carriage return) is prefixed with an apostrophe.
 */
import { formatNumber } from './fr.ts';

export const CSV_BOM = '\uFEFF';

export type Cell = string | number | undefined;

export interface CsvOptions {
  /** Digits kept after the comma for numbers, at most (default 2). */
  readonly decimals?: number;
}

export function csvCell(cell: Cell, { decimals = 2 }: CsvOptions = {}): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? formatNumber(cell, { decimals, grouping: false }) : '';
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[;"\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text, BOM included; an empty row is a blank line. */
export function toCsv(rows: readonly (readonly Cell[])[], options: CsvOptions = {}): string {
  return CSV_BOM + rows.map((row) => row.map((cell) => csvCell(cell, options)).join(';')).join('\r\n') + '\r\n';
}
