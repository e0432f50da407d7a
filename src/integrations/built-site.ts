/** Reads a built site from disk: used by the link check integration and by the build tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlFileToPath, type BuiltPage } from '../lib/links.ts';
import { scanPage } from '../lib/page-scan.ts';

/** Every file below `dir`, as full paths. */
export function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** The static page Astro leaves at an old address: a meta refresh, no content of its own. */
export function isRedirectPage(html: string): boolean {
  return /<meta\s+http-equiv=["']?refresh/i.test(html);
}

export interface ScannedPage extends BuiltPage {
  file: string;
  sections: string[];
}

export interface ScannedSite<Page extends ScannedPage = ScannedPage> {
  files: Set<string>;
  pages: Page[];
  /** Paths of the static pages left at old addresses (src/integrations/redirect-pages.ts). */
  redirects: string[];
}

interface ReadOptions {
  /** Folders (dist-relative, with a trailing slash) whose HTML files are not pages. */
  skip?: readonly string[];
}

function read<Page extends ScannedPage>(distDir: string, { skip = ['pagefind/'] }: ReadOptions, page: (scanned: ScannedPage, html: string) => Page): ScannedSite<Page> {
  const all = walk(distDir).map((full) => relative(distDir, full).replace(/\\/g, '/'));
  const files = new Set(all.map((file) => (file.endsWith('.html') ? htmlFileToPath(file) : '/' + file)));
  const redirects: string[] = [];
  const pages: Page[] = [];
  for (const file of all) {
    if (!file.endsWith('.html') || skip.some((prefix) => file.startsWith(prefix))) continue;
    const html = readFileSync(join(distDir, file), 'utf8');
    const { ids, hrefs, sections, redirect } = scanPage(html);
    if (redirect) redirects.push(htmlFileToPath(file));
    else pages.push(page({ file, path: htmlFileToPath(file), ids, hrefs, sections }, html));
  }
  return { files, pages, redirects };
}

/**
 * The links, ids and sections of every page, one page at a time: the HTML is dropped as soon as
 * it is scanned, so memory grows with the links, not with the pages' text (the build's check).
 */
export function scanBuiltSite(distDir: string, options: ReadOptions = {}): ScannedSite {
  return read(distDir, options, (scanned) => scanned);
}

/** A built site with each page's HTML: what the build tests look inside. */
export type BuiltSite = ScannedSite<ScannedPage & { html: string }>;

/** The same, keeping each page's HTML: for the build tests, which look inside pages. */
export function readBuiltSite(distDir: string, options: ReadOptions = {}): BuiltSite {
  return read(distDir, options, (scanned, html) => ({ ...scanned, html }));
}
