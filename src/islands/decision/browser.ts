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

/** « simulateur-decision-2026-11-30.csv » */
export function exportFileName(base: string, extension: string, date = new Date()): string {
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return `${base}-${day}.${extension}`;
}

/** Moves the keyboard focus to an element by id once it exists (after the next render). */
export function focusById(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}
