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
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

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

/** « autodiagnostic-cooperation-2026-11-30.csv » */
export function exportFileName(base: string, extension: string, date = new Date()): string {
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return `${base}-${day}.${extension}`;
}
