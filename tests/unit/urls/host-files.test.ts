import { describe, expect, it } from 'vitest';
import { searchWordsOf } from '../../../src/lib/urls/address-words.ts';
import { headerRules, headersFile, headersFor, matchesPattern, parseHeadersFile, redirectsFile } from '../../../src/lib/urls/host-files.ts';
import { isTrackingParam, withoutTracking } from '../../../src/lib/urls/tracking.ts';

describe('the _redirects file', () => {
  it('has a permanent redirect per old page, with and without its final slash, addresses encoded', () => {
    const text = redirectsFile([
      { from: { path: '/guides/ancien/', fragment: '' }, to: { path: '/guides/nouveau/', fragment: 'pièges' } },
      { from: { path: '/flux.xml', fragment: '' }, to: { path: '/rss.xml', fragment: '' } },
    ]);
    expect(text.split('\n').filter((l) => !l.startsWith('#'))).toEqual([
      '/guides/ancien/ /guides/nouveau/#pi%C3%A8ges 301',
      '/guides/ancien /guides/nouveau/#pi%C3%A8ges 301',
      '/flux.xml /rss.xml 301',
      '',
    ]);
  });
});

describe('the _headers file', () => {
  const site: [string, string][] = [
    ['Content-Security-Policy', "default-src 'none'; script-src 'self' 'sha256-abc='"],
    ['X-Content-Type-Options', 'nosniff'],
  ];
  const rules = headerRules([{ path: '/guides/pièges/', fragment: '' }], site);
  const text = headersFile(rules);

  it('sends the site’s headers everywhere, caches hashed assets, and keeps old pages out of search engines', () => {
    expect(text).toContain("/*\n  Content-Security-Policy: default-src 'none'; script-src 'self' 'sha256-abc='\n  X-Content-Type-Options: nosniff\n");
    expect(text).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(text).toContain('/guides/pi%C3%A8ges/\n  X-Robots-Tag: noindex');
  });

  it('reads back as it was written', () => {
    expect(parseHeadersFile(text)).toEqual(rules.map((r) => ({ path: r.path, headers: r.headers.map(([n, v]) => [n, v]) })));
    expect(() => parseHeadersFile('  X-Orphan: 1\n')).toThrow('_headers');
  });

  it('matches paths the way static hosts do: « * » takes anything, « :name » one segment', () => {
    expect(matchesPattern('/*', '/')).toBe(true);
    expect(matchesPattern('/*', '/guides/ptce/')).toBe(true);
    expect(matchesPattern('/_astro/*', '/_astro/a.js')).toBe(true);
    expect(matchesPattern('/_astro/*', '/guides/_astro/a.js')).toBe(false);
    expect(matchesPattern('/guides/x.y/', '/guides/xzy/')).toBe(false);
    expect(matchesPattern('/guides/:slug/', '/guides/ptce/')).toBe(true);
    expect(matchesPattern('/guides/:slug/', '/guides/a/b/')).toBe(false);
  });

  it('gives a path every matching rule’s headers, joining the values of a header set twice', () => {
    const headers = headersFor(rules, '/_astro/page.js');
    expect(headers.get('content-security-policy')).toBe("default-src 'none'; script-src 'self' 'sha256-abc='");
    expect(headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/guides/pi%C3%A8ges/').get('x-robots-tag')).toBe('noindex');
    expect(headersFor(rules, '/guides/ptce/').has('x-robots-tag')).toBe(false);
    const twice = parseHeadersFile('/*\n  Content-Security-Policy: a\n/x/*\n  Content-Security-Policy: b\n');
    expect(headersFor(twice, '/x/y').get('content-security-policy')).toBe('a, b');
  });

  it('sets each header of a path in one rule only (two rules would make two policies)', () => {
    const names = (rule: (typeof rules)[number]) => rule.headers.map(([name]) => name.toLowerCase());
    const overlaps = rules.flatMap((a) =>
      rules
        .filter((b) => b !== a && matchesPattern(a.path, b.path.replace(/\*/g, 'x')))
        .flatMap((b) => names(a).filter((name) => names(b).includes(name)).map((name) => `${a.path} et ${b.path} : ${name}`)),
    );
    expect(overlaps).toEqual([]);
    // The one header two rules set, on paths that never meet.
    expect(rules.filter((r) => names(r).includes('cache-control')).map((r) => r.path)).toEqual(['/_astro/*', '/sw.js']);
  });

  it('has browsers check the service worker at every page, so a new version is seen at once', () => {
    expect(text).toContain('/sw.js\n  Cache-Control: no-cache\n');
    expect(headersFor(rules, '/sw.js').get('cache-control')).toBe('no-cache');
    expect(headersFor(rules, '/sw.js').get('content-security-policy')).toContain("default-src 'none'");
  });
});

describe('tracking parameters', () => {
  it('are dropped, other parameters and the section kept', () => {
    expect(withoutTracking('https://s.test/guides/ptce/?utm_source=lettre&utm_medium=email#pièges')).toBe('https://s.test/guides/ptce/#pi%C3%A8ges');
    expect(withoutTracking('https://s.test/recherche/?q=scic&mc_cid=1&fbclid=2')).toBe('https://s.test/recherche/?q=scic');
    expect(withoutTracking('https://s.test/recherche/?q=utm_source')).toBe('https://s.test/recherche/?q=utm_source');
    expect(isTrackingParam('utm_campaign')).toBe(true);
    expect(isTrackingParam('q')).toBe(false);
  });
});

describe('the words of a broken address', () => {
  it('keep the meaningful words, without sections, function words nor extensions', () => {
    expect(searchWordsOf('/guides/gouvernance-partagee-des-ptce/')).toBe('gouvernance partagee ptce');
    expect(searchWordsOf('/fiches/World_Caf%C3%A9.html')).toBe('world café');
    expect(searchWordsOf('/')).toBe('');
    expect(searchWordsOf('/m1/m2/m3/m4/m5/m6/m7/m8/')).toBe('m1 m2 m3 m4 m5 m6');
  });
});
