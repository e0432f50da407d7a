/** Small text helpers shared by pages, feeds and tests. */

const WORDS_PER_MINUTE = 200;

/** Number of words in a Markdown/MDX source, ignoring imports, JSX tags and link targets. */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/^import .*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#*_>|`[\]()-]/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Reading time in whole minutes (at least 1). */
export function readingMinutes(markdown: string): number {
  return Math.max(1, Math.round(countWords(markdown) / WORDS_PER_MINUTE));
}

const dateFormatter = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "26 novembre 2026". */
export function formatDate(date: Date): string {
  return dateFormatter.format(date);
}

/** "2026-11-26", for `datetime` attributes. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** « 90 à 150 minutes », « 4 personnes »: a range of a fiche's practical facts, with its unit. */
export function rangeText(range: { min: number; max: number }, unit: string): string {
  return range.min === range.max ? `${range.min}\u00a0${unit}` : `${range.min} à ${range.max}\u00a0${unit}`;
}
