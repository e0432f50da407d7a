import { describe, expect, it } from 'vitest';
import { searchWordsOf } from '../../../src/lib/urls/address-words.ts';
import { headersFile, redirectsFile } from '../../../src/lib/urls/host-files.ts';
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
  it('caches hashed assets, and keeps old pages out of search engines', () => {
    const text = headersFile([{ path: '/guides/ancien/', fragment: '' }]);
    expect(text).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(text).toContain('/guides/ancien/\n  X-Robots-Tag: noindex');
    expect(text).toContain('/*\n  X-Content-Type-Options: nosniff');
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
