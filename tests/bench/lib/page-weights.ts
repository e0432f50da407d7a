/**
 * What a first visit to each kind of page loads, raw and gzipped: the HTML, its stylesheets, and
 * the JavaScript it starts with (module scripts, island components and renderers, and every
 * module they import statically). Modules loaded later, on a click, are not counted.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Size {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  type: string;
  path: string;
  html: Size;
  css: Size;
  js: Size;
}

const size = (bytes: Buffer): Size => ({ raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
const sum = (sizes: Size[]): Size => sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });

const attributeValues = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!).filter((url) => url.startsWith('/'));

/** A module and the modules it imports statically, as site paths. */
function moduleGraph(dist: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url) || !existsSync(join(dist, url))) return;
    seen.add(url);
    const code = readFileSync(join(dist, url), 'utf8');
    for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
      visit(new URL(match[1]!, `https://site.invalid${url}`).pathname);
    }
  };
  entries.forEach(visit);
  return [...seen];
}

export function weighPage(dist: string, type: string, path: string): PageWeight {
  const htmlBytes = readFileSync(join(dist, path, 'index.html'));
  const html = htmlBytes.toString();
  const css = attributeValues(html, /<link rel="stylesheet" href="([^"]+)"/g);
  const scripts = [
    ...attributeValues(html, /<script type="module" src="([^"]+)"/g),
    ...attributeValues(html, /component-url="([^"]+)"/g),
    ...attributeValues(html, /renderer-url="([^"]+)"/g),
  ];
  const read = (url: string) => readFileSync(join(dist, url));
  return {
    type,
    path,
    html: size(htmlBytes),
    css: sum([...new Set(css)].map((url) => size(read(url)))),
    js: sum(moduleGraph(dist, [...new Set(scripts)]).map((url) => size(read(url)))),
  };
}

/** Site paths (with a trailing slash) of the pages below `section`. */
function pagesUnder(dist: string, section: string): string[] {
  const dir = join(dist, section);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html')))
    .map((entry) => `/${section}/${entry.name}/`);
}

/**
 * One row per kind of page; for guides, the median and the heaviest (HTML + CSS gzipped), among
 * the site's own guides and, in a generated corpus, the generated ones.
 */
export function pageWeights(dist: string): PageWeight[] {
  const rows: PageWeight[] = [];
  const add = (type: string, path: string) => {
    if (existsSync(join(dist, path, 'index.html'))) rows.push(weighPage(dist, type, path));
  };
  add('accueil', '/');
  const guides = pagesUnder(dist, 'guides').map((path) => weighPage(dist, 'guide', path));
  const firstVisit = (w: PageWeight) => w.html.gzip + w.css.gzip;
  for (const [label, group] of [
    ['guide', guides.filter((g) => !g.path.startsWith('/guides/gen-'))],
    ['guide généré', guides.filter((g) => g.path.startsWith('/guides/gen-'))],
  ] as const) {
    if (group.length === 0) continue;
    const sorted = [...group].sort((a, b) => firstVisit(a) - firstVisit(b));
    rows.push({ ...sorted[Math.floor(sorted.length / 2)]!, type: `${label} (médian)` }, { ...sorted.at(-1)!, type: `${label} (le plus lourd)` });
  }
  add('fiche', pagesUnder(dist, 'fiches')[0] ?? '/fiches/x/');
  add('thème', pagesUnder(dist, 'themes')[0] ?? '/themes/x/');
  add('liste des guides', '/guides/');
  add('glossaire', '/glossaire/');
  add('recherche', '/recherche/');
  for (const tool of pagesUnder(dist, 'outils')) add(`outil ${tool.split('/')[2]}`, tool);
  if (existsSync(join(dist, '404.html'))) {
    const html = readFileSync(join(dist, '404.html'));
    const css = attributeValues(html.toString(), /<link rel="stylesheet" href="([^"]+)"/g).map((url) => size(readFileSync(join(dist, url))));
    const js = moduleGraph(dist, attributeValues(html.toString(), /<script type="module" src="([^"]+)"/g)).map((url) => size(readFileSync(join(dist, url))));
    rows.push({ type: 'page 404', path: '/404.html', html: size(html), css: sum(css), js: sum(js) });
  }
  return rows;
}
