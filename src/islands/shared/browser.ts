/** Browser side effects shared by the tools' islands, kept out of the components. */

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
 * Prints one part of a tool's page: the print stylesheet reads `data-print="<part>"` on the
 * root element, set for the time of the print dialog only.
 */
export function printPart(part: string): void {
  const root = document.documentElement;
  root.dataset['print'] = part;
  const reset = () => {
    delete root.dataset['print'];
    window.removeEventListener('afterprint', reset);
  };
  window.addEventListener('afterprint', reset);
  window.print();
}

/** The text after `prefix` (e.g. `#r=`) in the current address, if the fragment starts with it. */
export function fragmentValue(prefix: string): string | undefined {
  return location.hash.startsWith(prefix) ? location.hash.slice(prefix.length) : undefined;
}

/** Puts `prefix + value` in the address (no reload, no new history entry) and returns the full link. */
export function setFragment(prefix: string, value: string): string {
  const fragment = `${prefix}${value}`;
  history.replaceState(history.state, '', `${location.pathname}${location.search}${fragment}`);
  return `${location.origin}${location.pathname}${location.search}${fragment}`;
}

/** Removes the fragment from the address without reloading or adding a history entry. */
export function clearFragment(): void {
  history.replaceState(history.state, '', location.pathname + location.search);
}

/** Moves the keyboard focus to an element by id once it exists (after the next render). */
export function focusById(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** Focuses a text field by id and selects its text once it exists (after the next render). */
export function selectById(id: string): void {
  requestAnimationFrame(() => {
    const field = document.getElementById(id);
    if (field instanceof HTMLInputElement) {
      field.focus();
      field.select();
    }
  });
}

export { copyText, download, exportFileName } from '../browser-helpers.ts';
