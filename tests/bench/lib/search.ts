/**
 * Search as a reader meets it, in Debian's Chromium: the bytes a first query fetches (search code,
 * Pagefind, its WebAssembly, index chunks and result fragments) and the time from the last
 * keystroke to the results on screen, typing the query key by key or pasting it. The same queries
 * run on the project's site and on the Starlight peer, each served by the browser tests' static
 * server (no compression: both sites pay the same).
 */
import type { Browser, Page } from '@playwright/test';
import { withServedSite } from './served-site.ts';

/** A key every 150 ms: a steady typist, slower than both sites' debounce, so every prefix counts. */
const KEY_DELAY_MS = 150;

export interface SearchSite {
  name: string;
  /** Opens the search field and returns its selector. */
  open(page: Page): Promise<string>;
  /** A function run in the page: true once results for `query` are shown. */
  settled: (query: string) => boolean;
  /** Selector of the element whose changes mark results arriving. */
  results: string;
}

export const PROJECT_SEARCH: SearchSite = {
  name: 'Faire ensemble',
  async open(page) {
    await page.locator('#header-search-input').click();
    return '#header-search-input';
  },
  settled: (query) => {
    const status = document.querySelector('#header-search-panel .search-status')?.textContent ?? '';
    return status.includes(`«\u202f${query}\u202f»`) && document.querySelectorAll('#header-search-panel .search-result').length > 0;
  },
  results: '#header-search-panel',
};

export const STARLIGHT_SEARCH: SearchSite = {
  name: 'Starlight',
  async open(page) {
    await page.locator('button[data-open-modal]:not([disabled])').first().click();
    await page.locator('.pagefind-ui__search-input').waitFor();
    return '.pagefind-ui__search-input';
  },
  settled: (query) => {
    const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
    return message.includes(query) && document.querySelectorAll('.pagefind-ui__result').length > 0;
  },
  results: '.pagefind-ui__results-area, .pagefind-ui__drawer',
};

export interface SearchMeasure {
  query: string;
  mode: 'frappe' | 'collage';
  /** Everything fetched once the search field is used: code, WebAssembly, index, fragments. */
  bytes: number;
  /** Of which index chunks (`.pf_index`). */
  indexBytes: number;
  /** Bytes by kind of file: code, wasm, index, fragment, other. */
  byKind: Record<string, number>;
  /** From the last keystroke (or the paste) to the last change of the results. */
  ms: number;
}

async function measureOne(browser: Browser, origin: string, site: SearchSite, query: string, mode: 'frappe' | 'collage'): Promise<SearchMeasure> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  let bytes = 0;
  let indexBytes = 0;
  const byKind: Record<string, number> = {};
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (request) => {
    pending.push(
      request.sizes().then((sizes) => {
        bytes += sizes.responseBodySize;
        const url = request.url();
        if (url.endsWith('.pf_index')) indexBytes += sizes.responseBodySize;
        const kind = /\.pf_index$/.test(url) ? 'index' : /\.pf_fragment$/.test(url) ? 'fragment' : /\.pf_meta$|entry\.json$/.test(url) ? 'meta' : /wasm/.test(url) ? 'wasm' : /\.m?js$/.test(url) ? 'code' : /\.css$/.test(url) ? 'css' : 'other';
        byKind[kind] = (byKind[kind] ?? 0) + sizes.responseBodySize;
      }),
    );
  });
  const field = await site.open(page);
  await page.evaluate((selector) => {
    const w = window as unknown as { lastInput: number; lastChange: number };
    w.lastInput = 0;
    w.lastChange = 0;
    document.querySelector(selector)?.addEventListener('input', (event) => (w.lastInput = event.timeStamp));
    new MutationObserver(() => (w.lastChange = performance.now())).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, field);
  if (mode === 'frappe') await page.locator(field).pressSequentially(query, { delay: KEY_DELAY_MS });
  else await page.locator(field).fill(query);
  await page.waitForFunction(site.settled, query, { timeout: 30_000 });
  // Let late fragments land, then read when the results last changed.
  await page.waitForTimeout(1000);
  const ms = await page.evaluate(() => {
    const w = window as unknown as { lastInput: number; lastChange: number };
    return w.lastChange - w.lastInput;
  });
  await Promise.all(pending);
  await context.close();
  return { query, mode, bytes, indexBytes, byKind, ms: Math.round(ms) };
}

/** Measures each query typed then pasted, each time in a fresh browser context (empty cache). */
export function measureSearch(distDir: string, site: SearchSite, queries: readonly string[]): Promise<SearchMeasure[]> {
  return withServedSite(distDir, async (browser, origin) => {
    const out: SearchMeasure[] = [];
    for (const query of queries) {
      for (const mode of ['frappe', 'collage'] as const) out.push(await measureOne(browser, origin, site, query, mode));
    }
    return out;
  });
}
