/**
 * The files static hosts read beside the pages (Netlify, Cloudflare Pages and the hosts that
 * copied their format): `_redirects`, one permanent redirect per line, and `_headers`, HTTP
 * headers by path. Hosts that ignore them serve the static page Astro leaves at each old address.
 */
import { SERVICE_WORKER_URL } from '../offline/precache.ts';
import { encodeSiteUrl, type SiteUrl } from './site-url.ts';

const GENERATED = '# Généré par la construction du site depuis content/redirections.yaml : ne pas modifier.';

/**
 * One line per old page, with and without its final « / » (hosts differ on matching it). A section
 * in the old address is not sent to servers: the browser keeps it across the redirect, and the
 * new page sends a moved section on to its new address.
 */
export function redirectsFile(targets: readonly { from: SiteUrl; to: SiteUrl }[]): string {
  const lines = targets.flatMap(({ from, to }) => {
    const source = encodeSiteUrl(from);
    const target = encodeSiteUrl(to);
    const variants = source.endsWith('/') && source !== '/' ? [source, source.slice(0, -1)] : [source];
    return variants.map((variant) => `${variant} ${target} 301`);
  });
  return [GENERATED, ...lines].join('\n') + '\n';
}

/** Headers for the paths a pattern matches (`/*`, `/_astro/*`, an exact path). */
export interface HeaderRule {
  path: string;
  headers: readonly (readonly [name: string, value: string])[];
}

/**
 * The rules of `_headers`: the site's own headers on every path (src/lib/security/headers.ts);
 * the hashed assets of `/_astro/` cached for a year; the service worker revalidated on every use
 * (no cache on the way keeps an old copy, so a new version is seen at the next page opened); the
 * pages left at old addresses kept out of search engines. A header is set by one rule only: hosts
 * join the values of a header that several matching rules set, which for `Content-Security-Policy`
 * would mean two policies, both enforced.
 */
export function headerRules(oldPages: readonly SiteUrl[], siteHeaders: HeaderRule['headers']): HeaderRule[] {
  return [
    { path: '/*', headers: siteHeaders },
    { path: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
    { path: SERVICE_WORKER_URL, headers: [['Cache-Control', 'no-cache']] },
    ...oldPages.map((page) => ({ path: encodeSiteUrl(page), headers: [['X-Robots-Tag', 'noindex']] as const })),
  ];
}

/** The `_headers` file: a path pattern, then its headers indented, per block. */
export function headersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map(({ path, headers }) => [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return [GENERATED.replace('depuis content/redirections.yaml ', ''), ...blocks].join('\n') + '\n';
}

/** Reads a `_headers` file back (comments and blank lines skipped). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { path: string; headers: [string, string][] }[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon === -1) throw new Error(`_headers : ligne illisible « ${line.trim()} »`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a `_headers` path pattern matches a request path: `*` takes anything, `:name` one segment. */
export function matchesPattern(pattern: string, pathname: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(pathname);
}

/**
 * The headers a host sends for a request path, the way Netlify and Cloudflare Pages read
 * `_headers`: every matching rule applies, in the file's order; a header set by several rules gets
 * their values joined by « , ».
 */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules.filter((r) => matchesPattern(r.path, pathname))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const previous = headers.get(key);
      headers.set(key, previous === undefined ? value : `${previous}, ${value}`);
    }
  }
  return headers;
}
