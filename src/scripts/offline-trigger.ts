/**
 * The only offline code every page loads: once the page has loaded, where the browser has
 * service workers, the code that registers the worker and runs the footer's indicator
 * (src/scripts/offline.ts) comes.
 */
export function setUpOffline(): void {
  if (!('serviceWorker' in navigator) || !document.querySelector('[data-offline]')) return;
  const start = () => void import('./offline.ts').then((m) => m.startOffline());
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
