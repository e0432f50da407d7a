/**
 * Links shared in newsletters, over the built site in dist/ (npm test builds it first): each
 * page's link-preview metadata and image, the sitemap and robots.txt, the RSS feed (both read by
 * an XML parser), « what changed » on /nouveautes/, and the newsletter kit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBuiltSite, type BuiltSite } from '../../src/integrations/built-site.ts';
import { pngSize } from '../../src/lib/previews/png.ts';
import { PAGE_TYPES } from '../../src/lib/taxonomy.ts';
import { isPresentationPath } from '../../src/lib/navigation.ts';

const ORIGIN = 'https://faire-ensemble.example';
const TRACKING = /\?utm_source=lettre&utm_medium=email&utm_campaign=[\w-]+$/;

let site: BuiltSite;
let heads: Map<string, HTMLElement>;

beforeAll(() => {
  if (!existsSync('dist/index.html')) throw new Error('dist/ est absent : lancez `npm run build` avant ces tests.');
  site = readBuiltSite('dist');
  heads = new Map(site.pages.map((p) => [p.path, parse(p.html)]));
});

const meta = (root: HTMLElement | undefined, key: string) =>
  root?.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
/** Guides, fiches and tool pages; not the presentation view of a fiche, a second view of it. */
const contentPages = () => site.pages.filter((p) => /^\/(guides|fiches|outils)\/.+\/$/.test(p.path) && !isPresentationPath(p.path));
const isIndexable = (path: string) => !/\bnoindex\b/.test(meta(heads.get(path), 'robots') ?? '');

/**
 * An XML file read by fast-xml-parser. It does not judge well-formedness: the browser's strict
 * XML parser reads the same files in tests/browser/newsletter.spec.ts.
 */
function readXml(file: string): Record<string, unknown> {
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}
const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

describe('link-preview metadata of every page', () => {
  it('has a title, a description, a canonical URL without parameters, and a type', () => {
    const problems = site.pages.flatMap((page) => {
      const root = heads.get(page.path);
      const canonical = root?.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      return [
        (root?.querySelector('title')?.text.trim().length ?? 0) < 5 && 'title',
        (meta(root, 'description')?.length ?? 0) < 40 && 'description',
        meta(root, 'og:description') !== meta(root, 'description') && 'og:description',
        !(meta(root, 'og:title')?.length ?? 0) && 'og:title',
        (!canonical.startsWith(`${ORIGIN}/`) || /[?#]/.test(canonical)) && `canonical ${canonical}`,
        page.path !== '/404.html' && canonical !== `${ORIGIN}${page.path}` && `canonical ${canonical}`,
        meta(root, 'og:url') !== canonical && 'og:url',
      ].flatMap((problem) => (problem ? [`${page.path}: ${problem}`] : []));
    });
    expect(problems).toEqual([]);
  });

  it('has its own 1200×630 PNG preview image that exists, with its size, type and alt text', () => {
    const images = new Set<string>();
    const problems = site.pages.flatMap((page) => {
      const root = heads.get(page.path);
      const url = meta(root, 'og:image') ?? '';
      if (!url.startsWith(`${ORIGIN}/apercus/`)) return [`${page.path}: og:image ${url}`];
      images.add(url);
      const file = `dist${new URL(url).pathname}`;
      if (!existsSync(file)) return [`${page.path}: ${file} absent`];
      const size = pngSize(readFileSync(file));
      const alt = meta(root, 'og:image:alt') ?? '';
      return [
        (size?.width !== 1200 || size.height !== 630) && `size ${JSON.stringify(size)}`,
        meta(root, 'og:image:width') !== '1200' && 'og:image:width',
        meta(root, 'og:image:height') !== '630' && 'og:image:height',
        meta(root, 'og:image:type') !== 'image/png' && 'og:image:type',
        alt.length < 20 && 'og:image:alt',
        meta(root, 'twitter:image:alt') !== alt && 'twitter:image:alt',
        meta(root, 'twitter:card') !== 'summary_large_image' && 'twitter:card',
      ].flatMap((problem) => (problem ? [`${page.path}: ${problem}`] : []));
    });
    expect(problems).toEqual([]);
    expect(images.size, 'one image per page').toBe(site.pages.length);
  });

  it('describes in the alt text what the image shows: type, theme and title', () => {
    const alt = (path: string) => meta(heads.get(path), 'og:image:alt');
    expect(alt('/guides/ptce/')).toBe(
      'Guide, thème «\u202fComprendre la coopération et les PTCE\u202f»\u202f: Les PTCE\u202f: définition légale, appels à projets, ce que ça change — Faire ensemble',
    );
    expect(alt('/fiches/world-cafe/')).toMatch(/^Fiche pratique, thème «\u202f.+\u202f»\u202f: Le world café — Faire ensemble$/);
    expect(alt('/outils/simulateur-decision/')).toBe('Outil\u202f: Simulateur de décision collective — Faire ensemble');
    expect(alt('/nouveautes/')).toBe('Page\u202f: Nouveautés — Faire ensemble');
    for (const page of contentPages()) {
      const image = heads.get(page.path)?.querySelector('meta[property="og:image"]');
      expect(alt(page.path), page.path).toContain(image?.getAttribute('data-title'));
      expect(Object.values(PAGE_TYPES), page.path).toContain(image?.getAttribute('data-kind'));
    }
  });

  it('gives images of different pages different pictures', () => {
    const bytes = (path: string) => readFileSync(`dist${new URL(meta(heads.get(path), 'og:image') ?? '').pathname}`);
    expect(Buffer.compare(bytes('/guides/ptce/'), bytes('/guides/confiance/'))).not.toBe(0);
  });
});

describe('sitemap and robots.txt', () => {
  it('robots.txt names the sitemap index, at SITE_URL', () => {
    const robots = readFileSync('dist/robots.txt', 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(new RegExp(`^Sitemap: ${ORIGIN}/sitemap-index\\.xml$`, 'm'));
    expect(existsSync('dist/sitemap-index.xml')).toBe(true);
  });

  it('lists every indexable page once, and only those, with lastmod from `updated`', () => {
    const index = readXml('dist/sitemap-index.xml') as { sitemapindex: { sitemap: { loc: string } | { loc: string }[] } };
    const sitemaps = list(index.sitemapindex.sitemap).map((s) => s.loc);
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls = sitemaps.flatMap((loc) => {
      expect(loc.startsWith(`${ORIGIN}/`)).toBe(true);
      const doc = readXml(`dist${new URL(loc).pathname}`) as { urlset: { url: { loc: string; lastmod?: string }[] } };
      return list(doc.urlset.url);
    });
    const locs = urls.map((u) => u.loc);
    expect(new Set(locs).size).toBe(locs.length);
    const expected = site.pages.filter((p) => p.path !== '/404.html' && isIndexable(p.path)).map((p) => `${ORIGIN}${p.path}`);
    expect([...locs].sort()).toEqual(expected.sort());
    expect(locs).not.toContain(`${ORIGIN}/recherche/`);
    expect(locs).not.toContain(`${ORIGIN}/nouveautes/lettre/`);

    const lastmod = new Map(urls.map((u) => [u.loc, u.lastmod?.slice(0, 10)]));
    for (const page of contentPages()) {
      const modified = meta(heads.get(page.path), 'article:modified_time')?.slice(0, 10);
      expect(modified, page.path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(lastmod.get(`${ORIGIN}${page.path}`), page.path).toBe(modified);
    }
    expect(lastmod.get(`${ORIGIN}/guides/ptce/`)).toBe('2026-11-30');
    expect(lastmod.get(`${ORIGIN}/fiches/world-cafe/`)).toBe('2026-11-26');
  });
});

interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate: string;
  guid: { '#text': string; '@isPermaLink': string };
}

describe('the RSS feed', () => {
  let channel: { title: string; language: string; item: FeedItem[] };
  beforeAll(() => {
    channel = (readXml('dist/rss.xml') as { rss: { channel: typeof channel } }).rss.channel;
  });

  it('has one item per guide, fiche and tool page, in French, each with a unique id', () => {
    expect(channel.language).toBe('fr-FR');
    const items = list(channel.item);
    expect(items.map((i) => i.link).sort()).toEqual(contentPages().map((p) => `${ORIGIN}${p.path}`).sort());
    expect(new Set(items.map((i) => i.guid['#text'])).size).toBe(items.length);
    const dates = items.map((i) => new Date(i.pubDate).getTime());
    expect(dates.every(Number.isFinite)).toBe(true);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('announces an update with its note and date, as a new item; an update without a note stays out', () => {
    const items = list(channel.item);
    const ptce = items.find((i) => i.link === `${ORIGIN}/guides/ptce/`);
    expect(ptce?.title).toMatch(/\(mise à jour\)$/);
    expect(ptce?.description).toMatch(/^Ce qui change\u202f: Condition de candidature/);
    expect(new Date(ptce?.pubDate ?? '').toISOString().slice(0, 10)).toBe('2026-11-30');
    expect(ptce?.guid).toEqual({ '#text': `${ORIGIN}/guides/ptce/#mise-a-jour-2026-11-30`, '@isPermaLink': 'false' });
    // Updated on 2026-11-30 without a note: listed as published, on its publication date.
    const confiance = items.find((i) => i.link === `${ORIGIN}/guides/confiance/`);
    expect(meta(heads.get('/guides/confiance/'), 'article:modified_time')?.slice(0, 10)).toBe('2026-11-30');
    expect(confiance?.title).not.toMatch(/mise à jour/);
    expect(new Date(confiance?.pubDate ?? '').toISOString().slice(0, 10)).toBe('2026-11-26');
    expect(confiance?.guid['@isPermaLink']).toBe('true');
  });
});

describe('« what changed » on /nouveautes/', () => {
  it('shows each noted update with its note and date', () => {
    const root = parse(site.pages.find((p) => p.path === '/nouveautes/')?.html ?? '');
    const entry = root.querySelectorAll('.updates li').find((li) => li.querySelector('a')?.getAttribute('href') === '/guides/ptce/');
    expect(entry?.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-30');
    expect(entry?.querySelector('.updates__date')?.text).toContain('mise à jour');
    expect(entry?.querySelector('.updates__note')?.text).toContain('Condition de candidature aux appels de l’État corrigée');
    const notes = root.querySelectorAll('.updates__note').length;
    expect(notes).toBe(root.querySelectorAll('.updates__date').filter((d) => d.text.includes('mise à jour')).length);
  });
});

describe('the newsletter kit', () => {
  it('is on every indexable page, with the page’s block: title, one sentence, tracked link, its image', () => {
    const problems = site.pages.flatMap((page) => {
      const root = parse(page.html);
      const kit = root.querySelector('main details.newsletter-kit');
      if (!isIndexable(page.path)) return kit ? [`${page.path}: kit on a page not to index`] : [];
      if (!kit || kit.getAttribute('data-pagefind-ignore') === undefined) return [`${page.path}: no kit`];
      const item = JSON.parse(kit.querySelector('script[data-newsletter-item]')?.text ?? '{}') as {
        title?: string;
        summary?: string;
        url?: string;
        image?: { url?: string; alt?: string };
      };
      const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      // Plain text writes the narrow no-break spaces as no-break spaces.
      const text = (kit.querySelector('textarea#lettre-texte')?.text ?? '').replace(/\u00a0/g, '\u202f');
      return [
        !item.url?.startsWith(canonical) && `url ${item.url}`,
        !TRACKING.test(item.url?.slice(canonical.length) ?? '') && `tracking ${item.url}`,
        item.image?.url !== meta(root, 'og:image') && 'image',
        item.image?.alt !== meta(root, 'og:image:alt') && 'image alt',
        !(item.summary && meta(root, 'description')?.startsWith(item.summary)) && 'summary',
        !text.includes(item.title ?? '\0') && 'text: title',
        !text.includes(item.url ?? '\0') && 'text: link',
        kit.querySelector('summary')?.text !== 'Partager dans une lettre d’information' && 'summary label',
      ].flatMap((problem) => (problem ? [`${page.path}: ${problem}`] : []));
    });
    expect(problems).toEqual([]);
  });

  it('/nouveautes/lettre/ assembles the latest changes in e-mail HTML and plain text', () => {
    const page = (path: string) => parse(site.pages.find((p) => p.path === path)?.html ?? '');
    const root = page('/nouveautes/lettre/');
    const html = parse(root.querySelector('textarea#lettre-html')?.text ?? '');
    /** E-mails write French narrow no-break spaces as no-break spaces. */
    const spaced = (t: string | undefined) => (t ?? '').replace(/[\u202f\u00a0]/g, ' ');
    const text = spaced(root.querySelector('textarea#lettre-texte')?.text);
    const blocks = html.querySelectorAll('table table');
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    expect(blocks.length).toBeLessThanOrEqual(8);

    // The first changes of /nouveautes/, in the same order, with their notes.
    const latest = page('/nouveautes/').querySelectorAll('.updates li').slice(0, blocks.length);
    const newest = latest[0]?.querySelector('time')?.getAttribute('datetime');
    const links = blocks.map((block) => block.querySelector('a')?.getAttribute('href') ?? '');
    expect(links).toEqual(
      latest.map((li) => `${ORIGIN}${li.querySelector('.updates__title a')?.getAttribute('href')}?utm_source=lettre&utm_medium=email&utm_campaign=nouveautes-${newest}`),
    );
    for (const [i, li] of latest.entries()) {
      const note = spaced(li.querySelector('.updates__note')?.text).replace(/^Ce qui change :\s*/, '');
      if (note) {
        expect(spaced(blocks[i]?.text)).toContain(note);
        expect(text).toContain(note);
      }
      expect(text).toContain(`Lire : ${links[i]}`);
    }
    for (const href of html.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '')) expect(href).toMatch(/^https:\/\/faire-ensemble\.example\/.*\?utm_source=lettre&utm_medium=email&utm_campaign=nouveautes-/);
    for (const image of html.querySelectorAll('img')) {
      const src = image.getAttribute('src') ?? '';
      expect(existsSync(`dist${new URL(src).pathname}`), src).toBe(true);
    }
  });
});
