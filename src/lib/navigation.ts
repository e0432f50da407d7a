/**
 * Where every page lives and in which order readers meet it: the URL of each kind of entry, the
 * order of guides and fiches in navigation, previous/next, and the sections every guide or fiche
 * page has above its body. Independent of Astro: it takes plain objects shaped like content
 * entries (an Astro entry or reference fits as it is), so it is unit-tested.
 */
import { THEME_IDS, THEMES, TOOLS, type ThemeId, type ToolId } from './taxonomy.ts';

/** Anything with an address of its own. */
export type EntryRef =
  | { readonly collection: 'guides' | 'fiches' | 'glossary'; readonly id: string }
  | { readonly collection: 'themes'; readonly id: ThemeId }
  | { readonly collection: 'tools'; readonly id: ToolId }
  /** A page of content/outils/: a tool's page, or a page under it (`autodiagnostic-cooperation/synthese`). */
  | { readonly collection: 'outils'; readonly id: string };

/** The URL path of an entry: the only place that knows how content maps to addresses. */
export function hrefOf(entry: EntryRef): string {
  switch (entry.collection) {
    case 'guides':
      return `/guides/${entry.id}/`;
    case 'fiches':
      return `/fiches/${entry.id}/`;
    case 'glossary':
      return `/glossaire/#${entry.id}`;
    case 'themes':
      return `/themes/${entry.id}/`;
    case 'tools':
      return TOOLS[entry.id].path;
    case 'outils':
      return `/outils/${entry.id}/`;
  }
}

/** A fiche's presentation view, one step per screen for a projector (src/pages/fiches/[slug]/presentation.astro). */
export function presentationHrefOf(fiche: { readonly id: string }): string {
  return `${hrefOf({ collection: 'fiches', id: fiche.id })}presentation/`;
}

/** A fiche's presentation view: a second view of the fiche, left out of search, the sitemap and the feed. */
export function isPresentationPath(path: string): boolean {
  return /^\/fiches\/[^/]+\/presentation\/$/.test(path);
}

/** A page of content/outils/, as far as its title is concerned. */
export interface ToolPageEntry {
  readonly id: string;
  readonly data: { readonly tool: ToolId; readonly titre?: string | undefined };
}

/** Whether the page is the tool's own page (not a page under it). */
export function isToolHome(entry: ToolPageEntry): boolean {
  return hrefOf({ collection: 'outils', id: entry.id }) === TOOLS[entry.data.tool].path;
}

/** The title of a tool's page: the tool's title, or the page's own for a page under a tool. */
export function toolPageTitle(entry: ToolPageEntry): string {
  const tool = TOOLS[entry.data.tool];
  return isToolHome(entry) ? tool.title : (entry.data.titre ?? tool.title);
}

/** The collections that have a page per entry, each with its index page. */
export type PageCollection = 'guides' | 'fiches';

export const SECTIONS = {
  guides: { href: '/guides/', label: 'Guides' },
  fiches: { href: '/fiches/', label: 'Fiches pratiques' },
} as const satisfies Record<PageCollection, { href: string; label: string }>;

/** The index of the tools. */
export const TOOLS_SECTION = { href: '/outils/', label: 'Outils' } as const;

/** A main entry point of the site, as listed where a reader is lost (page not found, offline). */
export interface EntryPoint {
  readonly href: string;
  readonly label: string;
  readonly text: string;
}

/** The main entry points, by name; each page lists those that make sense where it stands. */
export const ENTRY_POINTS = {
  home: { href: '/', label: 'L’accueil', text: 'les thèmes et les pages récentes' },
  guides: { href: SECTIONS.guides.href, label: 'Les guides', text: 'comprendre et accompagner, thème par thème' },
  fiches: { href: SECTIONS.fiches.href, label: 'Les fiches pratiques', text: 'des méthodes d’animation prêtes pour un atelier' },
  tools: { href: TOOLS_SECTION.href, label: 'Les outils', text: 'autodiagnostics, simulateur de décision, écueils' },
  glossary: { href: '/glossaire/', label: 'Le glossaire', text: 'les sigles et les mots de la coopération' },
  news: { href: '/nouveautes/', label: 'Les nouveautés', text: 'les pages ajoutées ou mises à jour' },
  search: { href: '/recherche/', label: 'La recherche', text: 'dans les titres et le texte de toutes les pages' },
} as const satisfies Record<string, EntryPoint>;

/**
 * The section above the body of every page of a collection ("En bref" of a guide, "En pratique"
 * of a fiche): it is in the table of contents, and links may point to its id like to a heading.
 */
export const LEAD_SECTIONS = {
  guides: { depth: 2, slug: 'en-bref', text: 'En bref' },
  fiches: { depth: 2, slug: 'en-pratique', text: 'En pratique' },
} as const satisfies Record<PageCollection, { depth: number; slug: string; text: string }>;

/** A guide or fiche, as far as navigation is concerned. */
export interface NavEntry {
  readonly collection: PageCollection;
  readonly id: string;
  readonly data: {
    readonly title: string;
    /** The first theme is the main one: the page is listed under it. */
    readonly themes: readonly ThemeId[];
    /** Position inside its main theme (lower first). */
    readonly order: number;
  };
}

export interface PageLink {
  href: string;
  title: string;
}

export function linkTo(entry: NavEntry): PageLink {
  return { href: hrefOf(entry), title: entry.data.title };
}

export interface ThemeGroup<E extends NavEntry> {
  theme: ThemeId;
  label: string;
  entries: E[];
}

const french = new Intl.Collator('fr');
const byTitle = (a: NavEntry, b: NavEntry): number => french.compare(a.data.title, b.data.title);
const byOrderThenTitle = (a: NavEntry, b: NavEntry): number => a.data.order - b.data.order || byTitle(a, b);
/** File-name order, the order in which Astro returns a collection. */
const byId = (a: NavEntry, b: NavEntry): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Groups entries under their first (main) theme, in the fixed theme order, by order then title.
 * Themes without entries are left out. An entry appears once, so navigation and previous/next agree.
 */
export function groupByTheme<E extends NavEntry>(entries: readonly E[]): ThemeGroup<E>[] {
  return THEME_IDS.map((theme) => ({
    theme,
    label: THEMES[theme],
    entries: entries.filter((e) => e.data.themes[0] === theme).sort(byOrderThenTitle),
  })).filter((group) => group.entries.length > 0);
}

/**
 * Navigation order, shared by the sidebar, the index pages and previous/next: guides theme by
 * theme as grouped by `groupByTheme`, fiches by title. Guides come before fiches.
 */
export function navigationOrder<E extends NavEntry>(entries: readonly E[]): E[] {
  const guides = groupByTheme(entries.filter((e) => e.collection === 'guides')).flatMap((group) => group.entries);
  const fiches = entries.filter((e) => e.collection === 'fiches').sort(byTitle);
  return [...guides, ...fiches];
}

export interface WithNeighbours<E extends NavEntry> {
  entry: E;
  previous: PageLink | undefined;
  next: PageLink | undefined;
}

/** Each entry with the previous and next page of its collection in navigation order. */
export function withNeighbours<E extends NavEntry>(entries: readonly E[]): WithNeighbours<E>[] {
  return (['guides', 'fiches'] as const).flatMap((collection) => {
    const ordered = navigationOrder(entries.filter((e) => e.collection === collection));
    const at = (i: number) => {
      const entry = ordered[i];
      return entry === undefined ? undefined : linkTo(entry);
    };
    return ordered.map((entry, i) => ({ entry, previous: at(i - 1), next: at(i + 1) }));
  });
}

/**
 * The pages of a theme page: every entry tagged with the theme, main theme or not. Guides by
 * order, then in file-name order; fiches in file-name order.
 */
export function entriesOfTheme<E extends NavEntry>(entries: readonly E[], theme: ThemeId): { guides: E[]; fiches: E[] } {
  const tagged = entries.filter((e) => e.data.themes.includes(theme)).sort(byId);
  return {
    guides: tagged.filter((e) => e.collection === 'guides').sort((a, b) => a.data.order - b.data.order || byId(a, b)),
    fiches: tagged.filter((e) => e.collection === 'fiches'),
  };
}

/**
 * How many pages of one list the sidebar shows at most: the current theme's guides on a guide
 * page, the fiches on a fiche page. Longer lists show a window around the current page and a
 * link to the page that lists them all, so a page's navigation stays the same size whether the
 * site has 25 guides or 5 000. Seven: the page and three on each side, with previous/next below
 * the article; each more link costs every page of a large theme about 40 bytes gzipped.
 */
export const SIDEBAR_WINDOW = 7;

/**
 * How many guides of a theme the guides index shows; a theme with more shows its first ones and
 * a link to its theme page, so the index stays the same size at any number of guides.
 */
export const GUIDES_INDEX_PER_THEME = 12;

/** A link of the sidebar; `current` is the page being read. */
export interface SidebarLink extends PageLink {
  current: boolean;
}

/** Part of a list shown in the sidebar, and the page that has the whole list when some is left out. */
export interface SidebarList {
  links: SidebarLink[];
  /** How many pages the whole list has, and where it is; only when the sidebar leaves some out. */
  all: { href: string; count: number } | undefined;
}

export interface SidebarTheme extends SidebarLink {
  theme: ThemeId;
  /** The theme's guides, for the theme being read only. */
  pages: SidebarList | undefined;
}

export interface Sidebar {
  guides: SidebarLink & { themes: SidebarTheme[] };
  fiches: SidebarLink & { pages: SidebarList | undefined };
  tools: SidebarLink;
}

/**
 * Everything the sidebar of any page needs, computed once per build: guides by main theme in
 * navigation order, fiches in navigation order, how many guides each theme page lists, and
 * where each page sits. `sidebarFor` then takes constant time per page.
 */
export interface NavIndex {
  themes: { theme: ThemeId; label: string; href: string; guides: PageLink[]; count: number }[];
  fiches: PageLink[];
  positions: Map<string, { list: 'fiches' } | { list: 'theme'; theme: number }>;
}

export function navIndex(entries: readonly NavEntry[]): NavIndex {
  const positions: NavIndex['positions'] = new Map();
  const guides = entries.filter((e) => e.collection === 'guides');
  const themes = groupByTheme(guides).map((group, i) => {
    const links = group.entries.map(linkTo);
    for (const link of links) positions.set(link.href, { list: 'theme', theme: i });
    const href = hrefOf({ collection: 'themes', id: group.theme });
    positions.set(href, { list: 'theme', theme: i });
    const count = guides.filter((g) => g.data.themes.includes(group.theme)).length;
    return { theme: group.theme, label: group.label, href, guides: links, count };
  });
  const fiches = navigationOrder(entries.filter((e) => e.collection === 'fiches')).map(linkTo);
  for (const link of fiches) positions.set(link.href, { list: 'fiches' });
  return { themes, fiches, positions };
}

/**
 * At most `size` links of `list` around the current page (the first ones when the current page
 * is not in the list), and, when some are left out, where the whole list is.
 */
export function sidebarWindow(list: readonly PageLink[], current: string, all: { href: string; count: number }, size = SIDEBAR_WINDOW): SidebarList {
  const at = list.findIndex((link) => link.href === current);
  const before = Math.floor((size - 1) / 2);
  const start = Math.max(0, Math.min(at - before, list.length - size));
  const links = list.slice(start, start + size).map((link) => ({ ...link, current: link.href === current }));
  return { links, all: links.length < list.length && all.href !== current ? all : undefined };
}

/**
 * The sidebar of the page at `path`: the sections, every theme (a fixed, short list), and only
 * the list the page belongs to, cut to `SIDEBAR_WINDOW` links: the current theme's guides on a
 * guide or theme page, the fiches on a fiche page.
 */
export function sidebarFor(index: NavIndex, path: string, size = SIDEBAR_WINDOW): Sidebar {
  const here = index.positions.get(path);
  const link = (href: string, title: string): SidebarLink => ({ href, title, current: href === path });
  return {
    guides: {
      ...link(SECTIONS.guides.href, SECTIONS.guides.label),
      themes: index.themes.map((t, i) => ({
        ...link(t.href, t.label),
        theme: t.theme,
        pages: here?.list === 'theme' && here.theme === i ? sidebarWindow(t.guides, path, { href: t.href, count: t.count }, size) : undefined,
      })),
    },
    fiches: {
      ...link(SECTIONS.fiches.href, SECTIONS.fiches.label),
      pages:
        here?.list === 'fiches' ? sidebarWindow(index.fiches, path, { href: SECTIONS.fiches.href, count: index.fiches.length }, size) : undefined,
    },
    tools: link(TOOLS_SECTION.href, TOOLS_SECTION.label),
  };
}
