/**
 * Browser side effects shared by the tools' islands, kept out of the components: storage,
 * printing, the address's fragment, focus, downloads, copying, export file names.
 */

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

/** Offers a text file for download. */
export function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Copies text; falls back to selecting the given field. Resolves to whether the copy worked. */
export async function copyText(text: string, field?: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!field) return false;
    field.focus();
    field.select();
    try {
      // Deprecated, but the only fallback where the Clipboard API is refused.
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/** « autodiagnostic-cooperation-2026-11-30.csv » (local date). */
export function exportFileName(base: string, extension: string, date = new Date()): string {
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return `${base}-${day}.${extension}`;
}
