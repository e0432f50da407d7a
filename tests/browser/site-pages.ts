/** Lists the built site's HTML pages as URL paths, for tests that visit every page. */
import { relative } from 'node:path';
import { walk } from '../../src/integrations/built-site.ts';
import { htmlFileToPath } from '../../src/lib/links.ts';

export function builtPagePaths(distDir = 'dist'): string[] {
  return walk(distDir)
    .map((file) => relative(distDir, file).replace(/\\/g, '/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .map(htmlFileToPath)
    .sort();
}
