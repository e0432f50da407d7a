/**
 * Which query to run while the reader is still typing. Pagefind fetches the index chunks of every
 * word starting with what was typed: one or two letters reach a large part of the index that the
 * finished word will not need. So a live search waits for three letters, and a last word still
 * shorter than that is left out until it grows. A query the reader sends (Enter, or a link with
 * `?q=`) always runs whole.
 */
export const LIVE_QUERY_MIN_LETTERS = 3;

/** The query to run as the reader types, or undefined when there is nothing worth fetching yet. */
export function liveQuery(typed: string): string | undefined {
  const words = typed.trim().split(/\s+/).filter((word) => word !== '');
  const last = words.at(-1);
  if (last !== undefined && [...last].length < LIVE_QUERY_MIN_LETTERS) words.pop();
  const query = words.join(' ');
  return [...query].length >= LIVE_QUERY_MIN_LETTERS ? query : undefined;
}
