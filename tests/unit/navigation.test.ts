import { describe, expect, it } from 'vitest';
import {
  entriesOfTheme,
  groupByTheme,
  hrefOf,
  presentationHrefOf,
  isPresentationPath,
  isToolHome,
  LEAD_SECTIONS,
  navigationOrder,
  navIndex,
  sidebarFor,
  sidebarWindow,
  toolPageTitle,
  SECTIONS,
  SIDEBAR_WINDOW,
  withNeighbours,
  type NavEntry,
  type Sidebar,
} from '../../src/lib/navigation.ts';
import { TOOLS } from '../../src/lib/taxonomy.ts';

const entry = (
  collection: NavEntry['collection'],
  id: string,
  themes: NavEntry['data']['themes'],
  order = 100,
  title = id.toUpperCase(),
): NavEntry => ({ collection, id, data: { title, themes, order } });
const guide = (id: string, themes: NavEntry['data']['themes'], order = 100, title?: string) =>
  entry('guides', id, themes, order, title);
const fiche = (id: string, title: string, themes: NavEntry['data']['themes'] = ['diagnostic'], order = 100) =>
  entry('fiches', id, themes, order, title);
const ids = (entries: readonly { id: string }[]) => entries.map((e) => e.id);

describe('hrefOf', () => {
  it('maps each kind of entry to its address', () => {
    expect(hrefOf({ collection: 'guides', id: 'ptce' })).toBe('/guides/ptce/');
    expect(hrefOf({ collection: 'fiches', id: 'world-cafe' })).toBe('/fiches/world-cafe/');
    expect(presentationHrefOf({ id: 'world-cafe' })).toBe('/fiches/world-cafe/presentation/');
    expect(isPresentationPath(presentationHrefOf({ id: 'world-cafe' }))).toBe(true);
    expect(['/fiches/world-cafe/', '/fiches/presentation/', '/guides/x/presentation/'].filter(isPresentationPath)).toEqual([]);
    expect(hrefOf({ collection: 'glossary', id: 'scic' })).toBe('/glossaire/#scic');
    expect(hrefOf({ collection: 'themes', id: 'gouvernance' })).toBe('/themes/gouvernance/');
    expect(hrefOf({ collection: 'tools', id: 'simulateur-decision' })).toBe(TOOLS['simulateur-decision'].path);
    expect(hrefOf({ collection: 'outils', id: 'autodiagnostic-cooperation/synthese' })).toBe('/outils/autodiagnostic-cooperation/synthese/');
  });

  it('titles a tool’s page by the tool, and a page under a tool by its own title', () => {
    const home = { id: 'simulateur-decision', data: { tool: 'simulateur-decision', titre: 'Ignoré' } } as const;
    const under = { id: 'autodiagnostic-cooperation/synthese', data: { tool: 'autodiagnostic-cooperation', titre: 'Synthèse du collectif' } } as const;
    expect(isToolHome(home)).toBe(true);
    expect(toolPageTitle(home)).toBe(TOOLS['simulateur-decision'].title);
    expect(isToolHome(under)).toBe(false);
    expect(toolPageTitle(under)).toBe('Synthèse du collectif');
    expect(hrefOf({ collection: 'outils', id: home.id })).toBe(TOOLS['simulateur-decision'].path);
  });

  it('places every entry page under its section index', () => {
    for (const collection of ['guides', 'fiches'] as const) {
      expect(hrefOf({ collection, id: 'x' }).startsWith(SECTIONS[collection].href)).toBe(true);
    }
  });

  it('gives the lead sections distinct ids, as link targets', () => {
    expect(LEAD_SECTIONS.guides.slug).not.toBe(LEAD_SECTIONS.fiches.slug);
  });
});

describe('groupByTheme', () => {
  it('groups by main theme in the fixed theme order and sorts by order then title', () => {
    const groups = groupByTheme([
      guide('b', ['gouvernance'], 20),
      guide('a', ['gouvernance'], 10),
      guide('c', ['comprendre', 'gouvernance']),
      guide('z', ['gouvernance'], 20),
    ]);
    expect(groups.map((g) => g.theme)).toEqual(['comprendre', 'gouvernance']);
    expect(ids(groups[1]?.entries ?? [])).toEqual(['a', 'b', 'z']);
  });

  it('lists an entry once, under its first theme', () => {
    const groups = groupByTheme([guide('c', ['comprendre', 'gouvernance'])]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.label).toBe('Comprendre la coopération et les PTCE');
  });
});

describe('navigationOrder', () => {
  it('orders guides theme by theme and fiches by French title, guides first', () => {
    const ordered = navigationOrder([
      fiche('e', 'Écrire une charte'),
      guide('x', ['ecueils']),
      fiche('l', 'La météo', ['comprendre'], 1),
      guide('y', ['comprendre']),
      fiche('a', 'Arbre'),
      guide('w', ['diagnostic']),
    ]);
    // Accents sort as their base letter (É with E), and a fiche's theme and order play no part.
    expect(ids(ordered)).toEqual(['y', 'w', 'x', 'a', 'e', 'l']);
  });
});

describe('withNeighbours', () => {
  const entries = [
    guide('x', ['ecueils']),
    fiche('f2', 'Deux'),
    guide('y', ['comprendre']),
    fiche('f1', 'Un'),
    guide('w', ['diagnostic']),
  ];
  const byId = new Map(withNeighbours(entries).map((n) => [n.entry.id, n]));

  it('gives each page the previous and next page of its collection, in navigation order', () => {
    expect(byId.get('w')).toMatchObject({
      previous: { href: '/guides/y/', title: 'Y' },
      next: { href: '/guides/x/', title: 'X' },
    });
    expect(byId.get('f2')?.previous).toBeUndefined();
    expect(byId.get('f2')?.next).toEqual({ href: '/fiches/f1/', title: 'Un' });
  });

  it('has no previous for the first page, no next for the last, and never crosses collections', () => {
    expect(byId.get('y')?.previous).toBeUndefined();
    expect(byId.get('x')?.next).toBeUndefined();
    expect(byId.get('f1')?.next).toBeUndefined();
    expect(byId.size).toBe(entries.length);
  });
});

describe('entriesOfTheme', () => {
  it('lists every entry tagged with the theme: guides by order then file name, fiches by file name', () => {
    const { guides, fiches } = entriesOfTheme(
      [
        guide('prevenir', ['posture'], 30, 'Prévenir'),
        guide('autre', ['comprendre']),
        guide('pourquoi', ['comprendre', 'posture'], 30, 'Pourquoi'),
        guide('posture', ['posture'], 20),
        fiche('traiter', 'Traiter une tension', ['posture']),
        fiche('meteo', 'La météo', ['comprendre', 'posture']),
      ],
      'posture',
    );
    expect(ids(guides)).toEqual(['posture', 'pourquoi', 'prevenir']);
    expect(ids(fiches)).toEqual(['meteo', 'traiter']);
  });
});

describe('sidebar', () => {
  const THEMES = ['comprendre', 'diagnostic', 'gouvernance', 'posture', 'vision', 'temps', 'autonomie', 'financement', 'territoire', 'ecueils', 'experimentation'] as const;
  /** `n` guides spread over the themes in turn, as the generated corpora are, and 17 fiches. */
  const site = (n: number): NavEntry[] => [
    ...Array.from({ length: n }, (_, i) => guide(`g${String(i).padStart(5, '0')}`, [THEMES[i % THEMES.length]!], i)),
    ...Array.from({ length: 17 }, (_, i) => fiche(`f${i}`, `Fiche ${String(i).padStart(2, '0')}`)),
  ];
  const links = (s: Sidebar) => [
    s.guides,
    ...s.guides.themes.flatMap((t) => [t, ...(t.pages?.links ?? []), ...(t.pages?.all ? [t.pages.all] : [])]),
    s.fiches,
    ...(s.fiches.pages?.links ?? []),
    ...(s.fiches.pages?.all ? [s.fiches.pages.all] : []),
    s.tools,
  ];
  const current = (s: Sidebar) => links(s).filter((l) => 'current' in l && l.current).map((l) => l.href);

  it('lists every theme and only the current theme’s guides, the current page marked', () => {
    const index = navIndex(site(22));
    const sidebar = sidebarFor(index, '/guides/g00013/');
    expect(sidebar.guides.themes.map((t) => t.theme)).toEqual([...THEMES]);
    expect(sidebar.guides.themes.map((t) => t.href)).toEqual(THEMES.map((t) => `/themes/${t}/`));
    const open = sidebar.guides.themes.filter((t) => t.pages);
    expect(open.map((t) => [t.theme, t.current])).toEqual([['gouvernance', false]]);
    expect(open[0]?.pages?.links.map((l) => l.href)).toEqual(['/guides/g00002/', '/guides/g00013/']);
    expect(open[0]?.pages?.all).toBeUndefined();
    expect(current(sidebar)).toEqual(['/guides/g00013/']);
    expect(sidebar.fiches.pages).toBeUndefined();
  });

  it.each([1_000, 5_000])('stays the same size at %i guides: a window around the page and a link to its theme', (n) => {
    const index = navIndex(site(n));
    const middle = `/guides/g${String(Math.floor(n / 2)).padStart(5, '0')}/`;
    for (const path of ['/guides/g00000/', middle, `/guides/g${String(n - 1).padStart(5, '0')}/`, '/themes/ecueils/', '/fiches/f9/', '/guides/', '/']) {
      const sidebar = sidebarFor(index, path);
      // 11 themes, at most one window of SIDEBAR_WINDOW pages and its « Voir les N » link, 3 sections.
      expect(links(sidebar).length, path).toBeLessThanOrEqual(THEMES.length + SIDEBAR_WINDOW + 1 + 3);
    }
    const sidebar = sidebarFor(index, middle);
    const open = sidebar.guides.themes.find((t) => t.pages);
    expect(open?.pages?.links).toHaveLength(SIDEBAR_WINDOW);
    expect(open?.pages?.links.filter((l) => l.current).map((l) => l.href)).toEqual([middle]);
    // The page sits in the window with pages before and after it.
    const at = open?.pages?.links.findIndex((l) => l.current) ?? -1;
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(SIDEBAR_WINDOW - 1);
    // « Voir les N guides du thème »: as many as the theme page lists.
    const theme = open?.theme ?? 'comprendre';
    expect(open?.pages?.all).toEqual({ href: `/themes/${theme}/`, count: entriesOfTheme(site(n), theme).guides.length });
  });

  it('on a theme page, opens that theme at its first guides, marked as the page, with no link to itself', () => {
    const sidebar = sidebarFor(navIndex(site(1_000)), '/themes/gouvernance/');
    const open = sidebar.guides.themes.filter((t) => t.pages);
    expect(open.map((t) => [t.theme, t.current])).toEqual([['gouvernance', true]]);
    expect(open[0]?.pages?.links.map((l) => l.href)).toEqual(
      Array.from({ length: SIDEBAR_WINDOW }, (_, i) => `/guides/g${String(2 + i * 11).padStart(5, '0')}/`),
    );
    expect(open[0]?.pages?.all).toBeUndefined();
  });

  it('on a fiche page, lists the fiches around it and links to all of them; elsewhere only the section', () => {
    const index = navIndex(site(30));
    const fiches = sidebarFor(index, '/fiches/f16/').fiches;
    expect(fiches.pages?.links.map((l) => l.title)).toEqual(Array.from({ length: SIDEBAR_WINDOW }, (_, i) => `Fiche ${String(17 - SIDEBAR_WINDOW + i).padStart(2, '0')}`));
    expect(fiches.pages?.all).toEqual({ href: '/fiches/', count: 17 });
    expect(sidebarFor(index, '/fiches/f16/').guides.themes.some((t) => t.pages)).toBe(false);
    expect(sidebarFor(index, '/guides/g00001/').fiches.pages).toBeUndefined();
    const onIndex = sidebarFor(index, '/fiches/');
    expect([onIndex.fiches.current, onIndex.fiches.pages]).toEqual([true, undefined]);
    expect(sidebarFor(index, '/guides/').guides.current).toBe(true);
  });
});

describe('sidebarWindow', () => {
  const list = Array.from({ length: 30 }, (_, i) => ({ href: `/p${i}/`, title: `P${i}` }));
  const all = { href: '/tout/', count: 30 };
  const hrefs = (w: ReturnType<typeof sidebarWindow>) => w.links.map((l) => l.href);

  it('centres the current page, and keeps the window full at both ends', () => {
    expect(hrefs(sidebarWindow(list, '/p15/', all, 5))).toEqual(['/p13/', '/p14/', '/p15/', '/p16/', '/p17/']);
    expect(hrefs(sidebarWindow(list, '/p0/', all, 5))).toEqual(['/p0/', '/p1/', '/p2/', '/p3/', '/p4/']);
    expect(hrefs(sidebarWindow(list, '/p29/', all, 5))).toEqual(['/p25/', '/p26/', '/p27/', '/p28/', '/p29/']);
    expect(hrefs(sidebarWindow(list, '/ailleurs/', all, 5))).toEqual(['/p0/', '/p1/', '/p2/', '/p3/', '/p4/']);
  });

  it('links to the whole list only when some of it is left out', () => {
    expect(sidebarWindow(list, '/p3/', all, 5).all).toEqual(all);
    expect(sidebarWindow(list.slice(0, 5), '/p3/', all, 5).all).toBeUndefined();
    expect(sidebarWindow(list.slice(0, 3), '/p1/', all, 5).links).toHaveLength(3);
  });
});
