/**
 * The newsletter kit: a ready-to-paste block per page (title, one-sentence summary, link with
 * tracking parameters, preview image) and the digest of the latest changes, each as e-mail-safe
 * HTML and as plain text.
 *
 * E-mail-safe means what e-mail clients render alike, Outlook included: layout tables with
 * `role="presentation"` and `cellpadding`/`cellspacing`/`border` set to 0, every style inline,
 * web-safe fonts, absolute links and image addresses, image sizes in attributes, no CSS classes,
 * no scripts. French narrow no-break spaces become `&nbsp;`, which every e-mail font draws.
 * Links carry the newsletter's tracking parameters (src/lib/urls/tracking.ts).
 */
import { escapeHtml } from '../heading-anchor.ts';
import { previewAlt, previewImagePath } from '../previews/card.ts';
import { CAMPAIGNS, trackedUrl } from '../urls/tracking.ts';
import type { Update } from '../updates.ts';
import { M } from './messages.ts';

/**
 * The first sentence of a text (descriptions have one or two). A sentence ends with . ! ? or …
 * followed by a space and a capital letter, or by the end of the text.
 */
export function firstSentence(text: string): string {
  const trimmed = text.trim();
  const match = /^.+?[.!?…](?=\s+[«"“(]?\s*\p{Lu})/su.exec(trimmed);
  return match ? match[0] : trimmed;
}

export interface NewsletterItem {
  title: string;
  /** One sentence. */
  summary: string;
  /** The page's address, tracking parameters included. */
  url: string;
  /** Absolute address and alt text of the preview image. */
  image: { url: string; alt: string };
  /** The line above the title: type and theme, or the kind and date of a change. */
  label: string;
  /** What changed, for an update. */
  note?: string | undefined;
}

/** What a page says about itself, as its layout knows it. */
export interface KitPage {
  title: string;
  description: string;
  /** Its canonical address. */
  url: string;
  image: { url: string; alt: string };
  kind: string;
  theme?: string | undefined;
}

/** The block of a page, to share it on its own. */
export function pageItem(page: KitPage): NewsletterItem {
  return {
    title: page.title,
    summary: firstSentence(page.description),
    url: trackedUrl(page.url, CAMPAIGNS.page),
    image: page.image,
    label: [page.kind, page.theme].filter(Boolean).join(' · '),
  };
}

/** The block of a change in the digest: new or updated, with the note of an update. */
export function updateItem(update: Update, origin: string, siteName: string, campaign: string): NewsletterItem {
  const card = { title: update.title, kind: update.kind, theme: update.theme };
  const when = update.isUpdate ? M.updatedOn(update.date) : M.newLabel;
  return {
    title: update.title,
    summary: firstSentence(update.description),
    url: trackedUrl(new URL(update.href, origin).href, campaign),
    image: { url: new URL(previewImagePath(update.href), origin).href, alt: previewAlt(card, siteName) },
    label: [when, update.kind, update.theme].filter(Boolean).join(' · '),
    note: update.note,
  };
}

const FONT = 'font-family:Arial,Helvetica,sans-serif;';
const COLOURS = { text: '#1e1e1b', muted: '#57554e', link: '#0b5e57', rule: '#d9d5c8' } as const;
/** Display size of the preview image in the e-mail (half of 1200×630). */
const IMAGE = { width: 600, height: 315 } as const;

/**
 * Every style the e-mail HTML carries, inline. A closed list: the site's Content Security Policy
 * allows each of them by its hash in the kit's preview (src/lib/security/csp.ts).
 */
export const EMAIL_STYLES = {
  table: `width:100%;max-width:${IMAGE.width}px;border-collapse:collapse;${FONT}color:${COLOURS.text};`,
  image: `display:block;width:100%;max-width:${IMAGE.width}px;height:auto;border:0;`,
  imageCell: 'padding:0 0 12px 0;',
  label: `padding:0 0 4px 0;font-size:14px;line-height:20px;color:${COLOURS.muted};`,
  title: 'padding:0 0 8px 0;font-size:20px;line-height:26px;font-weight:bold;',
  titleLink: `color:${COLOURS.link};text-decoration:underline;`,
  note: 'padding:0 0 8px 0;font-size:16px;line-height:24px;font-style:italic;',
  summary: 'padding:0 0 8px 0;font-size:16px;line-height:24px;',
  readMore: 'padding:0 0 24px 0;font-size:16px;line-height:24px;',
  strongLink: `color:${COLOURS.link};font-weight:bold;`,
  firstBlock: 'padding:0;',
  nextBlock: `padding:24px 0 0 0;border-top:1px solid ${COLOURS.rule};`,
  digestTitle: 'padding:0 0 8px 0;font-size:26px;line-height:32px;font-weight:bold;',
  digestIntro: 'padding:0 0 24px 0;font-size:16px;line-height:24px;',
  digestAll: `padding:16px 0 0 0;border-top:1px solid ${COLOURS.rule};font-size:16px;line-height:24px;`,
} as const;
const S = EMAIL_STYLES;

/** Text for an e-mail: escaped, with the narrow no-break spaces as `&nbsp;`. */
function emailText(text: string): string {
  return escapeHtml(text).replace(/[\u202f\u00a0]/g, '&nbsp;');
}

/** Text for a plain-text e-mail: narrow no-break spaces become no-break spaces. */
function plainText(text: string): string {
  return text.replace(/\u202f/g, '\u00a0');
}

const table = (rows: string[]) =>
  `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="${S.table}">\n${rows.join('\n')}\n</table>`;
const row = (style: string, content: string) => `<tr><td style="${style}">${content}</td></tr>`;
const link = (url: string, content: string, style: string) => `<a href="${escapeHtml(url)}" style="${style}">${content}</a>`;

/** One page's block as e-mail-safe HTML. */
export function itemHtml(item: NewsletterItem, siteName: string): string {
  const image = `<a href="${escapeHtml(item.url)}"><img src="${escapeHtml(item.image.url)}" width="${IMAGE.width}" height="${IMAGE.height}" alt="${emailText(item.image.alt)}" style="${S.image}"></a>`;
  return table([
    row(S.imageCell, image),
    row(S.label, emailText(item.label)),
    row(S.title, link(item.url, emailText(item.title), S.titleLink)),
    ...(item.note ? [row(S.note, emailText(item.note))] : []),
    row(S.summary, emailText(item.summary)),
    row(S.readMore, link(item.url, emailText(M.readMore(siteName)), S.strongLink)),
  ]);
}

/** One page's block as plain text. */
export function itemText(item: NewsletterItem): string {
  return [item.label, item.title, ...(item.note ? [item.note] : []), item.summary, M.textLink(item.url)]
    .map(plainText)
    .join('\n');
}

export interface Digest {
  title: string;
  intro: string;
  items: NewsletterItem[];
  /** The page listing every change, tracking parameters included. */
  allUrl: string;
}

/** The digest as e-mail-safe HTML: a title, an introduction, the blocks, a link to every change. */
export function digestHtml(digest: Digest, siteName: string): string {
  const blocks = digest.items.map((item, i) => row(i === 0 ? S.firstBlock : S.nextBlock, itemHtml(item, siteName)));
  return table([
    row(S.digestTitle, emailText(digest.title)),
    row(S.digestIntro, emailText(digest.intro)),
    ...blocks,
    row(S.digestAll, link(digest.allUrl, emailText(M.digestAll), S.strongLink)),
  ]);
}

/** The digest as plain text. */
export function digestText(digest: Digest): string {
  const title = plainText(digest.title);
  return [
    `${title}\n${'='.repeat([...title].length)}`,
    plainText(digest.intro),
    ...digest.items.map(itemText),
    plainText(M.digestAllText(digest.allUrl)),
  ].join('\n\n');
}
