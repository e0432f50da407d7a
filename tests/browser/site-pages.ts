/** Lists the built site's HTML pages as URL paths, for tests that visit every page. */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlFileToPath } from '../../src/lib/links';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

export function builtPagePaths(distDir = 'dist'): string[] {
  return walk(distDir)
    .map((file) => relative(distDir, file).replace(/\\/g, '/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .map(htmlFileToPath)
    .sort();
}
