/**
 * The files static hosts read beside the pages (Netlify, Cloudflare Pages and the hosts that
 * copied their format): `_redirects`, one permanent redirect per line, and `_headers`, HTTP
 * headers by path. Hosts that ignore them serve the static page Astro leaves at each old address.
 */
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

/**
 * Headers: no MIME sniffing and no full referrer to other sites everywhere; the hashed assets of
 * `/_astro/` cached for a year; the pages left at old addresses kept out of search engines.
 */
export function headersFile(oldPages: readonly SiteUrl[]): string {
  const blocks = [
    ['/*', 'X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin'],
    ['/_astro/*', 'Cache-Control: public, max-age=31536000, immutable'],
    ...oldPages.map((page) => [encodeSiteUrl(page), 'X-Robots-Tag: noindex']),
  ];
  return [GENERATED.replace('depuis content/redirections.yaml ', ''), ...blocks.map(([path, ...headers]) => [path, ...headers.map((h) => `  ${h}`)].join('\n'))].join('\n') + '\n';
}
