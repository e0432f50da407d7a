import { describe, expect, it } from 'vitest';
import {
  entriesOfTheme,
  groupByTheme,
  hrefOf,
  isToolHome,
  LEAD_SECTIONS,
  navigationOrder,
  toolPageTitle,
  SECTIONS,
  withNeighbours,
  type NavEntry,
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
