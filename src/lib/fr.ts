/**
 * French formatting for every sentence and number built in code: numbers with a decimal comma
 * and no-break thousands separators, percentages, plurals (0 and 1 are singular in French),
 * lists, dates, and the narrow no-break spaces of French typography. Independent of the runtime's
 * locale data, so the server and every browser print the same text.
 */

/** No-break space: between a number and its unit or noun, in thousands. */
export const NBSP = '\u00a0';
/** Narrow no-break space: before ; : ! ? and inside « ». */
export const NNBSP = '\u202f';

export interface NumberOptions {
  /** Digits after the comma, at most (trailing zeros dropped unless `fixed`). */
  readonly decimals?: number;
  /** Keep exactly `decimals` digits: « 3,0 ». */
  readonly fixed?: boolean;
  /** Group thousands with a no-break space (« 1 234 »); off for spreadsheets. */
  readonly grouping?: boolean;
}

/** 2.5 → « 2,5 », 1234 → « 1 234 »; « – » for a missing or non-finite value. */
export function formatNumber(value: number | undefined, options: NumberOptions | number = {}): string {
  const { decimals = 2, fixed = false, grouping = true } = typeof options === 'number' ? { decimals: options } : options;
  if (value === undefined || !Number.isFinite(value)) return '–';
  const factor = 10 ** decimals;
  // Beyond 2^53 no digit after the comma is kept: rounding would only change the number (or, past
  // 1e308, make it Infinity), so the number's own shortest digits are written out instead.
  const exact = Math.abs(value) * factor >= 2 ** 53;
  const rounded = exact ? value : Math.round(value * factor) / factor;
  const [intPart = '0', written = ''] = (exact ? plainDigits(Math.abs(value)) : Math.abs(rounded).toFixed(decimals)).split('.');
  const fracPart = written.slice(0, decimals).padEnd(decimals, '0');
  const grouped = grouping ? intPart.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP) : intPart;
  const frac = fixed ? fracPart : fracPart.replace(/0+$/, '');
  const negative = rounded < 0 && (Number(intPart) > 0 || /[1-9]/.test(frac));
  return `${negative ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/** The shortest digits of a non-negative number, without exponent: 1e21 → « 1000000000000000000000 ». */
function plainDigits(value: number): string {
  const [mantissa = '0', exponent] = String(value).split('e+');
  if (exponent === undefined) return mantissa;
  const [intPart = '0', fracPart = ''] = mantissa.split('.');
  return `${intPart}${fracPart}${'0'.repeat(Math.max(0, Number(exponent) - fracPart.length))}`;
}

/** Scores and means with a fixed number of decimals: 3.25 → « 3,3 », 3 → « 3,0 »; « – » if missing. */
export function formatDecimal(value: number | undefined, decimals = 1): string {
  return formatNumber(value, { decimals, fixed: true });
}

/** 0.15 → « 15 % », 1/3 → « 33,3 % » (one decimal at most by default). */
export function formatPercent(fraction: number, decimals = 1): string {
  return `${formatNumber(fraction * 100, decimals)}${NBSP}%`;
}

/**
 * « 0 réponse », « 1 réponse », « 3 réponses »: in French 0 and 1 take the singular
 * (and so does any count below 2, such as 1,5).
 */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(count, 2)}${NBSP}${pluralWord(count, singular, pluralForm)}`;
}

/** The word alone, agreed with the count: « membre » for 0 or 1, « membres » from 2. */
export function pluralWord(count: number, singular: string, pluralForm = `${singular}s`): string {
  return Math.abs(count) < 2 ? singular : pluralForm;
}

/** « Alice, Bob et Chloé ». */
export function listFr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1] ?? ''}`;
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** « 3 décembre 2026 à 09 h 05 », in the local time zone (as `toLocaleString('fr-FR')` would write it). */
export function formatDateTime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getDate()} ${MONTHS[date.getMonth()] ?? ''} ${date.getFullYear()} à ${two(date.getHours())} h ${two(date.getMinutes())}`;
}

/**
 * French typography for sentences written with ordinary spaces: a narrow no-break space before
 * ; : ! ? where a space stood (so URLs and times such as 10:30 are left alone), and inside « »
 * whether or not a space was there. Idempotent.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \u00a0\u202f]([;:!?])/g, `${NNBSP}$1`)
    .replace(/«[ \u00a0\u202f]?/g, `«${NNBSP}`)
    .replace(/[ \u00a0\u202f]?»/g, `${NNBSP}»`);
}

type Typographed<M> = M extends string
  ? string
  : M extends (...args: infer A) => infer R
    ? (...args: A) => Typographed<R>
    : M extends readonly unknown[]
      ? { readonly [K in keyof M]: Typographed<M[K]> }
      : M extends object
        ? { readonly [K in keyof M]: Typographed<M[K]> }
        : M;

/**
 * A messages table with French typography applied to every string it holds or returns, so
 * messages are written with plain spaces and never need fixing where they are shown.
 */
export function typographed<M>(messages: M): Typographed<M> {
  const apply = (value: unknown): unknown => {
    if (typeof value === 'string') return frenchSpacing(value);
    if (typeof value === 'function') return (...args: unknown[]) => apply((value as (...a: unknown[]) => unknown)(...args));
    if (Array.isArray(value)) return value.map(apply);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, apply(v)]));
    }
    return value;
  };
  return apply(messages) as Typographed<M>;
}
