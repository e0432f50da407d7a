/**
 * Builds the Pagefind search index right after `astro build`, in French, so `dist/` is
 * deployable with search working and `astro preview` serves it.
 *
 * French elision: Pagefind reads « l’essoufflement » as one word, so a reader typing
 * « essoufflement » would not find the page. The fix is made here, when indexing, rather than by
 * rewriting queries in the browser: Pagefind has no OR query, so a query-time fix would run one
 * search per prefix (lessoufflement, dessoufflement, quessoufflement…), fetch their index chunks
 * and merge scores that do not compare. Instead Pagefind indexes a copy of each built page whose
 * elisions it splits by itself (`encodeHtmlForIndex`, see src/lib/elision.ts): the bare word is
 * indexed at the position and weight it has on the page, the elided form is still indexed, and
 * the pages in `dist/` are not touched. The text Pagefind stores to show results (excerpts,
 * titles, headings) is then turned back into the page’s own text (`decodeFragment`).
 */
import type { AstroIntegration } from 'astro';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { decodeFragment, encodeHtmlForIndex, type IndexedFragment } from '../lib/elision.ts';
import { walk } from './built-site.ts';

/** Pagefind writes each fragment file as gzip of this signature followed by JSON. */
const SIGNATURE = 'pagefind_dcd';
/** Pages read and encoded at a time. */
const BATCH = 16;

function fail(errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind : ${errors.join(', ')}`);
}

/** A fragment file holds one page’s fragment or, past `maxFragments`, an object of several. */
function decodeFragmentFile(bytes: Uint8Array): Uint8Array {
  const raw = gunzipSync(bytes).toString('utf8');
  if (!raw.startsWith(SIGNATURE)) throw new Error('Pagefind : format de fragment inconnu.');
  const json = JSON.parse(raw.slice(SIGNATURE.length)) as IndexedFragment | Record<string, IndexedFragment>;
  const decoded =
    typeof json.content === 'string'
      ? decodeFragment(json as IndexedFragment)
      : Object.fromEntries(Object.entries(json).map(([hash, fragment]) => [hash, decodeFragment(fragment as IndexedFragment)]));
  return gzipSync(SIGNATURE + JSON.stringify(decoded));
}

/** Indexes every HTML page of `siteDir` into `outputDir`; returns the number of pages indexed. */
export async function writeSearchIndex(siteDir: string, outputDir = join(siteDir, 'pagefind')): Promise<number> {
  // The copy goes to disk and Pagefind reads it as a directory: measured at 1 000 pages, that is
  // faster and lighter than sending each page through addHTMLFile.
  const copy = await mkdtemp(join(tmpdir(), 'faire-ensemble-index-'));
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
  try {
    if (!index) throw new Error(`Pagefind : ${errors.join(', ')}`);
    const pages = walk(siteDir).filter((file) => file.endsWith('.html') && relative(outputDir, file).startsWith('..'));
    for (let i = 0; i < pages.length; i += BATCH) {
      await Promise.all(
        pages.slice(i, i + BATCH).map(async (file) => {
          const target = join(copy, relative(siteDir, file));
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, encodeHtmlForIndex(await readFile(file, 'utf8')));
        }),
      );
    }
    fail((await index.addDirectory({ path: copy })).errors);
    const built = await index.getFiles();
    fail(built.errors);
    let pageCount = 0;
    for (const file of built.files) {
      const target = join(outputDir, file.path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.path.endsWith('.pf_fragment') ? decodeFragmentFile(file.content) : file.content);
      if (file.path === 'pagefind-entry.json') {
        const entry = JSON.parse(Buffer.from(file.content).toString('utf8')) as { languages: Record<string, { page_count: number }> };
        pageCount = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
      }
    }
    return pageCount;
  } finally {
    await pagefind.close();
    await rm(copy, { recursive: true, force: true });
  }
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'faire-ensemble:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pageCount = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`Index de recherche : ${pageCount} pages.`);
      },
    },
  };
}
