/** Browser side effects of the questionnaire tools, kept out of the components. */

/** localStorage that never throws (private browsing, storage disabled, quota exceeded). */
export const safeStorage = {
  available(): boolean {
    try {
      const key = 'faire-ensemble:test';
      localStorage.setItem(key, '1');
      localStorage.removeItem(key);
      return true;
    } catch {
      return false;
    }
  },
  get(key: string): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string): boolean {
    try {
      localStorage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  },
  remove(key: string): void {
    try {
      localStorage.removeItem(key);
    } catch {
      // Nothing to do: there was nothing we could have read either.
    }
  },
};

/**
 * Prints one part of the page: "resultats" (the tool's current view) or "papier" (the blank
 * paper form). The print stylesheet reads `data-qz-print` on the root element.
 */
export function printPart(part: 'resultats' | 'papier'): void {
  const root = document.documentElement;
  root.dataset['qzPrint'] = part;
  const reset = () => {
    delete root.dataset['qzPrint'];
    window.removeEventListener('afterprint', reset);
  };
  window.addEventListener('afterprint', reset);
  window.print();
}

/** The `#r=…` fragment of the current address, if any. */
export function currentShareFragment(): string | undefined {
  return /^#r=/.test(location.hash) ? location.hash : undefined;
}

/** Removes the fragment from the address without reloading or adding a history entry. */
export function clearFragment(): void {
  history.replaceState(history.state, '', location.pathname + location.search);
}

/** The result link for a code: this page, with the answers in the fragment. */
export function resultLink(fragment: string): string {
  return `${location.origin}${location.pathname}${fragment}`;
}

export { copyText, download, exportFileName } from '../browser-helpers';
