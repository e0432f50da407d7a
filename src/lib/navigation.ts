/**
 * Navigation helpers: grouping pages by theme and ordering them, independent of Astro so
 * they can be unit-tested.
 */
import { THEME_IDS, THEMES, type ThemeId } from './taxonomy';

export interface NavPage {
  id: string;
  title: string;
  href: string;
  themes: readonly ThemeId[];
  order: number;
}

export interface ThemeGroup<P extends NavPage> {
  theme: ThemeId;
  label: string;
  pages: P[];
}

function byOrderThenTitle(a: NavPage, b: NavPage): number {
  return a.order - b.order || a.title.localeCompare(b.title, 'fr');
}

/**
 * Groups pages under their first (main) theme, in the fixed theme order. Themes without
 * pages are left out. A page appears once, so navigation and previous/next agree.
 */
export function groupByTheme<P extends NavPage>(pages: readonly P[]): ThemeGroup<P>[] {
  return THEME_IDS.map((theme) => ({
    theme,
    label: THEMES[theme],
    pages: pages.filter((p) => p.themes[0] === theme).sort(byOrderThenTitle),
  })).filter((group) => group.pages.length > 0);
}

/** Reading order: theme by theme, as in the sidebar. */
export function readingOrder<P extends NavPage>(pages: readonly P[]): P[] {
  return groupByTheme(pages).flatMap((group) => group.pages);
}

/** Previous and next page in reading order. */
export function neighbours<P extends NavPage>(
  pages: readonly P[],
  id: string,
): { previous: P | undefined; next: P | undefined } {
  const ordered = readingOrder(pages);
  const index = ordered.findIndex((p) => p.id === id);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}
