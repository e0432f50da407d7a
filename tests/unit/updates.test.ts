import { describe, expect, it } from 'vitest';
import { LISTED_UPDATES, latestFirst, listedUpdates, recentChanges, type UpdateSource } from '../../src/lib/updates.ts';
import { THEMES } from '../../src/lib/taxonomy.ts';

const page = (
  collection: UpdateSource['collection'],
  id: string,
  title: string,
  published: string,
  changes: [string, string][] = [],
): UpdateSource => ({
  collection,
  id,
  data: {
    title,
    description: `${title}.`,
    published: new Date(published),
    changes: changes.map(([date, note]) => ({ date: new Date(date), note })),
    themes: collection === 'outils' ? undefined : ['gouvernance', 'vision'],
  },
});

describe('latestFirst', () => {
  it('lists each page at its latest event worth announcing, the latest first, then by title', () => {
    const updates = latestFirst([
      page('guides', 'b', 'Bêta', '2026-01-01', [['2026-03-01', 'Nouvelle section sur les collèges.']]),
      page('fiches', 'a', 'Alpha', '2026-03-01'),
      page('guides', 'c', 'Gamma', '2026-02-01'),
      page('outils', 'simulateur-decision', 'Simulateur', '2026-02-15'),
    ]);
    expect(updates.map((u) => [u.href, u.kind, u.isUpdate, u.date.toISOString().slice(0, 10)])).toEqual([
      ['/fiches/a/', 'Fiche pratique', false, '2026-03-01'],
      ['/guides/b/', 'Guide', true, '2026-03-01'],
      ['/outils/simulateur-decision/', 'Outil', false, '2026-02-15'],
      ['/guides/c/', 'Guide', false, '2026-02-01'],
    ]);
  });

  it('announces an update with its note, and the latest note of several', () => {
    const [update] = latestFirst([
      page('guides', 'b', 'Bêta', '2026-01-01', [
        ['2026-02-01', 'Première mise à jour de la page.'],
        ['2026-04-01', 'Deuxième mise à jour de la page.'],
        ['2026-03-01', 'Entre les deux, dans le désordre.'],
      ]),
    ]);
    expect(update?.isUpdate).toBe(true);
    expect(update?.note).toBe('Deuxième mise à jour de la page.');
    expect(update?.date).toEqual(new Date('2026-04-01'));
    expect(update?.published).toEqual(new Date('2026-01-01'));
  });

  it('leaves out an update without a note: the page stays listed as new, at its publication date', () => {
    // A typo fixed moves `updated` only: there is no change note, so nothing to announce.
    const [listed] = latestFirst([page('guides', 'b', 'Bêta', '2026-01-01')]);
    expect(listed?.isUpdate).toBe(false);
    expect(listed?.note).toBeUndefined();
    expect(listed?.date).toEqual(new Date('2026-01-01'));
  });

  it('names the main theme of guides and fiches, none for tools', () => {
    const updates = latestFirst([page('guides', 'b', 'Bêta', '2026-01-01'), page('outils', 't', 'Outil', '2026-01-01')]);
    expect(updates.map((u) => u.theme)).toEqual([THEMES.gouvernance, undefined]);
  });
});

describe('recentChanges', () => {
  const updates = latestFirst(
    ['2026-05-30', '2026-05-20', '2026-05-01', '2026-04-29', '2026-03-01'].map((date, i) => page('guides', `p${i}`, `Page ${i}`, date)),
  );

  it('keeps the changes of the 31 days before the latest one (the 31st day before is out)', () => {
    expect(recentChanges(updates).map((u) => u.href)).toEqual(['/guides/p0/', '/guides/p1/', '/guides/p2/']);
    expect(recentChanges(updates, { days: 31 + 30 }).map((u) => u.href)).toHaveLength(4);
  });

  it('keeps at most `max` changes, and nothing from nothing', () => {
    expect(recentChanges(updates, { days: 1000, max: 2 })).toHaveLength(2);
    expect(recentChanges([])).toEqual([]);
  });
});

describe('listedUpdates', () => {
  it('keeps the latest LISTED_UPDATES changes, in order, however many pages there are', () => {
    const day = (n: number) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10);
    const updates = latestFirst(Array.from({ length: LISTED_UPDATES + 50 }, (_, n) => page('guides', `g${n}`, `Guide ${n}`, day(n))));
    const listed = listedUpdates(updates);
    expect(listed).toHaveLength(LISTED_UPDATES);
    expect(listed[0]?.title).toBe(`Guide ${LISTED_UPDATES + 49}`);
    expect(listed.at(-1)?.title).toBe('Guide 50');
  });

  it('keeps every change of a smaller site', () => {
    const updates = latestFirst([page('guides', 'a', 'Alpha', '2026-01-01'), page('fiches', 'b', 'Bêta', '2026-02-01')]);
    expect(listedUpdates(updates)).toEqual(updates);
  });
});
