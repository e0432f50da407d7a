/**
 * Cost of the link-preview images (not a test): run after `npm run build`, with
 * `node --experimental-strip-types tests/bench/preview-images.bench.ts`. Draws the card of every
 * built page one at a time (the cost of one image), then all of them as the build does (several
 * at a time, resvg on the thread pool), then from the cache (what a rebuild with unchanged cards
 * pays), and prints the PNG sizes.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPageHeads, writePreviewImages } from '../../src/integrations/link-previews.ts';
import { previewRenderer } from '../../src/integrations/preview-render.ts';
import { SITE } from '../../src/lib/site.ts';

if (!existsSync('dist/index.html')) {
  console.error('dist/ est absent : lancez `npm run build` d’abord.');
  process.exit(1);
}

const heads = await readPageHeads('dist');
const cards = [...heads.values()].flatMap((head) => (head.preview ? [head.preview.card] : []));
const renderer = previewRenderer(SITE.name);
const ms = (n: number) => `${n.toFixed(0).padStart(5)} ms`;

// One at a time, after two warm-up images (Satori compiles its WebAssembly on first use).
for (const card of cards.slice(0, 2)) await renderer.render(card);
const timings: number[] = [];
const sizes: number[] = [];
for (const card of cards) {
  const start = performance.now();
  sizes.push((await renderer.render(card)).length);
  timings.push(performance.now() - start);
}
timings.sort((a, b) => a - b);
const at = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))] ?? NaN;
console.log(`Images d’aperçu : ${cards.length} cartes (1200×630), moteur Satori + resvg`);
console.log(`une à la fois      médiane ${ms(at(0.5))}   p90 ${ms(at(0.9))}   max ${ms(at(1))} par image`);

// As the build does it: into a scratch site, without and then with the cache.
const scratch = await mkdtemp(join(tmpdir(), 'apercus-bench-'));
try {
  const cache = join(scratch, 'cache');
  for (const label of ['comme au build', 'depuis le cache']) {
    const start = performance.now();
    const { drawn, cached } = await writePreviewImages(join(scratch, 'site'), heads, cache);
    const total = performance.now() - start;
    console.log(`${label.padEnd(18)} ${ms(total)} en tout, ${ms(total / cards.length)} par image (${drawn} dessinées, ${cached} du cache)`);
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
sizes.sort((a, b) => a - b);
console.log(`PNG : médiane ${kb(sizes[Math.floor(sizes.length / 2)] ?? 0)}, max ${kb(sizes.at(-1) ?? 0)}, total ${kb(sizes.reduce((a, b) => a + b, 0))}`);
