/**
 * What the service worker stores for offline use (src/integrations/service-worker.ts writes
 * dist/sw.js from these rules): everything a facilitator needs to run a workshop without a
 * network — the pages of guides, fiches and tools, their scripts and styles, the questionnaires'
 * data, and the search index — and nothing a workshop does not open: link-preview images, the
 * feed, the sitemap, the list of sources, the news, Pagefind's unused UI bundles.
 */
import { formatDecimal, NBSP } from '../fr.ts';

/** The service worker's address: at the root, so that it serves the whole site. */
export const SERVICE_WORKER_URL = '/sw.js';

/** The page shown, offline, for an address that was not stored. */
export const OFFLINE_PAGE = '/hors-connexion/';

/** Files stored, as globs relative to the built site. New pages under these folders are covered. */
export const PRECACHE_GLOBS: readonly string[] = [
  'index.html',
  'guides/**/index.html',
  'fiches/**/index.html',
  'outils/**/index.html',
  'themes/**/index.html',
  'glossaire/index.html',
  'recherche/index.html',
  'a-propos/index.html',
  `${OFFLINE_PAGE.slice(1)}index.html`,
  'favicon.svg',
  // Scripts (islands, workers, lazy chunks), style sheets and fonts: hashed names.
  '_astro/**/*',
  // Questionnaires' advice and earlier versions, loaded on the way to a result.
  'donnees/**/*.json',
  // The search index and the two files of Pagefind's browser API the site uses.
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/*.pf_meta',
  'pagefind/wasm.fr.pagefind',
  'pagefind/index/**/*',
  'pagefind/fragment/**/*',
  'pagefind/filter/**/*',
];

/** Never stored, even under the folders above. */
export const PRECACHE_IGNORES: readonly string[] = ['**/*.map'];

/** The address a built file is served at: `guides/ptce/index.html` → `/guides/ptce/`. */
export function urlOfFile(file: string): string {
  const path = `/${file.replace(/\\/g, '/').replace(/^\/+/, '')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The built file an address is served from: `/guides/ptce/` → `guides/ptce/index.html`. */
export function fileOfUrl(url: string): string {
  const path = decodeURIComponent(url.replace(/^\/+/, ''));
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/**
 * Other addresses of a stored page that a request may use: a page address typed without its
 * final « / » (`/guides/ptce`). Query and fragment are dropped before (a share link's `?r=…`).
 */
export function addressVariants(pathname: string): string[] {
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return last === '' || last.includes('.') ? [] : [`${pathname}/`];
}

export interface PrecacheEntry {
  url: string;
  revision: string | null;
  integrity?: string;
}

/**
 * The manifest injected in dist/sw.js (workbox-build writes it as a JSON array of entries in
 * place of `self.__WB_MANIFEST`): read back for the build tests and the benchmark.
 */
export function readPrecacheManifest(serviceWorker: string): PrecacheEntry[] {
  const start = serviceWorker.search(/\[\{"(?:integrity|revision|url)":/);
  if (start === -1) throw new Error('sw.js : liste des fichiers préchargés introuvable.');
  const end = serviceWorker.indexOf('}]', start);
  if (end === -1) throw new Error('sw.js : liste des fichiers préchargés incomplète.');
  const entries = JSON.parse(serviceWorker.slice(start, end + 2)) as unknown;
  if (!Array.isArray(entries) || !entries.every((e) => typeof e === 'object' && e !== null && typeof (e as PrecacheEntry).url === 'string')) {
    throw new Error('sw.js : liste des fichiers préchargés illisible.');
  }
  return entries as PrecacheEntry[];
}

export interface PrecacheSize {
  files: number;
  bytes: number;
}

/** Files and bytes (uncompressed, as stored by the browser) of a manifest. */
export function precacheSize(entries: readonly PrecacheEntry[], sizeOf: (file: string) => number): PrecacheSize {
  return { files: entries.length, bytes: entries.reduce((sum, entry) => sum + sizeOf(fileOfUrl(entry.url)), 0) };
}

/** « 4,1 Mo », « 812,5 Ko »: sizes in the build log and the benchmark. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${formatDecimal(bytes / 1024 / 1024)}${NBSP}Mo` : `${formatDecimal(bytes / 1024)}${NBSP}Ko`;
}
