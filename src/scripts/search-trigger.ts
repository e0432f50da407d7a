/**
 * The only search code every page loads: it wires the header field and the "/" and
 * Ctrl+K shortcuts, and imports the search UI (and through it the Pagefind index) the
 * first time the reader opens search.
 */
function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable]') !== null;
}

export function setUpSearchTrigger(): void {
  const input = document.querySelector<HTMLInputElement>('[data-search-open]');
  const form = input?.form;
  if (!input || !form) return;
  // With scripts, the field opens a results panel: the ARIA combobox pattern (a dialog popup,
  // since the panel holds a status line and links). Without scripts it stays a plain searchbox.
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-haspopup', 'dialog');
  input.setAttribute('aria-expanded', 'false');

  let loading: Promise<void> | undefined;
  const open = (): Promise<void> =>
    (loading ??= import('./search-ui.ts').then((ui) => ui.attachHeaderSearch(input, form)));

  input.addEventListener('input', () => void open());
  input.addEventListener('pointerdown', () => void open(), { once: true });

  document.addEventListener('keydown', (event) => {
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
    const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    if (!(ctrlK || (slash && !isTypingTarget(event.target)))) return;
    event.preventDefault();
    input.focus();
    input.select();
    void open();
  });
}
