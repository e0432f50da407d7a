/** Reads a built site from disk: used by the link check integration and by the build tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { htmlFileToPath, type BuiltPage } from '../lib/links.ts';

/** Every file below `dir`, as full paths. */
export function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

export interface BuiltSite {
  files: Set<string>;
  pages: (BuiltPage & { file: string; html: string })[];
}

export function readBuiltSite(distDir: string, { skip = ['pagefind/'] } = {}): BuiltSite {
  const all = walk(distDir).map((full) => relative(distDir, full).replace(/\\/g, '/'));
  const files = new Set(all.map((file) => (file.endsWith('.html') ? htmlFileToPath(file) : '/' + file)));
  const pages = all
    .filter((file) => file.endsWith('.html') && !skip.some((prefix) => file.startsWith(prefix)))
    .map((file) => {
      const html = readFileSync(join(distDir, file), 'utf8');
      const root = parse(html);
      const ids = new Set(root.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? ''));
      const hrefs = root.querySelectorAll('a[href]').map((el) => el.getAttribute('href') ?? '');
      return { file, html, path: htmlFileToPath(file), ids, hrefs };
    });
  return { files, pages };
}
