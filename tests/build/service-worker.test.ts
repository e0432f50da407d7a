/**
 * The service worker of the built site in dist/ (npm test builds it first): what it stores for
 * offline use — every page of guides, fiches and tools, whatever pages are added there, their
 * scripts and styles, the questionnaires' data, the search index — and what it leaves out; each
 * file with the hash the browser checks; the size of it all, against a budget (README, « Budgets
 * de poids »). The browser side: tests/browser/offline.spec.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { isRedirectPage, walk } from '../../src/integrations/built-site.ts';
import { fileOfUrl, OFFLINE_PAGE, precacheSize, readPrecacheManifest, type PrecacheEntry } from '../../src/lib/offline/precache.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/urls/host-files.ts';

const KB = 1024;
/** Everything stored, uncompressed: 3,3 Mo measured on 2026-11-30, with room for the pages to come. */
const PRECACHE_BUDGET = 4 * KB * KB;
/** The worker itself, gzipped (Workbox's precaching and routing, and the list of files): 21.2 KB measured. */
const WORKER_BUDGET = 28 * KB;

let worker: string;
let entries: PrecacheEntry[];
let urls: Set<string>;
/** Every file of dist/, relative, with « / ». */
let files: string[];

beforeAll(() => {
  if (!existsSync('dist/sw.js')) throw new Error('dist/sw.js est absent : lancez `npm run build` avant ces tests.');
  worker = readFileSync('dist/sw.js', 'utf8');
  entries = readPrecacheManifest(worker);
  urls = new Set(entries.map((e) => e.url));
  files = walk('dist').map((file) => relative('dist', file).replace(/\\/g, '/'));
});

const isPage = (file: string) => file.endsWith('index.html') && !isRedirectPage(readFileSync(join('dist', file), 'utf8'));
const urlOf = (file: string) => `/${file}`.replace(/index\.html$/, '');

describe('what the service worker stores', () => {
  it('has every page of guides, fiches and tools, added ones too, and the pages to move around', () => {
    const pages = files.filter((file) => /^(guides|fiches|outils|themes)\//.test(file) && isPage(file));
    expect(pages.length).toBeGreaterThan(50);
    expect(pages.map(urlOf).filter((url) => !urls.has(url))).toEqual([]);
    for (const url of ['/', '/glossaire/', '/recherche/', '/a-propos/', OFFLINE_PAGE]) expect(urls, url).toContain(url);
  });

  it('has every script, style sheet and data file, and the search index', () => {
    const needed = files.filter((file) => /^(_astro\/|donnees\/.*\.json$|pagefind\/(index|fragment|filter)\/)/.test(file));
    expect(needed.some((file) => file.startsWith('donnees/questionnaires/'))).toBe(true);
    expect(needed.some((file) => file.endsWith('.pf_fragment'))).toBe(true);
    expect(needed.map((file) => `/${file}`).filter((url) => !urls.has(url))).toEqual([]);
    const engine = ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.fr.pagefind', ...files.filter((f) => f.endsWith('.pf_meta')).map((f) => f.slice('pagefind/'.length))];
    for (const file of engine) expect(urls, file).toContain(`/pagefind/${file}`);
  });

  it('leaves out what a workshop does not open', () => {
    const left = [...urls].filter((url) =>
      /^\/(apercus|sources|nouveautes)\/|\.(xml|txt|png|map)$|^\/404|pagefind-(component-)?ui|pagefind-modular|pagefind-highlight|wasm\.unknown/.test(url),
    );
    expect(left).toEqual([]);
    const oldAddresses = files.filter((file) => file.endsWith('.html') && isRedirectPage(readFileSync(join('dist', file), 'utf8')));
    expect(oldAddresses.map(urlOf).filter((url) => urls.has(url))).toEqual([]);
    expect(urls.has('/sw.js')).toBe(false);
  });

  it('lists each file with the SHA-256 the browser checks, and a revision', () => {
    const wrong = entries.filter((entry) => {
      const bytes = readFileSync(join('dist', fileOfUrl(entry.url)));
      return entry.integrity !== `sha256-${createHash('sha256').update(bytes).digest('base64')}`;
    });
    expect(wrong.map((e) => e.url)).toEqual([]);
    // Workbox warns, in the worker's console, of every file listed without one.
    expect(entries.filter((e) => !e.revision).map((e) => e.url)).toEqual([]);
  });

  it('stays within its budget', () => {
    const size = precacheSize(entries, (file) => statSync(join('dist', file)).size);
    expect(size.files).toBe(entries.length);
    expect(size.bytes).toBeGreaterThan(1024 * KB);
    expect(size.bytes).toBeLessThanOrEqual(PRECACHE_BUDGET);
  });
});

describe('the worker itself', () => {
  it('is a small classic script that loads nothing else, and lists only addresses of the site', () => {
    expect(gzipSync(worker).length).toBeLessThanOrEqual(WORKER_BUDGET);
    expect(worker).not.toMatch(/^\s*(import|export)\s/m);
    expect(worker).not.toContain('importScripts');
    expect(entries.filter((e) => !/^\/(?!\/)/.test(e.url)).map((e) => e.url)).toEqual([]);
  });

  it('is sent so that browsers check it for a new version at every page', () => {
    const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
    expect(headersFor(rules, '/sw.js').get('cache-control')).toBe('no-cache');
  });

  it('has an offline page kept out of search engines, the sitemap and the site search', () => {
    const html = readFileSync(join('dist', fileOfUrl(OFFLINE_PAGE)), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex"');
    expect(html).not.toContain('data-pagefind-body');
    expect(readFileSync('dist/sitemap-0.xml', 'utf8')).not.toContain(OFFLINE_PAGE);
  });
});
