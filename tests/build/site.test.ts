/**
 * Checks over every page of the built site in dist/ (npm test builds it first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBuiltSite, type BuiltSite } from '../../src/integrations/built-site.ts';
import { findBrokenLinks } from '../../src/lib/links.ts';
import { PAGE_TYPES } from '../../src/lib/taxonomy.ts';
import { LISTED_UPDATES } from '../../src/lib/updates.ts';
import { isPresentationPath } from '../../src/lib/navigation.ts';

let site: BuiltSite;
const SITE_ORIGIN = 'https://faire-ensemble.example';
const typeLabels = new Set(Object.values(PAGE_TYPES));

beforeAll(() => {
  if (!existsSync('dist/index.html')) throw new Error('dist/ est absent : lancez `npm run build` avant ces tests.');
  site = readBuiltSite('dist');
});

describe('every built page', () => {
  it('has a reasonable number of pages', () => {
    expect(site.pages.length).toBeGreaterThan(30);
  });

  it('is in French, with a title, a description and one h1', () => {
    const problems: string[] = [];
    for (const page of site.pages) {
      const root = parse(page.html);
      if (root.querySelector('html')?.getAttribute('lang') !== 'fr') problems.push(`${page.path}: lang`);
      if ((root.querySelector('title')?.text.trim() ?? '').length < 5) problems.push(`${page.path}: title`);
      const description = root.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      if (description.length < 40) problems.push(`${page.path}: description`);
      const h1 = root.querySelectorAll('h1').length;
      if (h1 !== 1) problems.push(`${page.path}: ${h1} h1`);
    }
    expect(problems).toEqual([]);
  });

  it('has an absolute canonical URL matching its path, and link-preview tags', () => {
    const problems: string[] = [];
    for (const page of site.pages.filter((p) => p.path !== '/404.html')) {
      const root = parse(page.html);
      const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href');
      if (canonical !== `${SITE_ORIGIN}${page.path}`) problems.push(`${page.path}: canonical ${canonical}`);
      for (const property of ['og:title', 'og:description', 'og:url', 'og:image', 'og:locale']) {
        if (!root.querySelector(`meta[property="${property}"]`)?.getAttribute('content')) {
          problems.push(`${page.path}: ${property}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('has unique titles', () => {
    const titles = site.pages.map((p) => parse(p.html).querySelector('title')?.text);
    expect(titles.length).toBe(new Set(titles).size);
  });

  it('declares a page type on its main content (search filter)', () => {
    const problems = site.pages.flatMap((page) => {
      const main = parse(page.html).querySelector('main#contenu');
      const type = main?.getAttribute('data-pagefind-filter')?.replace(/^type:/, '');
      return type && typeLabels.has(type as never) ? [] : [`${page.path}: ${type ?? 'pas de type'}`];
    });
    expect(problems).toEqual([]);
  });

  it('has no internal link or anchor leading nowhere', () => {
    expect(findBrokenLinks(site.pages, site.files)).toEqual([]);
  });

  it('gives every content heading an id and a link to itself', () => {
    const problems: string[] = [];
    for (const page of site.pages.filter((p) => /^\/(guides|fiches)\/[^/]+\/$/.test(p.path))) {
      for (const heading of parse(page.html).querySelectorAll('.prose h2, .prose h3')) {
        const id = heading.getAttribute('id');
        const anchor = heading.parentNode?.querySelector('a.heading-anchor');
        if (!id || anchor?.getAttribute('href') !== `#${id}`) problems.push(`${page.path}: ${heading.text}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('JavaScript budget', () => {
  it('ships no framework JavaScript on content pages', () => {
    const contentPages = site.pages.filter((p) => !p.path.startsWith('/outils/'));
    const problems = contentPages.flatMap((page) => {
      const root = parse(page.html);
      const islands = root.querySelectorAll('astro-island').length;
      const scripts = root
        .querySelectorAll('script[src], link[rel="modulepreload"]')
        .map((s) => s.getAttribute('src') ?? s.getAttribute('href') ?? '');
      const framework = scripts.filter((src) => /preact|client\.|signals/.test(src));
      return islands > 0 || framework.length > 0 ? [`${page.path}: ${islands} îlots, ${framework.join(', ')}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('keeps the search code out of the page: only a small trigger is loaded up front', () => {
    const guide = site.pages.find((p) => p.path === '/guides/confiance/');
    expect(guide).toBeDefined();
    const scripts = parse(guide?.html ?? '').querySelectorAll('script[src]').map((s) => s.getAttribute('src') ?? '');
    expect(scripts.some((s) => s.includes('pagefind'))).toBe(false);
    const upfront = scripts.reduce((total, src) => total + readFileSync(`dist${src}`).length, 0);
    expect(upfront).toBeLessThan(4_000);
  });
});

describe('search index', () => {
  it('is built in French and covers the guides, fiches and glossary', () => {
    const entry = JSON.parse(readFileSync('dist/pagefind/pagefind-entry.json', 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['fr']);
    const guides = site.pages.filter((p) => /^\/(guides|fiches)\/[^/]+\/$/.test(p.path)).length;
    expect(entry.languages['fr']?.page_count).toBeGreaterThanOrEqual(guides + 1);
  });

  it('indexes only the main content, and leaves the search, 404, offline, newsletter digest and fiche presentation pages out', () => {
    for (const page of site.pages) {
      const bodies = parse(page.html).querySelectorAll('[data-pagefind-body]');
      const expected = ['/recherche/', '/404.html', '/hors-connexion/', '/nouveautes/lettre/'].includes(page.path) || isPresentationPath(page.path) ? 0 : 1;
      expect(bodies.length, page.path).toBe(expected);
      if (expected === 1) expect(bodies[0]?.tagName, page.path).toBe('MAIN');
    }
  });
});

describe('feeds', () => {
  it('publishes an RSS feed of every guide, fiche and tool page (the latest LISTED_UPDATES), in French', () => {
    const rss = readFileSync('dist/rss.xml', 'utf8');
    const items = rss.match(/<item>/g)?.length ?? 0;
    const pages = site.pages.filter((p) => /^\/(guides|fiches|outils)\/.+\/$/.test(p.path) && !isPresentationPath(p.path)).length;
    expect(items).toBe(Math.min(pages, LISTED_UPDATES));
    expect(rss).toContain('<language>fr-FR</language>');
    expect(rss).toContain(`${SITE_ORIGIN}/guides/`);
  });
});
