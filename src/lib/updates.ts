/**
 * The "what's new" list shared by the home page, /nouveautes/, the RSS feed and the newsletter
 * digest. A page counts once, at its latest event worth announcing: its publication, or its latest
 * update that carries a « what changed » note (`changes` in its frontmatter). An update without a
 * note — a typo fixed, a link mended — moves `updated` only and is not announced.
 */
import { hrefOf } from './navigation.ts';
import { PAGE_TYPES, THEMES, type ThemeId } from './taxonomy.ts';

/** The collections whose pages are announced. */
export type UpdateCollection = 'guides' | 'fiches' | 'outils';

export interface UpdateSource {
  readonly collection: UpdateCollection;
  readonly id: string;
  readonly data: {
    readonly title: string;
    readonly description: string;
    readonly published: Date;
    readonly changes: readonly { readonly date: Date; readonly note: string }[];
    /** The first theme is the main one (tools have none). */
    readonly themes?: readonly ThemeId[] | undefined;
  };
}

export interface Update {
  title: string;
  description: string;
  href: string;
  kind: (typeof PAGE_TYPES)['guide' | 'fiche' | 'outil'];
  /** The label of the page's main theme, if it has one. */
  theme: string | undefined;
  /** When it was published, or updated with a note. */
  date: Date;
  published: Date;
  /** True for an update with a note, false for a new page. */
  isUpdate: boolean;
  /** What changed, for an update. */
  note: string | undefined;
}

const KINDS = {
  guides: PAGE_TYPES.guide,
  fiches: PAGE_TYPES.fiche,
  outils: PAGE_TYPES.outil,
} as const satisfies Record<UpdateCollection, Update['kind']>;

/** The page's latest event worth announcing. */
export function updateOf({ collection, id, data }: UpdateSource): Update {
  const latest = [...data.changes].sort((a, b) => b.date.getTime() - a.date.getTime())[0];
  const isUpdate = latest !== undefined && latest.date.getTime() > data.published.getTime();
  const theme = data.themes?.[0];
  return {
    title: data.title,
    description: data.description,
    href: hrefOf({ collection, id }),
    kind: KINDS[collection],
    theme: theme === undefined ? undefined : THEMES[theme],
    date: isUpdate ? latest.date : data.published,
    published: data.published,
    isUpdate,
    note: isUpdate ? latest.note : undefined,
  };
}

/** Every page at its latest event worth announcing, the latest first (then by title). */
export function latestFirst(entries: readonly UpdateSource[]): Update[] {
  return entries
    .map(updateOf)
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title, 'fr'));
}

/**
 * How many changes `/nouveautes/` and the RSS feed list: enough for months of publishing, while the
 * page and the feed stay the same size however large the site grows (at 5 000 pages, listing
 * everything made `/nouveautes/` weigh 216 KB gzipped). Older pages stay reachable from the
 * guides, fiches and themes.
 */
export const LISTED_UPDATES = 100;

/** The latest `LISTED_UPDATES` of a list `latestFirst` returns. */
export function listedUpdates(updates: readonly Update[]): Update[] {
  return updates.slice(0, LISTED_UPDATES);
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * The latest changes, for a newsletter digest: those of the `days` before the most recent one
 * (a month by default), at most `max`. Expects the list `latestFirst` returns.
 */
export function recentChanges(updates: readonly Update[], { days = 31, max = 8 } = {}): Update[] {
  const newest = updates[0];
  if (newest === undefined) return [];
  const since = newest.date.getTime() - days * DAY;
  return updates.filter((u) => u.date.getTime() > since).slice(0, max);
}
