/** robots.txt: every page may be crawled, and the sitemap (written by @astrojs/sitemap) is named. */

/** The sitemap index @astrojs/sitemap writes at the root of the site. */
export const SITEMAP_INDEX = '/sitemap-index.xml';

/** robots.txt for the site at `origin` (SITE_URL). */
export function robotsTxt(origin: string | URL): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL(SITEMAP_INDEX, origin).href}`, ''].join('\n');
}
