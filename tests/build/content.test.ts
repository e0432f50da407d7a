/** Knowledge-base checks on the built pages: cross-links, glossary links, diagrams. */
import { existsSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBuiltSite, type BuiltSite } from '../../src/integrations/built-site.ts';

let site: BuiltSite;
const isGuide = (path: string) => /^\/guides\/[^/]+\/$/.test(path);
const isPage = (path: string) => /^\/(guides|fiches)\/[^/]+\/$/.test(path);

/** Links written in the page's own content (body and related pages), not in navigation. */
function contentLinks(root: HTMLElement): string[] {
  return root
    .querySelectorAll('.prose a[href], .related a[href]')
    .map((a) => (a.getAttribute('href') ?? '').split('#')[0] ?? '')
    .filter((href) => href.startsWith('/'));
}

beforeAll(() => {
  if (!existsSync('dist/index.html')) throw new Error('dist/ est absent : lancez `npm run build` avant ces tests.');
  site = readBuiltSite('dist');
});

describe('cross-links between pages', () => {
  it('every guide links to at least two other guides or fiches and is linked from at least two', () => {
    const outgoing = new Map<string, Set<string>>();
    for (const page of site.pages.filter((p) => isPage(p.path))) {
      const targets = contentLinks(parse(page.html)).filter((href) => isPage(href) && href !== page.path);
      outgoing.set(page.path, new Set(targets));
    }
    const problems: string[] = [];
    for (const [path, targets] of outgoing) {
      if (!isGuide(path)) continue;
      const incoming = [...outgoing].filter(([from, t]) => from !== path && t.has(path)).length;
      if (targets.size < 2) problems.push(`${path}: ${targets.size} liens sortants`);
      if (incoming < 2) problems.push(`${path}: ${incoming} liens entrants`);
    }
    expect(problems).toEqual([]);
  });

  it('links glossary terms from every guide, each term at most once per page', () => {
    const problems: string[] = [];
    for (const page of site.pages.filter((p) => isGuide(p.path))) {
      const ids = parse(page.html)
        .querySelectorAll('a.glossary-link')
        .map((a) => a.getAttribute('href'));
      if (ids.length === 0) problems.push(`${page.path}: aucun terme lié`);
      if (new Set(ids).size !== ids.length) problems.push(`${page.path}: terme lié deux fois`);
    }
    expect(problems).toEqual([]);
  });
});

describe('diagrams', () => {
  it('uses at least six diagrams, each an SVG image with a title, a description and a text version', () => {
    const diagrams = site.pages
      .filter((p) => isPage(p.path))
      .flatMap((p) => parse(p.html).querySelectorAll('.diagram').map((d) => ({ path: p.path, diagram: d })));
    const names = new Set(diagrams.map(({ diagram }) => diagram.querySelector('svg title')?.getAttribute('id')));
    expect(names.size).toBeGreaterThanOrEqual(6);
    for (const { path, diagram } of diagrams) {
      const svg = diagram.querySelector('figure > svg');
      expect(svg?.getAttribute('role'), path).toBe('img');
      const labelledBy = (svg?.getAttribute('aria-labelledby') ?? '').split(/\s+/);
      for (const id of labelledBy) expect(diagram.querySelector(`[id="${id}"]`)?.text.trim().length, `${path} ${id}`).toBeGreaterThan(10);
      // The text version follows the figure and is tied to the image by aria-details.
      const details = diagram.querySelector(`figure + details[id="${svg?.getAttribute('aria-details')}"]`);
      const text = details?.text ?? '';
      expect(text.trim().split(/\s+/).length, `${path}: description textuelle`).toBeGreaterThan(30);
    }
  });
});
