/**
 * What the build reads back from a built page's <head> (written by src/layouts/BaseLayout.astro):
 * the preview card it declares on its og:image tag, its last modification and whether it is
 * indexable. The preview images and the sitemap are made from it, after the pages are written.
 */
import { parse } from 'node-html-parser';
import type { PreviewCard } from './previews/card.ts';

/** Attributes of the og:image tag that describe the card drawn on the image. */
export const PREVIEW_ATTRIBUTES = { title: 'data-title', kind: 'data-kind', theme: 'data-theme' } as const;

export interface PageHead {
  /** The page asks search engines not to index it. */
  noindex: boolean;
  /** article:modified_time, for a page that has one. */
  modified: Date | undefined;
  /** The preview image the page declares: its URL path and what it shows. */
  preview: { path: string; card: PreviewCard } | undefined;
}

export function readPageHead(html: string): PageHead {
  const end = html.indexOf('</head>');
  const head = parse(end === -1 ? html : html.slice(0, end));
  const content = (selector: string) => head.querySelector(selector)?.getAttribute('content');
  const modified = content('meta[property="article:modified_time"]');
  const image = head.querySelector('meta[property="og:image"]');
  const title = image?.getAttribute(PREVIEW_ATTRIBUTES.title);
  const imageUrl = image?.getAttribute('content');
  return {
    noindex: /\bnoindex\b/.test(content('meta[name="robots"]') ?? ''),
    modified: modified ? new Date(modified) : undefined,
    preview:
      imageUrl && title
        ? {
            path: new URL(imageUrl, 'https://site.invalid').pathname,
            card: {
              title,
              kind: image?.getAttribute(PREVIEW_ATTRIBUTES.kind) || undefined,
              theme: image?.getAttribute(PREVIEW_ATTRIBUTES.theme) || undefined,
            },
          }
        : undefined,
  };
}
