/**
 * Strict date checking of raw frontmatter. The YAML parser turns "2026-13-45" into a valid
 * (overflowed) date without complaint, so dates are checked on the source text instead.
 */

export interface InvalidDate {
  field: string;
  value: string;
  line: number;
}

const DATE_LINE = /^\s*(?:-\s+)?(published|updated|checked|date)\s*:\s*(.*?)\s*$/;

/** True for a real calendar date written YYYY-MM-DD (optionally quoted). */
export function isCalendarDate(raw: string): boolean {
  const match = /^(["']?)(\d{4})-(\d{2})-(\d{2})\1$/.exec(raw);
  if (!match) return false;
  const [year, month, day] = [Number(match[2]), Number(match[3]), Number(match[4])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Frontmatter block of a Markdown/MDX file (between the first two `---` lines), or ''. */
export function frontmatterOf(source: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  return match?.[1] ?? '';
}

/** Every date field in the YAML text that is not a real YYYY-MM-DD date. */
export function findInvalidDates(yaml: string): InvalidDate[] {
  const invalid: InvalidDate[] = [];
  yaml.split(/\r?\n/).forEach((text, index) => {
    const match = DATE_LINE.exec(text);
    if (!match) return;
    const [, field = '', value = ''] = match;
    // Inline objects such as `source: { …, checked: 2026-11-26 }` are matched below.
    if (!isCalendarDate(value.replace(/\s*#.*$/, ''))) invalid.push({ field, value, line: index + 1 });
  });
  for (const match of yaml.matchAll(/\bchecked\s*:\s*([^,}\s]+)/g)) {
    const value = match[1] ?? '';
    const line = yaml.slice(0, match.index).split('\n').length;
    if (DATE_LINE.test(yaml.split('\n')[line - 1] ?? '')) continue;
    if (!isCalendarDate(value)) invalid.push({ field: 'checked', value, line });
  }
  return invalid;
}

export function describeInvalidDates(file: string, problems: readonly InvalidDate[]): string {
  return problems
    .map(
      (p) =>
        `${file}, ligne ${p.line} : le champ « ${p.field} » vaut « ${p.value} », ce n’est pas une date valide (format attendu : AAAA-MM-JJ, par exemple 2026-11-26).`,
    )
    .join('\n');
}
