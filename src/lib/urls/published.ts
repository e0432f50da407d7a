/**
 * The list of published addresses (content/adresses-publiees.txt) and the contract it sets: every
 * address once published — each page, each section of a guide, a fiche or a tool, each glossary
 * term, each feed — keeps leading somewhere, itself or through a redirect. The list only grows:
 * `npm run urls` adds the new addresses of the built site and keeps the old ones.
 */
import { followRedirects, type Redirect } from './redirects.ts';
import { formatSiteUrl, parseSiteUrl, type SiteUrl } from './site-url.ts';
import { CONTRACT_MESSAGES as M } from './messages.ts';

export const PUBLISHED_LIST_FILE = 'adresses-publiees.txt';

/** Pages whose sections are published one by one: guides, fiches, tools and the glossary. */
const SECTIONED = /^\/(?:guides|fiches|outils)\/[^/]+\/(?:.+\/)?$|^\/glossaire\/$/;

/** Pages that are not addresses of their own. */
const NOT_PUBLISHED = new Set(['/404.html']);

export interface PublishedPage {
  path: string;
  /** Ids of the sections a reader can copy a link to (the targets of the heading anchors). */
  sections: readonly string[];
}

/** Every address the built site publishes, sorted: pages, their sections, feeds at the root. */
export function publishedUrlsOf(pages: readonly PublishedPage[], files: Iterable<string>): string[] {
  const urls = new Set<string>();
  for (const page of pages) {
    if (NOT_PUBLISHED.has(page.path)) continue;
    urls.add(page.path);
    if (SECTIONED.test(page.path)) for (const id of page.sections) urls.add(formatSiteUrl({ path: page.path, fragment: id }));
  }
  for (const file of files) if (/^\/[^/]+\.xml$/.test(file)) urls.add(file);
  return sortUrls(urls);
}

/** Page first, then its sections, each group in code-point order: the same on every machine. */
export function sortUrls(urls: Iterable<string>): string[] {
  const key = (url: string) => {
    const hash = url.indexOf('#');
    return hash === -1 ? [url, ''] : [url.slice(0, hash), url.slice(hash + 1)];
  };
  return [...new Set(urls)].sort((a, b) => {
    const [pa = '', fa = ''] = key(a);
    const [pb = '', fb = ''] = key(b);
    return pa < pb ? -1 : pa > pb ? 1 : fa < fb ? -1 : fa > fb ? 1 : 0;
  });
}

const HEADER = [
  '# Adresses publiées de Faire ensemble : chaque adresse ici doit continuer de mener quelque part.',
  '# La construction du site échoue si l’une disparaît sans redirection (content/redirections.yaml).',
  '# `npm run urls` ajoute les nouvelles adresses et garde les anciennes. Retirez une ligne à la main',
  '# seulement pour une adresse qui n’a jamais été envoyée.',
];

export function formatUrlList(urls: Iterable<string>): string {
  return `${[...HEADER, ...sortUrls(urls)].join('\n')}\n`;
}

export interface ParsedList {
  urls: string[];
  /** Lines that are not an address of the site. */
  invalid: { line: number; text: string }[];
}

export function parseUrlList(text: string): ParsedList {
  const parsed: ParsedList = { urls: [], invalid: [] };
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const url = parseSiteUrl(line);
    if (url) parsed.urls.push(formatSiteUrl(url));
    else parsed.invalid.push({ line: index + 1, text: line });
  });
  return parsed;
}

/** The list after `npm run urls`: nothing published is ever dropped. */
export function mergeUrlLists(existing: Iterable<string>, current: Iterable<string>): string[] {
  return sortUrls([...existing, ...current]);
}

/** The built site as the contract sees it: each page with the ids of its elements, every file. */
export interface SiteView {
  /** Live pages (not the static pages left at old addresses), by path. */
  pages: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every path of the output, pages included. */
  files: ReadonlySet<string>;
}

export type BrokenUrl =
  /** `moved`: redirected, to a page that does not exist (a section: never moved). */
  | { url: string; kind: 'page' | 'section'; target: string; moved: boolean }
  | { url: string; kind: 'loop'; chain: string[] };

function exists(site: SiteView, url: SiteUrl): 'yes' | 'page' | 'section' {
  const ids = site.pages.get(url.path);
  if (!ids) return site.files.has(url.path) && url.fragment === '' && !url.path.endsWith('/') ? 'yes' : 'page';
  return url.fragment === '' || ids.has(url.fragment) ? 'yes' : 'section';
}

/** The published addresses that lead nowhere, redirects followed. */
export function brokenPublishedUrls(list: readonly string[], site: SiteView, redirects: readonly Redirect[]): BrokenUrl[] {
  return list.flatMap((url): BrokenUrl[] => {
    const parsed = parseSiteUrl(url);
    if (!parsed) return [];
    const outcome = followRedirects(parsed, redirects);
    if ('loop' in outcome) return [{ url, kind: 'loop', chain: outcome.loop.map(formatSiteUrl) }];
    const found = exists(site, outcome.url);
    // A section of a redirected page that the new page does not have lands at the top of the new
    // page: the page's redirect says where its content went. A section redirected on its own to
    // a missing section is a mistake of the redirects file (redirectProblems).
    if (found === 'yes' || (found === 'section' && outcome.moved)) return [];
    return [{ url, kind: found, target: formatSiteUrl(outcome.url), moved: outcome.moved }];
  });
}

/** The content file of a page, for the hint about `ancres` (« /guides/ptce/ » → « content/guides/ptce.mdx »). */
export type SourceOf = (pagePath: string) => string | undefined;

export function describeBrokenUrls(broken: readonly BrokenUrl[], listFile: string, redirectsFile: string, sourceOf: SourceOf): string {
  // The sections of a page that is gone are named with the page, not one by one.
  const gonePages = new Set(broken.filter((b) => b.kind === 'page' && !b.moved).map((b) => b.url));
  const sectionsOf = (page: string) => broken.filter((b) => b.kind === 'page' && !b.moved && b.url.startsWith(`${page}#`)).length;
  const shown = broken.filter((b) => !(b.kind === 'page' && !b.moved && b.url.includes('#') && gonePages.has(b.url.slice(0, b.url.indexOf('#')))));
  const lines = shown.map((b) => {
    if (b.kind === 'loop') return M.loop(b.url, b.chain);
    if (b.kind === 'page') return b.moved ? M.movedToMissingPage(b.url, b.target) : M.missingPage(b.url, sectionsOf(b.url), redirectsFile);
    const page = b.url.slice(0, b.url.indexOf('#'));
    return M.missingSection(b.url, page, sourceOf(page), redirectsFile);
  });
  return `${M.header(broken.length, listFile)}\n${lines.join('\n')}`;
}

export type RedirectProblem =
  | { kind: 'to-missing'; redirect: Redirect; target: string }
  | { kind: 'from-live-page'; redirect: Redirect }
  | { kind: 'from-missing-page'; redirect: Redirect };

/**
 * Mistakes only the built site shows: a redirect to an address that does not exist, from a page
 * that still exists, or of a section whose page neither exists nor is redirected.
 */
export function redirectProblems(redirects: readonly Redirect[], site: SiteView): RedirectProblem[] {
  return redirects.flatMap((redirect): RedirectProblem[] => {
    const { from } = redirect;
    if (from.fragment === '' && site.pages.has(from.path)) return [{ kind: 'from-live-page', redirect }];
    if (from.fragment !== '' && !site.pages.has(from.path) && !redirects.some((r) => r.from.fragment === '' && r.from.path === from.path)) {
      return [{ kind: 'from-missing-page', redirect }];
    }
    const outcome = followRedirects(from, redirects);
    if ('loop' in outcome) return [];
    return exists(site, outcome.url) === 'yes' ? [] : [{ kind: 'to-missing', redirect, target: formatSiteUrl(outcome.url) }];
  });
}

export function describeRedirectProblems(problems: readonly RedirectProblem[], redirectsFile: string): string {
  const lines = problems.map((p) => {
    const from = formatSiteUrl(p.redirect.from);
    if (p.kind === 'to-missing') return M.redirectToMissing(p.redirect.line, from, p.target);
    if (p.kind === 'from-live-page') return M.redirectFromLivePage(p.redirect.line, from);
    return M.redirectFromMissingPage(p.redirect.line, from, p.redirect.from.path);
  });
  return `${M.redirectsHeader(redirectsFile)}\n${lines.join('\n')}`;
}
