// Page weight of a built site (a benchmark, not a test; the budgets are in
// tests/build/page-weight.test.ts): for each type of page, the HTML, CSS and JavaScript a first
// visit loads, raw and gzipped (src/lib/page-weight.ts says what counts).
//
//   node tests/bench/page-weight.mjs [--dist <dir> | <dir>] [--json <file>]
//
// --dist: the built site (default dist/); --json: also writes every page's figures to <file>
// (a summary by page type, then each page: HTML, CSS and JS raw and gzipped, in bytes).
// Run after `npm run build`, or on a generated corpus built with FE_CONTENT_DIR and --outDir.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { frameworkModules, pageKind, pageWeight } from '../../src/lib/page-weight.ts';
import { isRedirectPage } from '../../src/integrations/built-site.ts';

const { values, positionals } = parseArgs({
  options: { dist: { type: 'string' }, json: { type: 'string' } },
  allowPositionals: true,
});
// `--dist <dir>`, or the directory alone.
const dist = values.dist ?? positionals[0] ?? 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist}/index.html est absent : construisez le site d’abord (npm run build).`);
  process.exit(1);
}

const GUIDE_BUDGET = 14 * 1024;
const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;
const read = (path) => {
  const file = join(dist, decodeURIComponent(path));
  return existsSync(file) ? readFileSync(file) : undefined;
};
const readText = (path) => read(path)?.toString('utf8');

/** Every page of the site by its path, the search index and redirect pages left out. */
const pages = readdirSync(dist, { recursive: true })
  .map((file) => String(file).replace(/\\/g, '/'))
  .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
  .map((file) => ({ file, path: file === '404.html' ? '/404.html' : `/${file.replace(/index\.html$/, '')}` }))
  .map((page) => ({ ...page, html: readFileSync(join(dist, page.file)) }))
  .filter((page) => !isRedirectPage(page.html.toString('utf8')));
const framework = frameworkModules(
  pages.map((p) => p.html.toString('utf8')),
  readText,
);
const weights = pages.map((page) => ({
  path: page.path,
  kind: pageKind(page.path),
  ...pageWeight(page.html, { read, gzipSize }, framework),
}));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** One row per page type (the heaviest page of the type, and the median of its HTML + CSS), each tool page alone. */
const TYPES = ['accueil', 'guide', 'fiche', 'thème', 'glossaire', 'index', 'recherche', '404', 'autre'];
const rows = [
  ...TYPES.flatMap((kind) => {
    const of = weights.filter((w) => w.kind === kind);
    if (of.length === 0) return [];
    const heaviest = of.reduce((a, b) => (b.htmlCssGzip > a.htmlCssGzip ? b : a));
    return [{ label: of.length > 1 ? `${kind} (${of.length}, la plus lourde)` : kind, page: heaviest, median: median(of.map((w) => w.htmlCssGzip)) }];
  }),
  ...weights.filter((w) => w.kind === 'outil').map((page) => ({ label: `outil ${page.path}`, page, median: undefined })),
];

const cols = ['HTML', 'HTML gz', 'CSS', 'CSS gz', 'JS', 'JS gz', 'HTML+CSS gz'];
console.log(`Poids d’une première visite — ${relative(process.cwd(), dist) || '.'}\n`);
console.log('type de page'.padEnd(48), ...cols.map((c) => c.padStart(11)), '  page');
for (const { label, page } of rows) {
  const cells = [page.html.raw, page.html.gzip, page.css.raw, page.css.gzip, page.js.raw, page.js.gzip, page.htmlCssGzip];
  console.log(label.padEnd(48), ...cells.map((n) => kb(n).padStart(11)), ` ${page.path}`);
}
const guides = weights.filter((w) => w.kind === 'guide');
if (guides.length > 0) {
  const over = guides.filter((g) => g.htmlCssGzip > GUIDE_BUDGET);
  console.log(
    `\nGuides : ${guides.length}, HTML+CSS gz médiane ${kb(median(guides.map((g) => g.htmlCssGzip)))}, ` +
      `maximum ${kb(Math.max(...guides.map((g) => g.htmlCssGzip)))} ; ${over.length} au-dessus de ${kb(GUIDE_BUDGET)}` +
      (over.length > 0 && over.length <= 12 ? ` (${over.map((g) => `${g.path} ${kb(g.htmlCssGzip)}`).join(', ')})` : ''),
  );
}
const withFramework = weights.filter((w) => w.framework && w.kind !== 'outil').map((w) => w.path);
console.log(`Pages de contenu avec du JavaScript de framework : ${withFramework.length === 0 ? 'aucune' : withFramework.join(', ')}`);

if (values.json) {
  mkdirSync(dirname(values.json), { recursive: true });
  const summary = Object.fromEntries(
    rows.map(({ label, page, median: m }) => [label, { path: page.path, html: page.html, css: page.css, js: page.js, htmlCssGzip: page.htmlCssGzip, medianHtmlCssGzip: m }]),
  );
  const all = weights.map(({ path, kind, html, css, js, htmlCssGzip, framework: fw }) => ({
    path,
    kind,
    html,
    css: { raw: css.raw, gzip: css.gzip },
    js: { raw: js.raw, gzip: js.gzip },
    htmlCssGzip,
    framework: fw,
  }));
  writeFileSync(values.json, JSON.stringify({ dist, measuredAt: new Date().toISOString(), guideBudget: GUIDE_BUDGET, summary, pages: all }, null, 2));
  console.log(`JSON écrit : ${values.json}`);
}
