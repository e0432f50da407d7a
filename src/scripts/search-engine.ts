/** Thin wrapper over Pagefind's browser API, loaded only once search is opened. */

export interface SearchSection {
  title: string;
  url: string;
  excerpt: string;
}

export interface SearchHit {
  url: string;
  title: string;
  excerpt: string;
  type: string;
  sections: SearchSection[];
}

export interface SearchOutcome {
  total: number;
  hits: SearchHit[];
}

export type Filters = Record<string, string[]>;

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string } | undefined;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
interface PagefindApi {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, opts?: { filters?: Filters }): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

let pagefind: Promise<PagefindApi> | undefined;

export function loadPagefind(): Promise<PagefindApi> {
  // A variable keeps the bundler from resolving the index, which only exists after the build.
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(async (api: PagefindApi) => {
    await api.options({ excerptLength: 22 });
    await api.init();
    return api;
  });
  return pagefind;
}

function toHit(data: PagefindData): SearchHit {
  const sections = data.sub_results
    .filter((sub) => sub.anchor?.id && sub.url !== data.url)
    .slice(0, 3)
    .map((sub) => ({ title: sub.title, url: sub.url, excerpt: sub.excerpt }));
  return {
    url: data.url,
    title: data.meta['title'] ?? data.url,
    excerpt: data.excerpt,
    type: data.filters['type']?.[0] ?? '',
    sections,
  };
}

/**
 * Runs a query; `limit` caps how many results are loaded in detail. `isCurrent` is asked once the
 * matching pages are known: when the reader has typed on since, their details (one fragment file
 * each) are not fetched.
 */
export async function search(query: string, filters: Filters = {}, limit = 10, isCurrent: () => boolean = () => true): Promise<SearchOutcome> {
  const api = await loadPagefind();
  const response = await api.search(query.trim() === '' ? null : query, { filters });
  if (!response) return { total: 0, hits: [] };
  if (!isCurrent()) return { total: response.results.length, hits: [] };
  const details = await Promise.all(response.results.slice(0, limit).map((r) => r.data()));
  return { total: response.results.length, hits: details.map(toHit) };
}
