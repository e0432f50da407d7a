/** Validity periods of a fact's values, as UTC day bounds (both included). */

export interface ValuePeriod {
  start: Date;
  /** Undefined while the value is still in force. */
  end: Date | undefined;
}

export interface DatedValue {
  annee?: number | undefined;
  du?: Date | undefined;
  au?: Date | undefined;
}

/** The period of a value, or undefined for a value stated without a period (a permanent rule). */
export function periodOf(value: DatedValue): ValuePeriod | undefined {
  if (value.annee !== undefined) {
    return { start: new Date(Date.UTC(value.annee, 0, 1)), end: new Date(Date.UTC(value.annee, 11, 31)) };
  }
  if (value.du !== undefined) return { start: value.du, end: value.au };
  return undefined;
}

/** The calendar day of a date, at 00:00 UTC, so periods compare by day. */
export function dayOf(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function contains(period: ValuePeriod, date: Date): boolean {
  const day = dayOf(date);
  return period.start <= day && (period.end === undefined || day <= period.end);
}
