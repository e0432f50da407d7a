/**
 * Pagefind's own search API (the `pagefind.js` of a built index) run in Node, reading the index
 * files from disk, so build tests and measurements query the index the way the browser does.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface PagefindPage {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { element: string; id: string; text: string; location: number }[];
  word_count: number;
  locations: number[];
  sub_results: { title: string; url: string; excerpt: string }[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindPage>;
}

export interface PagefindNode {
  search(query: string | null): Promise<PagefindResult[]>;
  filters(): Promise<Record<string, Record<string, number>>>;
  /** Bytes read from the index since the last call. */
  takeBytes(): number;
  close(): Promise<void>;
}

let loads = 0;

export async function openPagefind(dir = 'dist/pagefind', excerptLength = 22): Promise<PagefindNode> {
  let bytes = 0;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (url: string | URL) => {
    const file = await readFile(fileURLToPath(new URL(String(url))));
    bytes += file.length;
    return new Response(file);
  }) as typeof fetch;
  // A query string gives each call its own module instance, hence its own index.
  const api = await import(/* @vite-ignore */ `${pathToFileURL(resolve(dir, 'pagefind.js')).href}?load=${++loads}`);
  await api.options({ excerptLength, baseUrl: '/' });
  await api.init();
  return {
    search: async (query) => (await api.search(query))?.results ?? [],
    filters: () => api.filters(),
    takeBytes: () => {
      const taken = bytes;
      bytes = 0;
      return taken;
    },
    close: async () => {
      await api.destroy();
      globalThis.fetch = realFetch;
    },
  };
}
