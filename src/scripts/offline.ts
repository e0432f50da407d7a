/**
 * Registers the service worker (dist/sw.js) once the page has loaded (offline-trigger.ts), and keeps
 * the footer's indicator (Footer.astro) in step with it: « Préparation du mode hors connexion… »
 * while the site is being stored, « Disponible hors connexion » once it is, and « Mettre à jour »
 * when a new version waits. Without service workers (or JavaScript) the indicator stays hidden.
 * What it says in each state: src/lib/offline/status.ts.
 */
import { SERVICE_WORKER_URL } from '../lib/offline/precache.ts';
import { BEFORE_REGISTRATION, indicatorView, isPrecacheReport, offlineState, WORKER_MESSAGES, type OfflineSnapshot, type PrecacheReport } from '../lib/offline/status.ts';

/** How long to wait for the worker's count before leaving the indicator as it is. */
const REPORT_TIMEOUT_MS = 15_000;

/** The active worker's count of stored files, asked on a private channel. */
function askReport(worker: ServiceWorker): Promise<PrecacheReport | undefined> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(undefined), REPORT_TIMEOUT_MS);
    channel.port1.onmessage = (event) => {
      clearTimeout(timer);
      resolve(isPrecacheReport(event.data) ? event.data : undefined);
    };
    worker.postMessage({ type: WORKER_MESSAGES.status }, [channel.port2]);
  });
}

export function startOffline(): void {
  const box = document.querySelector<HTMLElement>('[data-offline]');
  const text = box?.querySelector<HTMLElement>('[data-offline-text]');
  const button = box?.querySelector<HTMLButtonElement>('[data-offline-update]');
  if (!box || !text || !button || !('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  // A page that already had a worker: a change of worker is a new version, not the first one.
  const hadController = container.controller !== null;
  let registration: ServiceWorkerRegistration | undefined;
  const snapshot: OfflineSnapshot = { ...BEFORE_REGISTRATION };

  const render = () => {
    if (registration) {
      snapshot.installing = registration.installing !== null;
      snapshot.waiting = registration.waiting !== null;
      snapshot.active = registration.active !== null;
    }
    const view = indicatorView(offlineState(snapshot));
    if (!view) return;
    // The words are in place before the indicator shows: the live region then announces changes
    // only (storing done, a new version), not the state every page opens with.
    text.textContent = view.text;
    button.hidden = !view.action;
    button.setAttribute('aria-disabled', String(snapshot.updating));
    box.hidden = !view.visible;
  };

  let asking = false;
  const refreshReport = async () => {
    const active = registration?.active;
    if (!active || asking) return;
    asking = true;
    snapshot.report = await askReport(active);
    asking = false;
    render();
  };

  const follow = (worker: ServiceWorker | null) => {
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'activated') void refreshReport();
      if (worker.state === 'redundant' && !registration?.active) snapshot.installFailed = true;
      render();
    });
  };

  button.addEventListener('click', () => {
    if (snapshot.updating) return;
    snapshot.updating = true;
    render();
    const waiting = registration?.waiting;
    if (waiting) waiting.postMessage({ type: WORKER_MESSAGES.skipWaiting });
    else location.reload();
  });

  container.addEventListener('controllerchange', () => {
    if (snapshot.updating) location.reload();
    else if (hadController) {
      snapshot.replaced = true;
      render();
    }
  });
  window.addEventListener('online', () => void refreshReport());

  const start = async () => {
    try {
      registration = (await container.register(SERVICE_WORKER_URL, { scope: '/' })) ?? undefined;
    } catch {
      // Refused (private browsing, storage disabled…): the site works as before, without the indicator.
      return;
    }
    if (!registration) return;
    snapshot.registered = true;
    registration.addEventListener('updatefound', () => {
      follow(registration?.installing ?? null);
      render();
    });
    follow(registration.installing);
    follow(registration.waiting);
    render();
    await refreshReport();
  };
  void start();
}
