/**
 * Trimming what people paste, in linear time. A regex such as `/[.»\s]+$/` retries from every
 * position of a long run of those characters: pasting a line of 40 000 spaces or dots froze a tool
 * for seconds (time grows with the square of the length). These loops look at each character once.
 */

/**
 * `text` without the characters matching `leading` at its start and `trailing` at its end (each
 * tests one character; `null` trims nothing at that end).
 */
export function trimChars(text: string, leading: RegExp | null, trailing: RegExp | null = leading): string {
  let start = 0;
  let end = text.length;
  while (leading && start < end && leading.test(text.charAt(start))) start += 1;
  while (trailing && end > start && trailing.test(text.charAt(end - 1))) end -= 1;
  return text.slice(start, end);
}
