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

/**
 * Adds the hint and the copy button to a bare read-only field (a label and its textarea), as
 * src/components/CopyField.astro writes them: for a field a page shows without the controls only a
 * script uses.
 */
export function completeCopyField(field: HTMLElement, hint: string, format: 'html' | 'text', buttonLabel: string): void {
  const textarea = field.querySelector('textarea');
  if (!textarea || field.querySelector('button[data-copy-field]')) return;
  const help = document.createElement('p');
  help.id = `${textarea.id}-aide`;
  help.textContent = hint;
  textarea.before(help);
  textarea.setAttribute('aria-describedby', help.id);
  const button = document.createElement('button');
  button.type = 'button';
  button.hidden = true;
  button.dataset['copyField'] = textarea.id;
  button.dataset['format'] = format;
  button.textContent = buttonLabel;
  textarea.after(button);
}

/** A whole copy field, empty, for a script that fills it. */
export function copyFieldElement(id: string, label: string, hint: string, format: 'html' | 'text', buttonLabel: string, rows = 6): HTMLElement {
  const field = document.createElement('div');
  field.className = 'copy-field';
  const caption = document.createElement('label');
  caption.htmlFor = id;
  caption.textContent = label;
  const textarea = document.createElement('textarea');
  textarea.id = id;
  textarea.readOnly = true;
  textarea.rows = rows;
  textarea.spellcheck = false;
  field.append(caption, textarea);
  completeCopyField(field, hint, format, buttonLabel);
  return field;
}
