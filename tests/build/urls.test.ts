/**
 * The URL contract over the built site in dist/ (npm test builds it first): the committed list of
 * published addresses is complete (run `npm run urls` after adding pages or sections), and the
 * files static hosts read are there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBuiltSite, type BuiltSite } from '../../src/integrations/built-site.ts';
import { readPublishedList } from '../../src/lib/urls/files.ts';
import { publishedUrlsOf } from '../../src/lib/urls/published.ts';
import { readRedirects } from '../../src/lib/urls/files.ts';

let site: BuiltSite;

beforeAll(() => {
  if (!existsSync('dist/index.html')) throw new Error('dist/ est absent : lancez `npm run build` avant ces tests.');
  site = readBuiltSite('dist');
});

describe('the published addresses', () => {
  it('are all in content/adresses-publiees.txt (npm run urls adds the new ones)', () => {
    const listed = new Set(readPublishedList('content') ?? []);
    const published = publishedUrlsOf(site.pages, site.files);
    expect(published.length).toBeGreaterThan(300);
    expect(published.filter((url) => !listed.has(url))).toEqual([]);
  });

  it('include the sections of guides, fiches and tools, and glossary terms', () => {
    const published = publishedUrlsOf(site.pages, site.files);
    for (const url of ['/guides/ptce/#en-bref', '/fiches/world-cafe/#en-pratique', '/outils/simulateur-decision/#exemple-cee-1958', '/glossaire/#scic', '/rss.xml']) {
      expect(published).toContain(url);
    }
  });
});

describe('the files of static hosts', () => {
  it('are written, with a redirect per old page of content/redirections.yaml', () => {
    const redirects = readFileSync('dist/_redirects', 'utf8');
    const pages = readRedirects('content').filter((r) => r.from.fragment === '');
    expect(redirects.split('\n').filter((line) => / 301$/.test(line)).length).toBeGreaterThanOrEqual(pages.length);
    expect(readFileSync('dist/_headers', 'utf8')).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(site.redirects.length).toBe(pages.length);
  });
});
