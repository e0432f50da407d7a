/**
 * Arriving from a link, and moving inside the page:
 * - the tracking parameters a newsletter adds (utm_source…) leave the address bar at once, so the
 *   address a reader copies or bookmarks is the page's own; the section stays;
 * - a link from outside lands on its section at once (no smooth scrolling in the CSS); a click on
 *   a link to another section of the same page scrolls smoothly, unless the reader asked for
 *   reduced motion (global.css, `html.smooth-scroll`).
 */
import { withoutTracking } from '../lib/urls/tracking.ts';

const SMOOTH = 'smooth-scroll';

function dropTrackingParams(): void {
  const clean = withoutTracking(location.href);
  if (clean !== location.href) history.replaceState(history.state, '', clean);
}

function isSamePageLink(anchor: HTMLAnchorElement): boolean {
  const href = anchor.getAttribute('href') ?? '';
  if (href.startsWith('#')) return href.length > 1;
  const url = new URL(anchor.href, location.href);
  return url.hash !== '' && url.origin === location.origin && url.pathname === location.pathname && url.search === location.search;
}

function smoothScrollForPageLinks(): void {
  const root = document.documentElement;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => root.classList.remove(SMOOTH);
  document.addEventListener(
    'click',
    (event) => {
      const anchor = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[href]');
      if (!anchor || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || !isSamePageLink(anchor)) return;
      // Set for this scroll only: a later arrival (back from another page, a link from outside)
      // stays instant.
      root.classList.add(SMOOTH);
      clearTimeout(timer);
      timer = setTimeout(stop, 1500);
      addEventListener('scrollend', stop, { once: true });
    },
    { capture: true },
  );
}

export function setUpLanding(): void {
  dropTrackingParams();
  smoothScrollForPageLinks();
}
