/**
 * Addresses of the site as the URL contract writes them: a path, then an optional « #section »,
 * both decoded (« /guides/ptce/#pièges-à-éviter »). Pages end with « / » (the site is built as
 * folders); files keep their name (« /rss.xml »).
 */

import { safeDecode } from '../links.ts';

export interface SiteUrl {
  /** « /guides/ptce/ », « /rss.xml ». */
  path: string;
  /** The section id, decoded, without « # »; '' for the page itself. */
  fragment: string;
}

/**
 * Reads an address of the site written by hand or taken from a page: decodes it and adds the
 * final « / » of a page. Undefined when it is not a path of this site (another site, a query, a
 * space, « .. »).
 */
export function parseSiteUrl(raw: string): SiteUrl | undefined {
  const text = raw.trim();
  if (!text.startsWith('/') || text.startsWith('//') || /[\s?\\]/.test(text)) return undefined;
  const hash = text.indexOf('#');
  let path = safeDecode(hash === -1 ? text : text.slice(0, hash));
  const fragment = hash === -1 ? '' : safeDecode(text.slice(hash + 1));
  if (path.split('/').some((segment) => segment === '..' || segment === '.')) return undefined;
  if (fragment.includes('#')) return undefined;
  const last = path.slice(path.lastIndexOf('/') + 1);
  if (last !== '' && !last.includes('.')) path += '/';
  return { path, fragment };
}

/** The written form: « /guides/ptce/#pièges-à-éviter ». */
export function formatSiteUrl(url: SiteUrl): string {
  return url.fragment === '' ? url.path : `${url.path}#${url.fragment}`;
}

/** Normalises an address (see parseSiteUrl); undefined when it is not one of the site. */
export function normalizeSiteUrl(raw: string): string | undefined {
  const url = parseSiteUrl(raw);
  return url && formatSiteUrl(url);
}

/** An href for a page or a header: each path segment and the fragment percent-encoded. */
export function encodeSiteUrl(url: SiteUrl): string {
  const path = url.path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  return url.fragment === '' ? path : `${path}#${encodeURIComponent(url.fragment)}`;
}
