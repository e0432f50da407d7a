/**
 * Internal link checking over a built site: every internal link must reach a page or file,
 * and every `#fragment` must reach an element id on the target page.
 */

export interface BuiltPage {
  /** URL path of the page, e.g. "/guides/ptce/". */
  path: string;
  ids: ReadonlySet<string>;
  /** Raw `href` values of the page's links. */
  hrefs: readonly string[];
}

export interface BrokenLink {
  from: string;
  href: string;
  reason: 'page introuvable' | 'ancre introuvable';
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Turns a dist-relative HTML file name into its URL path ("guides/a/index.html" → "/guides/a/"). */
export function htmlFileToPath(file: string): string {
  const normalised = '/' + file.replace(/\\/g, '/').replace(/^\/+/, '');
  if (normalised.endsWith('/index.html')) return normalised.slice(0, -'index.html'.length);
  return normalised;
}

/** Percent-decodes an address part; keeps it as it is when it is not valid percent-encoding. */
export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Checks all internal links. `files` holds every URL path of the output (pages as "/a/",
 * other files as "/rss.xml"); `pages` gives the ids and links of each HTML page.
 */
export function findBrokenLinks(
  pages: readonly BuiltPage[],
  files: ReadonlySet<string>,
  origin = 'https://site.invalid',
): BrokenLink[] {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  // Site-absolute links ("/guides/a/#b") resolve the same from every page: each is resolved once.
  const absolute = new Map<string, { path: string; fragment: string }>();
  const resolve = (href: string, from: string) => {
    const url = new URL(href, origin + from);
    let path = safeDecode(url.pathname);
    if (!files.has(path) && files.has(path + '/')) path += '/';
    return { path, fragment: safeDecode(url.hash.slice(1)) };
  };
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const href of page.hrefs) {
      if (href === '' || EXTERNAL.test(href)) continue;
      let target = href.startsWith('/') ? absolute.get(href) : undefined;
      if (!target) {
        target = resolve(href, page.path);
        if (href.startsWith('/')) absolute.set(href, target);
      }
      const { path, fragment } = target;
      if (!files.has(path)) {
        broken.push({ from: page.path, href, reason: 'page introuvable' });
        continue;
      }
      if (fragment === '' || fragment === 'top') continue;
      const targetPage = byPath.get(path);
      if (targetPage && !targetPage.ids.has(fragment)) {
        broken.push({ from: page.path, href, reason: 'ancre introuvable' });
      }
    }
  }
  return broken;
}
