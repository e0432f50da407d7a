/**
 * The offline indicator of the footer (src/scripts/offline.ts shows it): what it says, from what
 * the browser tells of the service worker. Pure, so every state is unit-tested.
 */
/** Messages between the pages and the service worker (src/service-worker/sw.ts). */
export const WORKER_MESSAGES = {
  /** Page → waiting worker: take over now (the reader chose « Mettre à jour »). */
  skipWaiting: 'SKIP_WAITING',
  /** Page → active worker: how many of its files are stored? Answered on the message's port. */
  status: 'PRECACHE_STATUS',
} as const;

/** The active worker's answer to `status`: files listed, files actually in the cache. */
export interface PrecacheReport {
  expected: number;
  cached: number;
}

export function isPrecacheReport(value: unknown): value is PrecacheReport {
  if (typeof value !== 'object' || value === null) return false;
  const { expected, cached } = value as Record<string, unknown>;
  return Number.isInteger(expected) && Number.isInteger(cached) && (cached as number) >= 0 && (expected as number) >= 0;
}

/** What the browser says, at one moment. */
export interface OfflineSnapshot {
  /** The browser has service workers and the worker could be registered. */
  registered: boolean;
  installing: boolean;
  waiting: boolean;
  active: boolean;
  /** The last installation ended without any worker left to run (storage full, network cut…). */
  installFailed: boolean;
  /** What the active worker reported of its files; undefined until it answers. */
  report?: PrecacheReport | undefined;
  /** Another tab made a newer version active: this page still runs the previous one. */
  replaced: boolean;
  /** The reader chose « Mettre à jour »: the page reloads as soon as the new version is active. */
  updating: boolean;
}

/** Where a page starts, before it has asked the browser anything. */
export const BEFORE_REGISTRATION: Readonly<OfflineSnapshot> = {
  registered: false,
  installing: false,
  waiting: false,
  active: false,
  installFailed: false,
  replaced: false,
  updating: false,
};

export type OfflineState =
  /** Nothing shown: no service worker here (old browser, private mode refusing it, no JavaScript). */
  | 'absent'
  /** Waiting for the worker's report: nothing new to show yet. */
  | 'checking'
  | 'preparing'
  | 'ready'
  | 'incomplete'
  | 'failed'
  | 'update'
  | 'updating';

export function offlineState(s: OfflineSnapshot): OfflineState {
  if (!s.registered) return 'absent';
  if (s.updating) return 'updating';
  if ((s.waiting && s.active) || s.replaced) return 'update';
  if (s.active) {
    if (!s.report) return 'checking';
    return s.report.cached >= s.report.expected ? 'ready' : 'incomplete';
  }
  if (s.installing || s.waiting) return 'preparing';
  return s.installFailed ? 'failed' : 'absent';
}

/**
 * The indicator's words, and its button's. Typed with their narrow no-break spaces (U+202F before
 * « : ») rather than through src/lib/fr.ts: this runs on every page, which would load it for that.
 */
export const OFFLINE_TEXT = {
  preparing: 'Préparation du mode hors connexion…',
  ready: 'Disponible hors connexion',
  incomplete: 'Mode hors connexion incomplet\u202f: il se complète à la prochaine visite connectée.',
  failed: 'Mode hors connexion indisponible pour l’instant\u202f: nouvel essai à la prochaine visite.',
  update: 'Une nouvelle version du site est prête.',
  updating: 'Mise à jour…',
  action: 'Mettre à jour',
} as const satisfies Record<Exclude<OfflineState, 'absent' | 'checking'> | 'action', string>;

export interface IndicatorView {
  /** Shown at all (false: the indicator stays out of the page). */
  visible: boolean;
  text: string;
  /** « Mettre à jour » offered. */
  action: boolean;
}

/**
 * What the indicator shows in a state; `undefined` keeps what it shows (while the worker's report
 * is awaited, the previous words stay rather than flashing « Préparation… » on every page).
 */
export function indicatorView(state: OfflineState): IndicatorView | undefined {
  if (state === 'checking') return undefined;
  if (state === 'absent') return { visible: false, text: '', action: false };
  return { visible: true, text: OFFLINE_TEXT[state], action: state === 'update' || state === 'updating' };
}
