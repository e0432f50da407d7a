// Page weight of the built site (not a test): gzipped HTML + CSS of each guide, against the
// ~14 KB target of PRODUCT.md, and the JavaScript each kind of page loads up front.
// Run after `npm run build`: `node tests/bench/page-weight.mjs`.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

if (!existsSync('dist/index.html')) {
  console.error('dist/ est absent : lancez `npm run build` d’abord.');
  process.exit(1);
}
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function assets(html, pattern) {
  return [...html.matchAll(pattern)].map((m) => m[1]).filter((src) => src.startsWith('/'));
}

function weigh(path) {
  const html = readFileSync(join('dist', path, 'index.html'));
  const text = html.toString();
  const css = assets(text, /<link rel="stylesheet" href="([^"]+)"/g).reduce((t, s) => t + gz(readFileSync(join('dist', s))), 0);
  const js = assets(text, /<script type="module" src="([^"]+)"/g).reduce((t, s) => t + gz(readFileSync(join('dist', s))), 0);
  return { path, html: gz(html), css, js };
}

const guides = readdirSync('dist/guides', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `guides/${d.name}`);
const rows = [...guides, 'fiches/world-cafe', '', 'outils/simulateur-decision', 'outils/autodiagnostic-cooperation']
  .filter((p) => existsSync(join('dist', p, 'index.html')))
  .map(weigh);
console.log('page'.padEnd(48), 'HTML gz'.padStart(9), 'CSS gz'.padStart(9), 'HTML+CSS'.padStart(9), 'JS gz'.padStart(9));
for (const r of rows) {
  const flag = r.path.startsWith('guides/') && r.html + r.css > 14 * 1024 ? '  > 14 KB' : '';
  console.log(`/${r.path}`.padEnd(48), kb(r.html).padStart(9), kb(r.css).padStart(9), kb(r.html + r.css).padStart(9), kb(r.js).padStart(9) + flag);
}
const guideRows = rows.filter((r) => r.path.startsWith('guides/'));
const median = guideRows.map((r) => r.html + r.css).sort((a, b) => a - b)[Math.floor(guideRows.length / 2)];
console.log(`\nGuides : médiane HTML+CSS ${kb(median)} (objectif ≈ 14 KB).`);
