/**
 * Which value of a fact holds on a given day, and how to say it: always with its period, so that
 * a figure for a past year is never shown as current (« 80 011 € pour 2025 ; montant 2026 non
 * encore publié »).
 */
import { VALUE_NOUNS, type ValueNoun } from './labels.ts';
import { contains, dayOf, periodOf, type DatedValue, type ValuePeriod } from './periods.ts';

export interface FactValueLike extends DatedValue {
  valeur: string;
}

export interface FactWithValues {
  valeurs: readonly FactValueLike[];
  libelle: ValueNoun;
}

export type ValueState =
  /** The fact states no value (a rule, a definition). */
  | { kind: 'none' }
  /** A value stated without a period: a rule that holds until the law changes. */
  | { kind: 'permanent'; value: FactValueLike }
  /** The value in force on the day. */
  | { kind: 'current'; value: FactValueLike; period: ValuePeriod }
  /** No value covers the day: the latest one that started before it, now ended. */
  | { kind: 'past'; value: FactValueLike; period: ValuePeriod }
  /** Every value starts after the day: the first one. */
  | { kind: 'future'; value: FactValueLike; period: ValuePeriod };

export function valueState(fact: FactWithValues, date: Date): ValueState {
  const dated = fact.valeurs.flatMap((value) => {
    const period = periodOf(value);
    return period ? [{ value, period }] : [];
  });
  if (dated.length === 0) {
    const [only] = fact.valeurs;
    return only ? { kind: 'permanent', value: only } : { kind: 'none' };
  }
  const current = dated.find((d) => contains(d.period, date));
  if (current) return { kind: 'current', ...current };
  const day = dayOf(date);
  const started = dated.filter((d) => d.period.start <= day);
  const latest = started.at(-1);
  if (latest) return { kind: 'past', ...latest };
  const first = dated[0]!;
  return { kind: 'future', ...first };
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** « 1er avril 2026 », « 31 mars 2026 ». */
export function formatDay(date: Date): string {
  const day = date.getUTCDate();
  return `${day === 1 ? '1er' : day}\u00a0${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

function isWholeYears(period: ValuePeriod): period is { start: Date; end: Date } {
  return (
    period.end !== undefined &&
    period.start.getUTCMonth() === 0 &&
    period.start.getUTCDate() === 1 &&
    period.end.getUTCMonth() === 11 &&
    period.end.getUTCDate() === 31
  );
}

/** « pour 2025 », « depuis le 1er avril 2026 », « (2024–2030) », « (du … au …) ». */
export function describePeriod(value: DatedValue, period: ValuePeriod): string {
  if (value.annee !== undefined) return `pour ${value.annee}`;
  if (period.end === undefined) return `depuis le ${formatDay(period.start)}`;
  if (isWholeYears(period)) {
    const [from, to] = [period.start.getUTCFullYear(), period.end.getUTCFullYear()];
    return from === to ? `pour ${from}` : `(${from}–${to})`;
  }
  return `(du ${formatDay(period.start)} au ${formatDay(period.end)})`;
}

/**
 * No-break spaces inside a figure, so it never splits across lines: a narrow one between digit
 * groups (« 80 011 »), an ordinary one before a unit (« 80 011 € », « 50 % », « € HT »).
 */
export function figureSpacing(value: string): string {
  return value
    .replace(/(\d)[ \u00a0\u202f](?=\d{3}\b)/g, '$1\u202f')
    .replace(/(\d) (?=[€%])/g, '$1\u00a0')
    .replace(/€ (?=HT|TTC)/g, '€\u00a0');
}

export interface ValueText {
  state: ValueState['kind'];
  /** The figure as written in the registry. */
  value: string;
  /** Its period, or '' for a permanent value. */
  period: string;
  /** For a past value: what is missing (« montant 2026 non encore publié »); otherwise ''. */
  missing: string;
}

/** The value of a fact on a day, split into parts a component can style; undefined without value. */
export function valueText(fact: FactWithValues, date: Date): ValueText | undefined {
  const state = valueState(fact, date);
  switch (state.kind) {
    case 'none':
      return undefined;
    case 'permanent':
      return { state: state.kind, value: figureSpacing(state.value.valeur), period: '', missing: '' };
    case 'current':
      return { state: state.kind, value: figureSpacing(state.value.valeur), period: describePeriod(state.value, state.period), missing: '' };
    case 'future':
      return { state: state.kind, value: figureSpacing(state.value.valeur), period: `à partir du ${formatDay(state.period.start)}`, missing: '' };
    case 'past': {
      const published = VALUE_NOUNS[fact.libelle] === 'f' ? 'publiée' : 'publié';
      const when = state.value.annee !== undefined ? String(date.getUTCFullYear()) : 'en vigueur';
      const period =
        state.value.annee !== undefined ? `pour ${state.value.annee}` : `jusqu’au ${formatDay(state.period.end ?? state.period.start)}`;
      return { state: state.kind, value: figureSpacing(state.value.valeur), period, missing: `${fact.libelle} ${when} non encore ${published}` };
    }
  }
}

/** The whole sentence fragment: « 80 011 € pour 2025\u202f; montant 2026 non encore publié ». */
export function formatValue(fact: FactWithValues, date: Date): string | undefined {
  const text = valueText(fact, date);
  if (!text) return undefined;
  const main = text.period ? `${text.value} ${text.period}` : text.value;
  return text.missing ? `${main}\u202f; ${text.missing}` : main;
}
