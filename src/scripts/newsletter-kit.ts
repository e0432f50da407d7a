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
// A style sheet of its own, linked when the kit opens: the kit's styles do not weigh on every page.
import copyFieldCss from '../styles/copy-field.css?url';

/**
 * A preview of e-mail HTML, captioned, in a sandboxed frame. Inert, and so hidden from assistive
 * technologies: a picture of the block, not a second set of links (the field next to it holds the
 * block). Its images are taken from this site (the block's addresses are SITE_URL's).
 */
export function emailPreview(html: string, caption: string): HTMLElement {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
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
export async function openNewsletterKit(kit: HTMLElement): Promise<void> {
  if (!document.querySelector(`link[href="${copyFieldCss}"]`)) {
    const sheet = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: copyFieldCss });
    // Shown once styled; a sheet that fails to load leaves the kit usable, unstyled.
    const loaded = new Promise((resolve) => {
      sheet.addEventListener('load', resolve, { once: true });
      sheet.addEventListener('error', resolve, { once: true });
    });
    document.head.append(sheet);
    await loaded;
  }
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
