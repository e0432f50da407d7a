/** French number formatting for results (decimal comma). */

/** « 3,5 » — one decimal by default; « – » for a missing value. */
export function formatDecimal(value: number | undefined, decimals = 1): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  return value.toLocaleString('fr-FR', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** A 0–100 score, « 63 ». */
export function formatScore(value: number | undefined): string {
  return value === undefined ? '–' : String(Math.round(value));
}

/** French plural: « 1 réponse », « 3 réponses ». */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n}\u00a0${n > 1 ? pluralForm : singular}`;
}
