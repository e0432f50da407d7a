/**
 * The copy-link anchor of a heading (or of a glossary term): a "#" link to the element's id, with
 * a label for screen readers, which src/scripts/copy-link.ts turns into a copy-link button. One
 * markup for the Markdown plugin (src/markdown/heading-anchors.ts) and the Astro components
 * (src/components/Heading.astro, HeadingAnchor.astro). Left out of the search index.
 */

export const HEADING_ANCHOR_CLASS = 'heading-anchor';

export type HeadingTag = 'h2' | 'h3' | 'h4';

/** Escapes text for an HTML attribute or element (the markup built by the Markdown plugins). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

/** What a screen reader says for the anchor of a section heading. */
export function sectionLinkLabel(heading: string): string {
  return `Lien vers la section «\u202f${heading}\u202f»`;
}

/** What a screen reader says for the anchor of a glossary term. */
export function termLinkLabel(term: string): string {
  return `Lien vers la définition de «\u202f${term}\u202f»`;
}

/** The anchor alone, as HTML. */
export function headingAnchorHtml(id: string, label: string): string {
  return `<a class="${HEADING_ANCHOR_CLASS}" href="#${escapeHtml(id)}" data-pagefind-ignore><span aria-hidden="true">#</span><span class="visually-hidden">${escapeHtml(label)}</span></a>`;
}

const wrapperOpen = (tag: HeadingTag) => `<div class="heading-wrap heading-${tag}">`;

/** The wrapper of a heading with its anchor, the heading itself left out: it goes first inside. */
export function headingWrapperHtml(tag: HeadingTag, id: string, text: string): string {
  return `${wrapperOpen(tag)}${headingAnchorHtml(id, sectionLinkLabel(text))}</div>`;
}

/** A whole heading with its id and anchor, as HTML; `text` is plain text. */
export function headingHtml(tag: HeadingTag, id: string, text: string): string {
  const heading = `<${tag} id="${escapeHtml(id)}">${escapeHtml(text)}</${tag}>`;
  return `${wrapperOpen(tag)}${heading}${headingAnchorHtml(id, sectionLinkLabel(text))}</div>`;
}
