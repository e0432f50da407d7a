/**
 * The service worker, built to dist/sw.js after the pages (src/integrations/service-worker.ts
 * bundles it and workbox-build injects the list of files in place of `self.__WB_MANIFEST`).
 *
 * - Installing stores every listed file (src/lib/offline/precache.ts), each checked against the
 *   SHA-256 of the built file (subresource integrity): a file changed on the way, or a deployment
 *   caught half-way, fails the installation rather than storing a mix of two versions.
 * - A stored file is served from the store, whatever the query of its address (a share link's
 *   `?r=…`, Pagefind's `?ts=…`), network or not. If it went missing from the store, it comes
 *   from the network, checked against its hash and put back.
 * - A page that was not stored comes from the network; without one, the offline page says so
 *   (and, if even that page is gone from the store, a short page written here says it).
 * - A new version waits until the reader chooses « Mettre à jour » (src/scripts/offline.ts).
 */
import { PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute, setCatchHandler } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';
import { addressVariants, OFFLINE_PAGE, type PrecacheEntry } from '../lib/offline/precache.ts';
import { WORKER_MESSAGES, type PrecacheReport } from '../lib/offline/status.ts';
import { OFFLINE_FALLBACK_HTML } from '../lib/offline/fallback.ts';

/** The little of the service worker scope this file uses (the project's types are the DOM's). */
interface ExtendableEventLike extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface MessageEventLike extends ExtendableEventLike {
  data: unknown;
  ports: readonly MessagePort[];
}
interface WorkerScope {
  __WB_MANIFEST: PrecacheEntry[];
  addEventListener(type: 'activate', listener: (event: ExtendableEventLike) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEventLike) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
}
declare const self: WorkerScope;

const precache = new PrecacheController();
precache.precache(self.__WB_MANIFEST);
registerRoute(
  new PrecacheRoute(precache, {
    ignoreURLParametersMatching: [/.*/],
    cleanURLs: false,
    urlManipulation: ({ url }) => addressVariants(url.pathname).map((path) => new URL(path, url)),
  }),
);
// Pages that were not stored: from the network, or the offline page below.
registerRoute(new NavigationRoute(new NetworkOnly()));

function fallbackPage(): Response {
  return new Response(OFFLINE_FALLBACK_HTML, {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "default-src 'none'; img-src data:" },
  });
}

setCatchHandler(async ({ request }) => {
  if (request.mode !== 'navigate') return Response.error();
  return (await precache.matchPrecache(OFFLINE_PAGE)) ?? fallbackPage();
});

// The first installation serves the open pages at once (search, the tools' data): no reload needed.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

/**
 * How many listed files are in the store. Those missing (storage cleared by hand…) are fetched
 * again first, checked against their hash: the answer is what is stored after that. One file is
 * tried before the others: without a network, that is one failed request, not one per file.
 */
async function report(event: ExtendableEventLike): Promise<PrecacheReport> {
  const cache = await caches.open(precache.strategy.cacheName);
  const stored = new Set((await cache.keys()).map((request) => request.url));
  const listed = [...precache.getURLsToCacheKeys()];
  const missing = listed.filter(([, cacheKey]) => !stored.has(cacheKey));
  const repair = ([url, cacheKey]: [string, string]) =>
    precache.strategy
      .handle({ event, request: new Request(url), params: { cacheKey, integrity: precache.getIntegrityForCacheKey(cacheKey) } })
      .then(() => cache.match(cacheKey))
      .then((response) => response !== undefined)
      .catch(() => false);
  const [first, ...rest] = missing;
  let repaired = 0;
  if (first && (await repair(first))) repaired = 1 + (await Promise.all(rest.map(repair))).filter(Boolean).length;
  return { expected: listed.length, cached: listed.length - missing.length + repaired };
}

self.addEventListener('message', (event) => {
  const type = (event.data as { type?: unknown } | null)?.type;
  if (type === WORKER_MESSAGES.skipWaiting) event.waitUntil(self.skipWaiting());
  const port = event.ports[0];
  if (type === WORKER_MESSAGES.status && port) {
    event.waitUntil(
      report(event).then(
        (answer) => port.postMessage(answer),
        () => port.postMessage({ expected: 1, cached: 0 } satisfies PrecacheReport),
      ),
    );
  }
});
