/**
 * The URL contract's files on disk, in the content folder: the redirects and the list of
 * published addresses. Node only (reads files), no Astro: shared by the Astro config, the build
 * integrations and `npm run urls`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, displayPath } from '../facts/files.ts';
import { REDIRECT_MESSAGES } from './messages.ts';
import { PUBLISHED_LIST_FILE, formatUrlList, parseUrlList } from './published.ts';
import { REDIRECTS_FILE, parseRedirects, type Redirect } from './redirects.ts';

export function redirectsPath(dir = contentDir()): string {
  return join(dir, REDIRECTS_FILE);
}

export function publishedListPath(dir = contentDir()): string {
  return join(dir, PUBLISHED_LIST_FILE);
}

/** The redirects of the content folder ([] without a file); throws, in plain French, on any mistake. */
export function readRedirects(dir = contentDir()): Redirect[] {
  const path = redirectsPath(dir);
  if (!existsSync(path)) return [];
  const file = displayPath(path);
  const result = parseRedirects(readFileSync(path, 'utf8'), file);
  if (!result.ok) throw new Error(REDIRECT_MESSAGES.invalidFile(result.messages));
  // An old page that still has its content file would be hidden by its own redirect.
  const live = result.redirects.flatMap((r) => {
    const source = r.from.fragment === '' ? sourceOfPage(r.from.path, dir) : undefined;
    return source ? [REDIRECT_MESSAGES.stillAPage(REDIRECT_MESSAGES.where(file, r.line, 0, r.from.path), source)] : [];
  });
  if (live.length > 0) throw new Error(REDIRECT_MESSAGES.invalidFile(live));
  return result.redirects;
}

/** The published addresses, or undefined when the content folder has no list (a test fixture). */
export function readPublishedList(dir = contentDir()): string[] | undefined {
  const path = publishedListPath(dir);
  if (!existsSync(path)) return undefined;
  const { urls, invalid } = parseUrlList(readFileSync(path, 'utf8'));
  if (invalid.length > 0) {
    const lines = invalid.map((i) => `${displayPath(path)}, ligne ${i.line}\u202f: «\u202f${i.text}\u202f» n’est pas une adresse du site.`);
    throw new Error(lines.join('\n'));
  }
  return urls;
}

export function writePublishedList(urls: Iterable<string>, dir = contentDir()): void {
  writeFileSync(publishedListPath(dir), formatUrlList(urls));
}

/** The content file of a page, when it has one: « /guides/ptce/ » → « content/guides/ptce.mdx ». */
export function sourceOfPage(pagePath: string, dir = contentDir()): string | undefined {
  const match = /^\/((?:guides|fiches|outils)\/.+)\/$/.exec(pagePath);
  if (!match) return undefined;
  for (const ext of ['.mdx', '.md']) {
    const path = join(dir, `${match[1]}${ext}`);
    if (existsSync(path)) return displayPath(path);
  }
  return undefined;
}
