/**
 * Copy buttons of the read-only fields of the newsletter kit (src/components/CopyField.astro).
 * An HTML field is copied both as formatted HTML, which a newsletter editor pastes as the block
 * itself, and as its source text, which a plain field or an « HTML code » block receives. The
 * result is announced; if the clipboard refuses, the field's text is selected for Ctrl+C.
 * Without JavaScript the buttons stay hidden and the fields can be selected and copied by hand.
 */
import { M } from '../lib/newsletter/messages.ts';
import { announce } from './announce.ts';

async function copy(value: string, format: string | undefined): Promise<void> {
  if (format === 'html' && typeof ClipboardItem !== 'undefined') {
    const blob = (type: string) => new Blob([value], { type });
    await navigator.clipboard.write([new ClipboardItem({ 'text/html': blob('text/html'), 'text/plain': blob('text/plain') })]);
  } else {
    await navigator.clipboard.writeText(value);
  }
}

/** Shows and wires the copy buttons inside `root`. */
export function setUpCopyFields(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-field]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const field = document.getElementById(button.dataset['copyField'] ?? '');
      if (!(field instanceof HTMLTextAreaElement)) return;
      const html = button.dataset['format'] === 'html';
      try {
        await copy(field.value, button.dataset['format']);
        button.classList.add('is-copied');
        setTimeout(() => button.classList.remove('is-copied'), 2000);
        announce(html ? M.htmlCopied : M.textCopied);
      } catch {
        field.focus();
        field.select();
        announce(M.copyFailed);
      }
    });
  }
}
