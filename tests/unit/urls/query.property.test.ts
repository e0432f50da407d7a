/**
 * What the site reads from addresses: the tracking parameters a newsletter adds (dropped on
 * arrival, whatever else the address holds), the words of a broken address the 404 page searches,
 * and the query a search runs while the reader types.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isTrackingParam, NEWSLETTER_TRACKING, trackedUrl, withoutTracking } from '../../../src/lib/urls/tracking.ts';
import { searchWordsOf } from '../../../src/lib/urls/address-words.ts';
import { LIVE_QUERY_MIN_LETTERS, liveQuery } from '../../../src/lib/search-query.ts';
import { garbageText } from '../share/fuzz.ts';

const TRACKING_NAMES = ['utm_source', 'UTM_Medium', 'utm_campaign', 'utm_content', 'mtm_kwd', 'pk_campaign', 'mc_cid', 'mc_eid', 'fbclid', 'gclid', 'msclkid', '_hsenc', 'vero_id'];
/** Parameter text as people and tools write it: any unicode, percent-escapes, + for spaces, empty. */
const paramText = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.constantFrom('', 'a+b', '%20', '%E9', '%zz', '=', '&amp;', '#'));
const nameArb = fc.oneof(fc.constantFrom(...TRACKING_NAMES), fc.constantFrom('q', 'type', 'theme', 'utm', 'utm_', 'xutm_source', 'page'), paramText);

/** A site address with any query (tracking parameters among others, repeated or not) and any section. */
const addressArb = fc
  .record({
    path: fc.constantFrom('/', '/guides/ptce/', '/recherche/', '/outils/simulateur-decision/'),
    params: fc.array(fc.tuple(nameArb, paramText), { maxLength: 8 }),
    hash: fc.option(fc.oneof(paramText, fc.constantFrom('pièges-à-éviter', 's=AbC-_', 'r=x.')), { nil: undefined }),
  })
  .map(({ path, params, hash }) => {
    const url = new URL(`https://exemple.org${path}`);
    for (const [name, value] of params) url.searchParams.append(name, value);
    if (hash !== undefined) url.hash = hash;
    return url.href;
  });

const otherParams = (href: string) => [...new URL(href).searchParams].filter(([name]) => !isTrackingParam(name));

describe('tracking parameters', () => {
  it('leave the address; every other parameter stays, in order, with its value; the section stays', () => {
    fc.assert(
      fc.property(addressArb, (href) => {
        const clean = withoutTracking(href);
        const before = new URL(href);
        const after = new URL(clean);
        expect([...after.searchParams.keys()].filter(isTrackingParam)).toEqual([]);
        expect([...after.searchParams]).toEqual(otherParams(href));
        expect(after.hash).toBe(before.hash);
        expect(after.origin + after.pathname).toBe(before.origin + before.pathname);
        expect(withoutTracking(clean)).toBe(clean);
        if ([...before.searchParams.keys()].every((name) => !isTrackingParam(name))) expect(clean).toBe(href);
      }),
      { numRuns: 1000 },
    );
  });

  it('the newsletter kit’s own parameters come off again on arrival, leaving the address as it was', () => {
    fc.assert(
      fc.property(addressArb, fc.string({ maxLength: 20 }), (href, campaign) => {
        const tracked = new URL(trackedUrl(href, campaign));
        for (const [name, value] of Object.entries(NEWSLETTER_TRACKING)) expect(tracked.searchParams.get(name)).toBe(value);
        expect(tracked.searchParams.get('utm_campaign')).toBe(campaign);
        expect(new URL(withoutTracking(tracked.href)).searchParams.toString()).toBe(new URL(withoutTracking(href)).searchParams.toString());
        expect(tracked.hash).toBe(new URL(href).hash);
      }),
      { numRuns: 500 },
    );
  });
});

describe('words of a broken address (404 page)', () => {
  it('any address gives at most six distinct lowercase words, none of them a section or a file extension', () => {
    fc.assert(
      fc.property(fc.oneof(garbageText, addressArb.map((href) => new URL(href).pathname), fc.webPath()), (path) => {
        const words = searchWordsOf(path);
        if (words === '') return;
        const list = words.split(' ');
        expect(list.length).toBeLessThanOrEqual(6);
        expect(new Set(list).size).toBe(list.length);
        for (const word of list) {
          expect(word).toMatch(/^[\p{L}\p{N}]+$/u);
          expect(word).toBe(word.toLocaleLowerCase('fr'));
          expect(['guides', 'fiches', 'outils', 'html', 'php', 'de', 'la', 'et']).not.toContain(word);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('the words of a slug are found, however the address was escaped', () => {
    // Five letters or more: no French function word (« dans », « pour »…) is that long.
    const word = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzàâçéèêëîïôûùüÿœ'), minLength: 5, maxLength: 10 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 4 }), fc.constantFrom('/guides/', '/fiches/', '/'), (words, section) => {
        const slug = words.join('-');
        const expected = words.filter((w) => !['guides', 'fiches', 'outils', 'guide', 'fiche', 'outil', 'themes', 'theme', 'index', 'glossaire'].includes(w));
        expect(searchWordsOf(`${section}${slug}/`)).toBe(expected.join(' '));
        expect(searchWordsOf(`${section}${encodeURIComponent(slug)}/`)).toBe(expected.join(' '));
      }),
      { numRuns: 500 },
    );
  });
});

describe('the query run while typing', () => {
  it('is the typed words, the last one left out while it has fewer than three letters; nothing under three letters', () => {
    fc.assert(
      fc.property(fc.oneof(garbageText, fc.array(fc.constantFrom('a', 'sc', 'scic', 'coopération', ' ', '  ', '\t', 'é'), { maxLength: 8 }).map((w) => w.join(' '))), (typed) => {
        const query = liveQuery(typed);
        const words = typed.split(/\s+/).filter((w) => w !== '');
        const lastIsShort = [...(words.at(-1) ?? '')].length < LIVE_QUERY_MIN_LETTERS;
        const expected = (lastIsShort ? words.slice(0, -1) : words).join(' ');
        expect(query).toBe([...expected].length >= LIVE_QUERY_MIN_LETTERS ? expected : undefined);
      }),
      { numRuns: 1000 },
    );
  });
});
