/**
 * Turns each heading's "#" link into a copy-link button: clicking copies the section's full
 * address, updates the address bar and announces the result. Without JavaScript the link
 * still leads to the section.
 */
import { HEADING_ANCHOR_CLASS } from '../lib/heading-anchor.ts';
import { announce } from './announce.ts';

const ANCHORS = `a.${HEADING_ANCHOR_CLASS}`;

export function setUpCopyLinks(): void {
  for (const anchor of document.querySelectorAll<HTMLAnchorElement>(ANCHORS)) {
    const hidden = anchor.querySelector('.visually-hidden');
    if (hidden?.textContent) hidden.textContent = hidden.textContent.replace(/^Lien vers/, 'Copier le lien vers');
  }
  document.addEventListener('click', async (event) => {
    const anchor = (event.target as Element | null)?.closest<HTMLAnchorElement>(ANCHORS);
    if (!anchor || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    const url = new URL(anchor.getAttribute('href') ?? '', location.href).href;
    history.replaceState(null, '', url);
    try {
      await navigator.clipboard.writeText(url);
      anchor.classList.add('is-copied');
      setTimeout(() => anchor.classList.remove('is-copied'), 2000);
      announce('Lien de la section copié dans le presse-papiers.');
    } catch {
      announce('Copie impossible : le lien de la section est dans la barre d’adresse.');
    }
  });
}
