/**
 * Writes dist/sw.js, the service worker that keeps the site usable offline after one visit, once
 * every page, the search index and the data files are written: esbuild bundles
 * src/service-worker/sw.ts with the Workbox modules it uses, then workbox-build's injectManifest
 * lists the files to store (src/lib/offline/precache.ts) in place of `self.__WB_MANIFEST`.
 * Each entry carries the SHA-256 of its file (`integrity`): the browser checks what it stores.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { formatBytes, PRECACHE_GLOBS, PRECACHE_IGNORES, SERVICE_WORKER_URL, urlOfFile } from '../lib/offline/precache.ts';
import { isRedirectPage } from './built-site.ts';

const SOURCE = fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url));
const SERVICE_WORKER_FILE = SERVICE_WORKER_URL.slice(1);

export interface ServiceWorkerBuild {
  /** Files listed, and their total size in bytes (uncompressed). */
  count: number;
  size: number;
  warnings: string[];
}

/** Bundles the worker's source into one classic script (service workers as modules are not everywhere). */
async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [SOURCE],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    write: false,
    legalComments: 'none',
    // Workbox's development logs are dropped.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('Service worker : esbuild n’a rien produit.');
  return output.text;
}

/** Writes `sw.js` at the root of `dist`. */
export async function writeServiceWorker(dist: string): Promise<ServiceWorkerBuild> {
  const work = mkdtempSync(join(tmpdir(), 'faire-ensemble-sw-'));
  try {
    const source = join(work, SERVICE_WORKER_FILE);
    writeFileSync(source, await bundle());
    const { count, size, warnings } = await injectManifest({
      swSrc: source,
      swDest: join(dist, SERVICE_WORKER_FILE),
      globDirectory: dist,
      globPatterns: [...PRECACHE_GLOBS],
      globIgnores: [...PRECACHE_IGNORES],
      manifestTransforms: [
        (entries) => ({
          // The pages left at old addresses only redirect: offline, their address shows the offline page.
          manifest: entries
            .filter((entry) => !(entry.url.endsWith('.html') && isRedirectPage(readFileSync(join(dist, entry.url), 'utf8'))))
            .map((entry) => ({
              ...entry,
              url: urlOfFile(entry.url),
              integrity: `sha256-${createHash('sha256').update(readFileSync(join(dist, entry.url))).digest('base64')}`,
            })),
        }),
      ],
    });
    return { count, size, warnings };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function serviceWorker(): AstroIntegration {
  return {
    name: 'faire-ensemble:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir));
        for (const warning of warnings) logger.warn(`Service worker : ${warning}`);
        logger.info(`Mode hors connexion : ${SERVICE_WORKER_FILE} précharge ${count} fichiers (${formatBytes(size)}).`);
      },
    },
  };
}
