/**
 * French typography for sentences built in code: a narrow no-break space (U+202F) before ; : ! ?
 * where an ordinary or no-break space stood (so URLs and times like 10:30 are left alone), and
 * inside « » whether or not a space was there.
 */
const NNBSP = '\u202f';

export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \u00a0]([;:!?])/g, `${NNBSP}$1`)
    .replace(/«[ \u00a0]?/g, `«${NNBSP}`)
    .replace(/[ \u00a0]?»/g, `${NNBSP}»`);
}
