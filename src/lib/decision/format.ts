/** French number formatting for explanations, independent of the runtime's locale data. */

const NBSP = '\u00a0';

/** 0.15 → « 15 % », 1/3 → « 33,3 % » (one decimal at most). */
export function formatPercent(fraction: number, decimals = 1): string {
  return `${formatNumber(fraction * 100, decimals)}${NBSP}%`;
}

/** 2.5 → « 2,5 », 1234 → « 1 234 »; at most `decimals` decimals, trailing zeros dropped. */
export function formatNumber(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  const negative = rounded < 0;
  const [intPart = '0', fracPart] = Math.abs(rounded).toFixed(decimals).split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  const frac = (fracPart ?? '').replace(/0+$/, '');
  return `${negative ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/** « 1 membre », « 3 membres ». */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(count, 0)} ${count === 1 || count === 0 ? singular : pluralForm}`;
}

/** « Alice, Bob et Chloé ». */
export function listFr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1] ?? ''}`;
}
