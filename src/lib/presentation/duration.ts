/**
 * The duration of a step of a fiche's « Déroulé », as its authors write it between parentheses:
 * « 15 min », « 10 à 15 min », « 1 h », « 1 h 30 », « 45 min à 1 h 15 », optionally followed by a
 * few words (« 5 à 15 min selon la taille du groupe »), or « en continu » for a step that runs
 * alongside the others and has no time of its own.
 */
import { NBSP } from '../fr.ts';

/** A duration in minutes: `min === max` for a single value. */
export interface StepDuration {
  readonly min: number;
  readonly max: number;
}

export type DurationParse =
  | {
      readonly ok: true;
      /** Absent for « en continu ». */
      readonly duration: StepDuration | undefined;
      /** The text as written, with a no-break space between each number and its unit. */
      readonly label: string;
    }
  | { readonly ok: false; readonly error: string };

/** What an author may write, shown in every error message. */
export const DURATION_EXAMPLES = '« 15 min », « 10 à 15 min », « 1 h », « 1 h 30 » ou « en continu »';

const CONTINUOUS = 'en continu';
/** One amount: « 15 », « 15 min », « 1 h », « 1 h 30 », « 1h30 », « 1 h 30 min ». */
const AMOUNT = String.raw`(\d{1,4})(?: ?(h|heures?)(?: ?(\d{1,2})(?: ?(?:min|minutes?))?)?| ?(min|minutes?|mn))?`;
/** An amount, or a range of two; then, maybe, a few words that start with a letter (not a unit). */
const UNIT = String.raw`(?:h|heures?|min|minutes?|mn)(?!\p{L})`;
const DURATION = new RegExp(String.raw`^${AMOUNT}(?: à ${AMOUNT})?(?: (?!${UNIT})(\p{L}.*))?$`, 'u');

interface Amount {
  value: number;
  /** Undefined for a bare number (the lower bound of a range takes the unit of the upper one). */
  unit: 'h' | 'min' | undefined;
  minutesPart: number | undefined;
}

function amount(digits: string | undefined, hours: string | undefined, minutesPart: string | undefined, minutes: string | undefined): Amount | undefined {
  if (digits === undefined) return undefined;
  return {
    value: Number(digits),
    unit: hours !== undefined ? 'h' : minutes !== undefined ? 'min' : undefined,
    minutesPart: minutesPart === undefined ? undefined : Number(minutesPart),
  };
}

const inMinutes = (a: Amount, unit: 'h' | 'min') => (unit === 'h' ? a.value * 60 + (a.minutesPart ?? 0) : a.value);

const fail = (error: string): DurationParse => ({ ok: false, error });

/** Reads a duration written between the parentheses of a step. */
export function parseDuration(written: string): DurationParse {
  const text = written.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  const label = text.replace(/(\d) (?=h\b|heures?\b|min|mn\b)/g, `$1${NBSP}`).replace(/\bh (?=\d)/g, `h${NBSP}`);
  if (text.toLowerCase() === CONTINUOUS) return { ok: true, duration: undefined, label: text };
  const match = DURATION.exec(text.toLowerCase());
  if (!match) return fail(`durée illisible «\u202f${text}\u202f»\u202f; écrivez par exemple ${DURATION_EXAMPLES}`);
  const [, d1, h1, m1, min1, d2, h2, m2, min2] = match;
  const first = amount(d1, h1, m1, min1);
  const second = amount(d2, h2, m2, min2);
  if (first === undefined) return fail(`durée illisible «\u202f${text}\u202f»`);
  const upper = second ?? first;
  if (upper.unit === undefined) return fail(`durée sans unité «\u202f${text}\u202f»\u202f; écrivez par exemple ${DURATION_EXAMPLES}`);
  for (const a of [first, second]) {
    if (a?.minutesPart !== undefined && a.minutesPart >= 60) return fail(`durée illisible «\u202f${text}\u202f»\u202f: ${a.minutesPart} minutes après les heures`);
  }
  const min = inMinutes(first, first.unit ?? upper.unit);
  const max = inMinutes(upper, upper.unit);
  if (min <= 0) return fail(`durée nulle «\u202f${text}\u202f»`);
  if (min > max) return fail(`durée «\u202f${text}\u202f»\u202f: la première borne dépasse la seconde`);
  return { ok: true, duration: { min, max }, label };
}

/** 90 → « 1 h 30 », 60 → « 1 h », 15 → « 15 min » (minutes of a duration, as a facilitator says them). */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest}${NBSP}min`;
  return rest === 0 ? `${hours}${NBSP}h` : `${hours}${NBSP}h${NBSP}${String(rest).padStart(2, '0')}`;
}
