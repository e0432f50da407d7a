/** Browser side effects of the decision simulator, kept out of the components. */

/** The prefix of the share fragment: `#s=…`. */
export const SHARE_PREFIX = '#s=';

/** The encoded scenario in the current address, if the fragment is a share link. */
export function sharedScenarioText(): string | undefined {
  return location.hash.startsWith(SHARE_PREFIX) ? location.hash.slice(SHARE_PREFIX.length) : undefined;
}

/** Puts the scenario in the address (no reload, no new history entry) and returns the full link. */
export function setShareFragment(text: string): string {
  const fragment = `${SHARE_PREFIX}${text}`;
  history.replaceState(history.state, '', `${location.pathname}${location.search}${fragment}`);
  return `${location.origin}${location.pathname}${location.search}${fragment}`;
}

/** Prints the simulator alone: the print stylesheet reads `data-ds-print` on the root element. */
export function printSimulator(): void {
  const root = document.documentElement;
  root.dataset['dsPrint'] = '';
  const reset = () => {
    delete root.dataset['dsPrint'];
    window.removeEventListener('afterprint', reset);
  };
  window.addEventListener('afterprint', reset);
  window.print();
}

/** Moves the keyboard focus to an element by id once it exists (after the next render). */
export function focusById(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

export { copyText, download, exportFileName } from '../browser-helpers';
