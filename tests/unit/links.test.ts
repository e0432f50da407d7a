import { describe, expect, it } from 'vitest';
import { findBrokenLinks, htmlFileToPath, type BuiltPage } from '../../src/lib/links.ts';

const page = (path: string, hrefs: string[], ids: string[] = []): BuiltPage => ({ path, hrefs, ids: new Set(ids) });

describe('htmlFileToPath', () => {
  it('maps directory indexes and plain files', () => {
    expect(htmlFileToPath('index.html')).toBe('/');
    expect(htmlFileToPath('guides/ptce/index.html')).toBe('/guides/ptce/');
    expect(htmlFileToPath('404.html')).toBe('/404.html');
  });
});

describe('findBrokenLinks', () => {
  const files = new Set(['/', '/guides/a/', '/guides/b/', '/rss.xml']);
  const pages = [
    page('/', ['/guides/a/', '/rss.xml', 'https://example.org/', 'mailto:x@y.z', '#top']),
    page('/guides/a/', ['/guides/b/#les-pièges-à-éviter', '../b/', '#intro', '/guides/b'], ['intro']),
    page('/guides/b/', ['/guides/a/#intro', '/guides/a/#les-pi%C3%A8ges'], ['les-pièges-à-éviter']),
  ];

  it('accepts relative, encoded and slash-less internal links and ignores external ones', () => {
    const broken = findBrokenLinks(pages, files);
    expect(broken).toEqual([{ from: '/guides/b/', href: '/guides/a/#les-pi%C3%A8ges', reason: 'ancre introuvable' }]);
  });

  it('reports missing pages and same-page anchors', () => {
    const broken = findBrokenLinks([page('/guides/a/', ['/guides/zzz/', '#nulle-part'], [])], files);
    expect(broken.map((b) => b.reason)).toEqual(['page introuvable', 'ancre introuvable']);
  });
});
