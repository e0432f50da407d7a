/** Browser helpers shared by the tools' islands: downloads, copying, export file names. */

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
