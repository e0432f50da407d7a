/**
 * The newsletter kit in the browser. Every page loads only src/scripts/newsletter-kit-trigger.ts; this comes
 * the first time a reader opens « Partager dans une lettre d’information »: the e-mail HTML of the
 * page's block, built from the block the page carries as JSON (so pages do not carry the e-mail
 * markup), a preview of it, and the copy buttons.
 */
import { itemHtml, type NewsletterItem } from '../lib/newsletter/kit.ts';
import { M } from '../lib/newsletter/messages.ts';
import { SITE } from '../lib/site.ts';
import { completeCopyField, copyFieldElement, setUpCopyFields } from './copy-field.ts';
// As a string, so the kit's styles come with this code instead of weighing on every page.
import copyFieldCss from '../styles/copy-field.css?inline';

/**
 * A preview of e-mail HTML, captioned, in a sandboxed frame. Inert, and so hidden from assistive
 * technologies: a picture of the block, not a second set of links (the field next to it holds the
 * block). Its images are taken from this site (the block's addresses are SITE_URL's).
 */
export function emailPreview(html: string, caption: string): HTMLElement {
  const doc = new DOMParser().parseFromString(`<body style="margin:8px">${html}</body>`, 'text/html');
  doc.documentElement.lang = 'fr';
  for (const image of doc.querySelectorAll('img')) image.setAttribute('src', new URL(image.getAttribute('src') ?? '', location.href).pathname);
  const frame = document.createElement('iframe');
  frame.title = caption;
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.srcdoc = `<!doctype html>${doc.documentElement.outerHTML}`;
  frame.addEventListener('load', () => {
    const height = frame.contentDocument?.documentElement.scrollHeight;
    if (height) frame.style.height = `${height + 4}px`;
  });
  const figure = document.createElement('figure');
  figure.className = 'email-preview';
  figure.inert = true;
  const figcaption = document.createElement('figcaption');
  figcaption.textContent = caption;
  figure.append(figcaption, frame);
  return figure;
}

/**
 * Builds the kit's HTML field with the block's e-mail HTML, its preview, and the copy buttons; the
 * page carries only what reads without JavaScript: the intro and the plain-text field.
 */
export function openNewsletterKit(kit: HTMLElement): void {
  const style = document.createElement('style');
  style.textContent = copyFieldCss;
  document.head.append(style);
  const data = kit.querySelector('script[data-newsletter-item]')?.textContent;
  const text = kit.querySelector<HTMLElement>('[data-newsletter-text]');
  if (data && text) {
    const field = copyFieldElement('lettre-html', M.htmlLabel, M.htmlHint, 'html', M.copyHtml);
    const html = itemHtml(JSON.parse(data) as NewsletterItem, SITE.name);
    const textarea = field.querySelector('textarea');
    if (textarea) textarea.value = html;
    text.before(emailPreview(html, M.previewCaption), field);
    completeCopyField(text, M.textHint, 'text', M.copyText);
  }
  setUpCopyFields(kit);
}
