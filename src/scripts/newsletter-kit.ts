/**
 * The newsletter kit in the browser. Every page loads only src/scripts/newsletter-kit-trigger.ts; this comes
 * the first time a reader opens « Partager dans une lettre d’information »: the e-mail HTML of the
 * page's block, built from the block the page carries as JSON (so pages do not carry the e-mail
 * markup), a preview of it, and the copy buttons.
 */
import { itemHtml, type NewsletterItem } from '../lib/newsletter/kit.ts';
import { M } from '../lib/newsletter/messages.ts';
import { SITE } from '../lib/site.ts';
import { setUpCopyFields } from './copy-field.ts';
// As a string, so the kit's styles come with this code instead of weighing on every page.
import copyFieldCss from '../styles/copy-field.css?inline';

/**
 * A preview of e-mail HTML in an inert, sandboxed frame: a picture of the block, not a second
 * set of links. Its images are taken from this site (the block's addresses are SITE_URL's).
 */
export function emailPreview(html: string, title: string): HTMLIFrameElement {
  const doc = new DOMParser().parseFromString(`<body style="margin:8px">${html}</body>`, 'text/html');
  doc.documentElement.lang = 'fr';
  for (const image of doc.querySelectorAll('img')) image.setAttribute('src', new URL(image.getAttribute('src') ?? '', location.href).pathname);
  const frame = document.createElement('iframe');
  frame.className = 'email-preview';
  frame.title = title;
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.inert = true;
  frame.srcdoc = `<!doctype html>${doc.documentElement.outerHTML}`;
  frame.addEventListener('load', () => {
    const height = frame.contentDocument?.documentElement.scrollHeight;
    if (height) frame.style.height = `${height + 4}px`;
  });
  return frame;
}

/** Fills the kit's HTML field, shows its preview and wires its copy buttons. */
export function openNewsletterKit(kit: HTMLElement): void {
  const style = document.createElement('style');
  style.textContent = copyFieldCss;
  document.head.append(style);
  const data = kit.querySelector('script[data-newsletter-item]')?.textContent;
  const part = kit.querySelector<HTMLElement>('[data-newsletter-html]');
  const field = part?.querySelector('textarea');
  if (data && part && field) {
    field.value = itemHtml(JSON.parse(data) as NewsletterItem, SITE.name);
    part.append(emailPreview(field.value, M.previewCaption));
    part.hidden = false;
  }
  setUpCopyFields(kit);
}
