/**
 * The scrolling wrapper of a Markdown table: a wide table scrolls inside it, and it is a named,
 * focusable region so that keyboard users can scroll it too (as the tools' tables do). Used by
 * the Markdown plugin src/markdown/table-scroll.ts.
 */

import { escapeHtml } from './heading-anchor.ts';

export const TABLE_SCROLL_CLASS = 'table-scroll';

/**
 * What a screen reader says for the region: the table's caption, or else the heading of its
 * section; numbered when a page has several tables of the same name, so that every region's name
 * is unique.
 */
export function tableRegionLabel(name: string, occurrence: number): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  const title = occurrence > 1 ? `Tableau ${occurrence}` : 'Tableau';
  return clean === '' ? title : `${title}\u202f: ${clean}`;
}

/** The wrapper alone, as HTML: the table goes inside it. */
export function tableScrollWrapperHtml(label: string): string {
  return `<div class="${TABLE_SCROLL_CLASS}" role="region" tabindex="0" aria-label="${escapeHtml(label)}"></div>`;
}
