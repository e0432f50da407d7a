/**
 * After the pages are written: reads back each page's head (src/lib/page-head.ts), draws the
 * preview image it declares (src/integrations/preview-render.ts), and keeps what it read for the
 * sitemap, which runs next: each page's `lastmod` is its `updated` date, and pages that ask not
 * to be indexed (search, 404, the newsletter digest) or that the layout did not render (redirects)
 * are left out.
 */
import type { AstroIntegration } from 'astro';
import type { SitemapOptions } from '@astrojs/sitemap';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFileToPath } from '../lib/links.ts';
import { readPageHead, type PageHead } from '../lib/page-head.ts';
import { SITE } from '../lib/site.ts';
import { isoDate } from '../lib/text.ts';
import { walk } from './built-site.ts';
import { previewRenderer } from './preview-render.ts';
import { drawInWorkers } from './preview-workers.ts';
import type { PreviewCard } from '../lib/previews/card.ts';

/** Reads the heads of every page of `siteDir`, by URL path ("/guides/ptce/"). */
export async function readPageHeads(siteDir: string): Promise<Map<string, PageHead>> {
  const files = walk(siteDir).filter((file) => file.endsWith('.html') && !relative(siteDir, file).startsWith('pagefind'));
  const entries = await Promise.all(
    files.map(async (file) => [htmlFileToPath(relative(siteDir, file)), readPageHead(await readFile(file, 'utf8'))] as const),
  );
  return new Map(entries);
}

/**
 * Draws the preview image of every page that declares one; returns how many were drawn and how
 * many came from `cacheDir`, where images are kept by what decides their picture (the card's
 * layout, the fonts, the renderers' versions): a build redraws only the cards that changed.
 */
export async function writePreviewImages(
  siteDir: string,
  heads: ReadonlyMap<string, PageHead>,
  cacheDir?: string,
): Promise<{ drawn: number; cached: number }> {
  const renderer = previewRenderer(SITE.name);
  const previews = [...heads.values()].flatMap((head) => (head.preview ? [head.preview] : []));
  const seen = new Map<string, string>();
  for (const { path, card } of previews) {
    const other = seen.get(path);
    if (other !== undefined && other !== card.title) {
      throw new Error(`Deux pages déclarent la même image d’aperçu ${path} : « ${other} » et « ${card.title} ».`);
    }
    seen.set(path, card.title);
  }
  if (cacheDir) await mkdir(cacheDir, { recursive: true });
  const toDraw: { card: PreviewCard; target: string; cached?: string | undefined }[] = [];
  const copies: Promise<void>[] = [];
  for (const { path, card } of previews) {
    const target = join(siteDir, path);
    const cached = cacheDir && join(cacheDir, `${renderer.key(card)}.png`);
    if (cached && existsSync(cached)) {
      copies.push(mkdir(dirname(target), { recursive: true }).then(() => copyFile(cached, target)));
    } else {
      toDraw.push({ card, target, cached: cached || undefined });
    }
  }
  await Promise.all([...copies, drawInWorkers(SITE.name, toDraw)]);
  return { drawn: toDraw.length, cached: copies.length };
}

export interface LinkPreviews extends AstroIntegration {
  /** The heads read after the build, by URL path: filled before the sitemap runs. */
  heads: Map<string, PageHead>;
  /**
   * The integration that waits for the images, to place last: they are drawn while the search
   * index (Pagefind's own process) and the link check run, which need the pages, not the images.
   */
  drawn: AstroIntegration;
}

export function linkPreviews(): LinkPreviews {
  const heads = new Map<string, PageHead>();
  let cacheDir: string | undefined;
  let drawing: Promise<string> | undefined;
  return {
    name: 'faire-ensemble:link-previews',
    heads,
    hooks: {
      'astro:config:done': ({ config }) => {
        // One cache for every build of the project, whatever its content or cacheDir (the tests'
        // builds of edited content have their own): an image's key says all that it depends on.
        // FE_PREVIEW_CACHE_DIR moves it (the benchmark measures builds with an empty cache).
        cacheDir = process.env['FE_PREVIEW_CACHE_DIR'] ?? fileURLToPath(new URL('node_modules/.cache/faire-ensemble/apercus/', config.root));
      },
      'astro:build:done': async ({ dir }) => {
        const siteDir = fileURLToPath(dir);
        const start = performance.now();
        for (const [path, head] of await readPageHeads(siteDir)) heads.set(path, head);
        drawing = writePreviewImages(siteDir, heads, cacheDir).then(
          ({ drawn, cached }) => `Images d’aperçu : ${drawn} dessinées, ${cached} reprises du cache, en ${Math.round(performance.now() - start)} ms.`,
        );
        // Awaited by `drawn`; until then a failure must not surface as an unhandled rejection.
        drawing.catch(() => undefined);
      },
    },
    drawn: {
      name: 'faire-ensemble:link-previews-drawn',
      hooks: {
        'astro:build:done': async ({ logger }) => {
          if (!drawing) throw new Error('Images d’aperçu : l’intégration faire-ensemble:link-previews doit précéder celle-ci.');
          logger.info(await drawing);
        },
      },
    },
  };
}

/**
 * Options of @astrojs/sitemap, to place right after `linkPreviews` in the integrations: the
 * sitemap lists the indexable pages the layout rendered, each with its `updated` date.
 */
export function sitemapOptions(previews: LinkPreviews): SitemapOptions {
  const headOf = (url: string) => previews.heads.get(new URL(url).pathname);
  return {
    filter: (url) => {
      const head = headOf(url);
      return head !== undefined && head.preview !== undefined && !head.noindex;
    },
    serialize: (item) => {
      const modified = headOf(item.url)?.modified;
      return modified ? { ...item, lastmod: isoDate(modified) } : item;
    },
  };
}
