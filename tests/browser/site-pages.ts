/** Lists the built site's HTML pages as URL paths, for tests that visit every page. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { isRedirectPage, walk } from '../../src/integrations/built-site.ts';
import { htmlFileToPath } from '../../src/lib/links.ts';

/** The pages of the site, without the static pages left at old addresses (they only redirect). */
export function builtPagePaths(distDir = 'dist'): string[] {
  return walk(distDir)
    .filter((file) => file.endsWith('.html') && !isRedirectPage(readFileSync(file, 'utf8')))
    .map((file) => relative(distDir, file).replace(/\\/g, '/'))
    .filter((file) => !file.startsWith('pagefind/'))
    .map(htmlFileToPath)
    .sort();
}
