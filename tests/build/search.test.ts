/**
 * The built search index (dist/pagefind, made by src/integrations/pagefind-index.ts), queried
 * through Pagefind's own API: French elisions (l’, d’, qu’…) are searchable by the bare word, and
 * what results show is the page's own text.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../src/integrations/pagefind-index.ts';
import { findElisions } from '../../src/lib/elision.ts';
import { elisionRecall } from './elision-recall.ts';
import { openPagefind, type PagefindNode, type PagefindPage } from './pagefind-node.ts';

const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr');
const temporary: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'fe-search-'));
  temporary.push(dir);
  return dir;
};

let index: PagefindNode;
let everyPage: PagefindPage[];

beforeAll(async () => {
  if (!existsSync('dist/pagefind/pagefind.js')) throw new Error('dist/ est absent : lancez `npm run build` avant ces tests.');
  index = await openPagefind();
  everyPage = await Promise.all((await index.search(null)).map((r) => r.data()));
});

afterAll(async () => {
  await index?.close();
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

async function search(query: string, on = index): Promise<PagefindPage[]> {
  return Promise.all((await on.search(query)).map((r) => r.data()));
}

/** Positions (Pagefind word numbers) of the words of `page` that are `word` after an elision. */
function elidedPositions(page: PagefindPage, word: string): number[] {
  return page.content
    .split(/[\r\n\s]+/)
    .flatMap((token, position) => (findElisions(token).some((e) => fold(e.word) === fold(word)) ? [position] : []));
}

describe('search by a word written after an elision', () => {
  it('lists « Tenir dans la durée » for « essoufflement », with « l’essoufflement » highlighted', async () => {
    const hit = (await search('essoufflement')).find((p) => p.url === '/guides/essoufflement-et-temps-forts/');
    expect(hit?.meta['title']).toBe('Tenir dans la durée : l’essoufflement et les temps forts');
    expect(hit?.excerpt).toContain('<mark>l’essoufflement');
  });

  it.each(['essoufflement', 'autonomie', 'Argance', 'employeurs', 'ESS'])('« %s » matches it wherever a page writes it after an elision', async (word) => {
    const elided = everyPage.filter((page) => elidedPositions(page, word).length > 0);
    expect(elided.length, `pages où « ${word} » suit une élision`).toBeGreaterThan(0);
    const results = await search(word);
    for (const page of elided) {
      const result = results.find((r) => r.url === page.url);
      expect(result, `${page.url} trouvée par « ${word} »`).toBeDefined();
      expect(result?.locations).toEqual(expect.arrayContaining(elidedPositions(page, word)));
    }
  });

  it('still finds the elided form, typed with either apostrophe', async () => {
    const curly = (await search('l’autonomie')).map((p) => p.url).sort();
    const straight = (await search("l'autonomie")).map((p) => p.url).sort();
    expect(curly.length).toBeGreaterThan(0);
    expect(straight).toEqual(curly);
    const withIt = everyPage.filter((p) => fold(p.content).includes(fold('l’autonomie'))).map((p) => p.url).sort();
    expect(curly).toEqual(withIt);
  });

  it('keeps « aujourd’hui » one word', async () => {
    for (const query of ['aujourd’hui', "aujourd'hui", 'aujourdhui']) expect((await search(query)).length, query).toBeGreaterThan(0);
    const byHalf = await search('hui');
    expect(byHalf.flatMap((p) => p.locations.map((l) => p.content.split(/[\r\n\s]+/)[l]))).not.toContainEqual(expect.stringContaining('aujourd'));
  });

  it('finds at least 95 % of the pages that have a word only after an elision, by that word', async () => {
    const cases = await elisionRecall(index);
    const found = cases.filter((c) => c.found).length;
    const share = found / cases.length;
    console.log(
      `Élisions : ${found} pages trouvées sur ${cases.length} (${(100 * share).toFixed(1)} %), ` +
        `${new Set(cases.map((c) => c.word)).size} mots présents seulement après une élision.`,
    );
    expect(cases.length).toBeGreaterThan(300);
    expect(share, JSON.stringify(cases.filter((c) => !c.found).slice(0, 20))).toBeGreaterThanOrEqual(0.95);
  }, 120_000);
});

describe('what search results show', () => {
  it('is the text plain Pagefind stores for each page: excerpts, titles, headings, filters', async () => {
    // The same pages indexed the plain way, without the tokenisable copy.
    const plainDir = tempDir();
    const { index: plain } = await pagefind.createIndex({ forceLanguage: 'fr' });
    expect((await plain!.addDirectory({ path: 'dist' })).errors).toEqual([]);
    const { files } = await plain!.getFiles();
    await pagefind.close();
    for (const file of files) {
      mkdirSync(dirname(join(plainDir, file.path)), { recursive: true });
      writeFileSync(join(plainDir, file.path), file.content);
    }
    const plainIndex = await openPagefind(plainDir);
    const plainPages = await Promise.all((await plainIndex.search(null)).map((r) => r.data()));
    const stored = (p: PagefindPage) => ({ url: p.url, content: p.content, meta: p.meta, anchors: p.anchors, filters: p.filters, word_count: p.word_count });
    const byUrl = (a: { url: string }, b: { url: string }) => a.url.localeCompare(b.url);
    expect(everyPage.map(stored).sort(byUrl)).toEqual(plainPages.map(stored).sort(byUrl));
    expect(await index.filters()).toEqual(await plainIndex.filters());
    await plainIndex.close();
  }, 60_000);
});

describe('ranking', () => {
  it('ranks a word after an elision, in a title, a heading or the text, as the same word standing alone', async () => {
    // Pairs of pages that differ only by an elision, with the same number of words.
    const site = tempDir();
    const page = (h1: string, h2: string, text: string) =>
      `<!doctype html><html lang="fr"><head><title>${h1}</title></head><body><main data-pagefind-body>` +
      `<h1>${h1}</h1><p>Le collectif avance pas à pas avec ses membres.</p><h2>${h2}</h2><p>${text}</p></main></body></html>`;
    const pages = {
      'titre-elide': page('L’essoufflement du collectif', 'Prendre soin', 'Un texte commun aux deux pages.'),
      'titre-seul': page('Essoufflement du collectif', 'Prendre soin', 'Un texte commun aux deux pages.'),
      'intertitre-elide': page('Prévenir', 'Repérer l’essoufflement', 'Un texte commun aux deux pages.'),
      'intertitre-seul': page('Prévenir', 'Repérer essoufflement', 'Un texte commun aux deux pages.'),
      'texte-elide': page('Le rythme', 'Tenir', 'Le groupe tient bon lorsqu’Argance coopère avec lui.'),
      'texte-seul': page('Le rythme', 'Tenir', 'Le groupe tient bon, Argance coopère avec lui.'),
      'presqu-ile': page('Le littoral', 'Tenir', 'Le groupe tient bon sur la presqu’île avec lui.'),
    };
    for (const [slug, html] of Object.entries(pages)) {
      mkdirSync(join(site, slug), { recursive: true });
      writeFileSync(join(site, slug, 'index.html'), html);
    }
    expect(await writeSearchIndex(site)).toBe(Object.keys(pages).length);
    const fixture = await openPagefind(join(site, 'pagefind'));
    const scores = async (query: string) =>
      Object.fromEntries(await Promise.all((await fixture.search(query)).map(async (r) => [(await r.data()).url.replaceAll('/', ''), r.score])));

    const essoufflement = await scores('essoufflement');
    expect(Object.keys(essoufflement).sort()).toEqual(['intertitre-elide', 'intertitre-seul', 'titre-elide', 'titre-seul']);
    expect(essoufflement['titre-elide']).toBeCloseTo(essoufflement['titre-seul']!, 6);
    expect(essoufflement['intertitre-elide']).toBeCloseTo(essoufflement['intertitre-seul']!, 6);
    expect(essoufflement['titre-elide']).toBeGreaterThan(essoufflement['intertitre-elide']!);

    const argance = await scores('Argance');
    expect(Object.keys(argance).sort()).toEqual(['texte-elide', 'texte-seul']);
    expect(argance['texte-elide']).toBeCloseTo(argance['texte-seul']!, 6);

    expect(Object.keys(await scores('presqu’île'))).toEqual(['presqu-ile']);
    expect(await scores('île')).not.toHaveProperty('presqu-ile');

    const elided = (await search('essoufflement', fixture)).find((p) => p.url === '/titre-elide/');
    expect(elided?.meta['title']).toBe('L’essoufflement du collectif');
    expect(elided?.excerpt).toContain('<mark>L’essoufflement</mark>');
    await fixture.close();
  }, 60_000);
});
