import { describe, expect, it } from 'vitest';
import {
  brokenPublishedUrls,
  describeBrokenUrls,
  describeRedirectProblems,
  formatUrlList,
  mergeUrlLists,
  parseUrlList,
  publishedUrlsOf,
  redirectProblems,
  type SiteView,
} from '../../../src/lib/urls/published.ts';
import { parseRedirects, type Redirect } from '../../../src/lib/urls/redirects.ts';

function redirectsOf(text: string): Redirect[] {
  const result = parseRedirects(text, 'content/redirections.yaml');
  if (!result.ok) throw new Error(result.messages.join('\n'));
  return result.redirects;
}

const site: SiteView = {
  pages: new Map<string, ReadonlySet<string>>([
    ['/', new Set(['contenu'])],
    ['/guides/ptce/', new Set(['contenu', 'en-bref', 'les-pièges'])],
    ['/guides/nouveau/', new Set(['contenu', 'intro'])],
  ]),
  files: new Set(['/', '/guides/ptce/', '/guides/nouveau/', '/guides/ancien/', '/rss.xml']),
};

describe('the addresses a built site publishes', () => {
  it('are its pages, the sections of guides, fiches, tools and the glossary, and its feeds', () => {
    const urls = publishedUrlsOf(
      [
        { path: '/', sections: ['a-la-une'] },
        { path: '/guides/', sections: ['gouvernance'] },
        { path: '/guides/ptce/', sections: ['pièges', 'en-bref'] },
        { path: '/outils/autodiagnostic-cooperation/synthese/', sections: ['lire'] },
        { path: '/glossaire/', sections: ['scic'] },
        { path: '/nouveautes/', sections: ['novembre'] },
        { path: '/404.html', sections: [] },
      ],
      ['/rss.xml', '/favicon.svg', '/pagefind/pagefind-entry.xml'],
    );
    expect(urls).toEqual([
      '/',
      '/glossaire/',
      '/glossaire/#scic',
      '/guides/',
      '/guides/ptce/',
      '/guides/ptce/#en-bref',
      '/guides/ptce/#pièges',
      '/nouveautes/',
      '/outils/autodiagnostic-cooperation/synthese/',
      '/outils/autodiagnostic-cooperation/synthese/#lire',
      '/rss.xml',
    ]);
  });

  it('round-trip through the list file, comments and blank lines ignored', () => {
    const urls = ['/guides/ptce/#les-pièges', '/', '/guides/ptce/'];
    const text = formatUrlList(urls);
    expect(text.startsWith('# ')).toBe(true);
    expect(parseUrlList(text)).toEqual({ urls: ['/', '/guides/ptce/', '/guides/ptce/#les-pièges'], invalid: [] });
    expect(parseUrlList('\n/a/\nhttps://x.test/\n').invalid).toEqual([{ line: 3, text: 'https://x.test/' }]);
  });

  it('only grow when the list is regenerated', () => {
    expect(mergeUrlLists(['/guides/ancien/', '/guides/ptce/'], ['/guides/ptce/', '/guides/neuf/'])).toEqual([
      '/guides/ancien/',
      '/guides/neuf/',
      '/guides/ptce/',
    ]);
  });
});

describe('the URL contract', () => {
  const list = ['/', '/guides/ptce/', '/guides/ptce/#en-bref', '/guides/ptce/#les-pièges', '/rss.xml'];

  it('holds for a site that still has every address', () => {
    expect(brokenPublishedUrls(list, site, [])).toEqual([]);
  });

  it('breaks on a page removed, or a section renamed, without redirect', () => {
    const broken = brokenPublishedUrls([...list, '/guides/ancien/', '/guides/ptce/#vieux-titre', '/flux.xml'], site, []);
    expect(broken).toEqual([
      { url: '/guides/ancien/', kind: 'page', target: '/guides/ancien/', moved: false },
      { url: '/guides/ptce/#vieux-titre', kind: 'section', target: '/guides/ptce/#vieux-titre', moved: false },
      { url: '/flux.xml', kind: 'page', target: '/flux.xml', moved: false },
    ]);
  });

  it('holds again with redirects of the page and of the section', () => {
    const redirects = redirectsOf('- de: /guides/ancien/\n  vers: /guides/nouveau/\n- de: /guides/ptce/#vieux-titre\n  vers: /guides/ptce/#les-pièges\n');
    expect(brokenPublishedUrls(['/guides/ancien/', '/guides/ancien/#intro', '/guides/ptce/#vieux-titre'], site, redirects)).toEqual([]);
  });

  it('lands a section of a moved page on the new page, and breaks when the new page is missing', () => {
    expect(brokenPublishedUrls(['/guides/ancien/#disparue'], site, redirectsOf('- de: /guides/ancien/\n  vers: /guides/nouveau/\n'))).toEqual([]);
    expect(brokenPublishedUrls(['/guides/ancien/#intro'], site, redirectsOf('- de: /guides/ancien/\n  vers: /guides/parti/\n'))).toEqual([
      { url: '/guides/ancien/#intro', kind: 'page', target: '/guides/parti/#intro', moved: true },
    ]);
  });

  it('names a removed page once, with the number of its sections', () => {
    const text = describeBrokenUrls(
      brokenPublishedUrls(['/guides/ancien/', '/guides/ancien/#a', '/guides/ancien/#b'], site, []),
      'content/adresses-publiees.txt',
      'content/redirections.yaml',
      () => undefined,
    );
    expect(text.split('\n').filter((line) => line.includes('/guides/ancien/#'))).toEqual([]);
    expect(text).toContain('/guides/ancien/\u202f: la page n’existe plus (ni ses 2 section(s) publiée(s)) et n’a pas de redirection.');
  });

  it('says which address broke and how to keep it, naming the files', () => {
    const text = describeBrokenUrls(
      brokenPublishedUrls(['/guides/ancien/', '/guides/ptce/#vieux-titre'], site, []),
      'content/adresses-publiees.txt',
      'content/redirections.yaml',
      (page) => (page === '/guides/ptce/' ? 'content/guides/ptce.mdx' : undefined),
    );
    expect(text).toContain('2 adresses publiées ne mènent plus nulle part (liste\u202f: content/adresses-publiees.txt)');
    expect(text).toContain('/guides/ancien/\u202f: la page n’existe plus et n’a pas de redirection. Rétablissez-la, ou ajoutez dans content/redirections.yaml\u202f:\n    - de: /guides/ancien/');
    expect(text).toContain('/guides/ptce/#vieux-titre\u202f: la page /guides/ptce/ n’a plus de section «\u202fvieux-titre\u202f»');
    expect(text).toContain('gardez son ancien identifiant dans l’en-tête de content/guides/ptce.mdx\u202f: ancres: { "Nouveau titre": vieux-titre }');
  });
});

describe('redirects checked against the built site', () => {
  it('report a target that does not exist, an old page still built, a section of a page that is gone', () => {
    const redirects = redirectsOf(
      [
        '- de: /guides/ancien/',
        '  vers: /guides/introuvable/',
        '- de: /guides/ptce/',
        '  vers: /guides/nouveau/',
        '- de: /guides/parti/#x',
        '  vers: /guides/nouveau/#intro',
        '- de: /guides/nouveau/#vieux',
        '  vers: /guides/nouveau/#absente',
      ].join('\n'),
    );
    const text = describeRedirectProblems(redirectProblems(redirects, site), 'content/redirections.yaml');
    expect(text.split('\n')).toEqual([
      'Redirections impossibles dans content/redirections.yaml\u202f:',
      '  ligne 1\u202f: /guides/ancien/ est redirigée vers /guides/introuvable/, qui n’existe pas.',
      '  ligne 3\u202f: /guides/ptce/ est encore une page du site\u202f; retirez la redirection ou la page.',
      '  ligne 5\u202f: la section /guides/parti/#x est redirigée, mais sa page /guides/parti/ n’existe pas et n’a pas de redirection\u202f: redirigez d’abord la page.',
      '  ligne 7\u202f: /guides/nouveau/#vieux est redirigée vers /guides/nouveau/#absente, qui n’existe pas.',
    ]);
  });
});
