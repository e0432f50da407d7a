/** Reads a built site from disk: used by the link check integration and by the build tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { HEADING_ANCHOR_CLASS } from '../lib/heading-anchor.ts';
import { htmlFileToPath, safeDecode, type BuiltPage } from '../lib/links.ts';

/** Every file below `dir`, as full paths. */
export function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

export interface BuiltSite {
  files: Set<string>;
  pages: (BuiltPage & { file: string; html: string; sections: string[] })[];
  /** Paths of the static pages left at old addresses (src/integrations/redirect-pages.ts). */
  redirects: string[];
}

/** The static page Astro leaves at an old address: a meta refresh, no content of its own. */
export function isRedirectPage(html: string): boolean {
  return /<meta\s+http-equiv=["']?refresh/i.test(html);
}

export function readBuiltSite(distDir: string, { skip = ['pagefind/'] } = {}): BuiltSite {
  const all = walk(distDir).map((full) => relative(distDir, full).replace(/\\/g, '/'));
  const files = new Set(all.map((file) => (file.endsWith('.html') ? htmlFileToPath(file) : '/' + file)));
  const redirects: string[] = [];
  const pages = all
    .filter((file) => file.endsWith('.html') && !skip.some((prefix) => file.startsWith(prefix)))
    .flatMap((file) => {
      const html = readFileSync(join(distDir, file), 'utf8');
      if (isRedirectPage(html)) {
        redirects.push(htmlFileToPath(file));
        return [];
      }
      const root = parse(html);
      const ids = new Set(root.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? ''));
      const hrefs = root.querySelectorAll('a[href]').map((el) => el.getAttribute('href') ?? '');
      // The sections a reader can link to: the targets of the heading anchors and of the table
      // of contents.
      const sections = [
        ...new Set(
          root
            .querySelectorAll(`a.${HEADING_ANCHOR_CLASS}[href^="#"], nav.toc a[href^="#"]`)
            .map((el) => safeDecode((el.getAttribute('href') ?? '').slice(1)))
            .filter((id) => ids.has(id)),
        ),
      ];
      return [{ file, html, path: htmlFileToPath(file), ids, hrefs, sections }];
    });
  return { files, pages, redirects };
}
