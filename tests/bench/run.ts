/**
 * `npm run bench`: how the site holds up as it grows, side by side with a Starlight site built
 * from the same generated pages in the same run (tests/bench/peer/, installed here on first use).
 * Not a test: it prints tables and writes tests/bench/results/latest.json. Options:
 *   --sizes 100,1000,5000   generated corpora to build (default: those three)
 *   --no-peer               skip the Starlight builds (no ratios)
 *   --no-search             skip the search measurements (they use the 1 000-page corpus)
 * Every build starts cold: fresh Astro cache, fresh preview-image cache, fresh output folder.
 * Absolute times move by ±20 % from run to run on these machines; the ratios measured in one run
 * are what to compare.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { measureBuild, type BuildMeasure } from './lib/measure-build.ts';
import { measureLongTasks, type LongTasks } from './lib/long-tasks.ts';
import { measurePower } from './lib/power-sizes.ts';
import { measurePrecache } from './lib/precache.ts';
import { measureSearch, PROJECT_SEARCH, STARLIGHT_SEARCH, type SearchMeasure } from './lib/search.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const PEER = join(ROOT, 'tests/bench/peer');
const SEED = 20240607;
const SEARCH_SIZE = 1000;
const QUERIES = ['gouvernance', 'coopérative', 'bénévolat solidaire'];

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const sizes = (option('--sizes') ?? '100,1000,5000').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
const withPeer = !args.includes('--no-peer');
const withSearch = !args.includes('--no-search');

const work = mkdtempSync(join(tmpdir(), 'faire-ensemble-bench-'));
const astro = (cwd: string) => join(cwd, 'node_modules/astro/bin/astro.mjs');

function log(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/** What our build log says of its own steps. */
function steps(measure: BuildMeasure): Record<string, number | undefined> {
  const seconds = (pattern: RegExp, scale = 1) => {
    const match = pattern.exec(measure.output);
    return match ? Number(match[1]!.replace(/\s/g, '').replace(',', '.')) * scale : undefined;
  };
  return {
    linkCheckSeconds: seconds(/aucun lien interne cassé \(vérifié en ([\d,]+) s\)/),
    previewSeconds: seconds(/Images d’aperçu : .* en (\d+) ms/, 1 / 1000),
  };
}

async function buildProject(name: string, contentDir: string | undefined): Promise<{ measure: BuildMeasure; dist: string }> {
  const dist = join(work, `${name}-dist`);
  const env: NodeJS.ProcessEnv = { FE_CACHE_DIR: join(work, `${name}-astro-cache`), FE_PREVIEW_CACHE_DIR: join(work, `${name}-previews`) };
  if (contentDir) env['FE_CONTENT_DIR'] = contentDir;
  log(`Faire ensemble, ${name} : build…`);
  const measure = await measureBuild(process.execPath, [astro(ROOT), 'build', '--outDir', dist], { cwd: ROOT, env });
  if (!measure.ok) log(`échec du build ${name} :\n${measure.output.slice(-3000)}`);
  return { measure, dist };
}

async function buildPeer(size: number): Promise<{ measure: BuildMeasure; dist: string }> {
  const dist = join(work, `starlight-${size}-dist`);
  execFileSync(process.execPath, [join(PEER, 'scripts/gen.mjs'), String(size), String(SEED)], { cwd: PEER, stdio: 'ignore' });
  for (const cache of ['.astro', 'node_modules/.astro', 'dist']) rmSync(join(PEER, cache), { recursive: true, force: true });
  log(`Starlight, ${size} pages : build…`);
  const measure = await measureBuild(process.execPath, [astro(PEER), 'build', '--outDir', dist], { cwd: PEER });
  if (!measure.ok) log(`échec du build Starlight ${size} :\n${measure.output.slice(-3000)}`);
  return { measure, dist };
}

function installPeer(): void {
  if (existsSync(join(PEER, 'node_modules/@astrojs/starlight/package.json'))) return;
  log('installation du site Starlight de comparaison (tests/bench/peer, npm ci)…');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: PEER, stdio: 'inherit' });
}

interface BuildRow {
  site: string;
  pages: number | 'réel';
  seconds: number;
  peakMemoryMB: number;
  ok: boolean;
  linkCheckSeconds?: number | undefined;
  previewSeconds?: number | undefined;
}

const builds: BuildRow[] = [];
/** Summary by page type from tests/bench/page-weight.mjs (the CI budgets' way of weighing). */
const weights: Record<string, unknown> = {};
/** What sw.js stores for offline use, by corpus (files, bytes uncompressed). */
const precache: Record<string, ReturnType<typeof measurePrecache>> = {};

/** Prints the weights of a built site by page type and keeps their summary. */
function weigh(corpus: string, dist: string): void {
  const json = join(work, `weights-${corpus}.json`);
  console.log(`\nCorpus ${corpus} :`);
  execFileSync(process.execPath, [join(ROOT, 'tests/bench/page-weight.mjs'), '--dist', dist, '--json', json], { cwd: ROOT, stdio: 'inherit' });
  weights[corpus] = (JSON.parse(readFileSync(json, 'utf8')) as { summary: unknown }).summary;
  precache[corpus] = measurePrecache(dist);
}
let search: { project: SearchMeasure[]; starlight: SearchMeasure[] } | undefined;
let longTasks: LongTasks[] = [];

const record = (site: string, pages: number | 'réel', measure: BuildMeasure) => {
  const row: BuildRow = { site, pages, seconds: Math.round(measure.seconds * 10) / 10, peakMemoryMB: measure.peakMemoryMB, ok: measure.ok };
  if (site === 'faire-ensemble') Object.assign(row, steps(measure));
  builds.push(row);
  return row;
};

if (withPeer) installPeer();

// The real site.
{
  const { measure, dist } = await buildProject('reel', undefined);
  record('faire-ensemble', 'réel', measure);
  if (measure.ok) {
    weigh('réel', dist);
    log('simulateur : tâches longues du fil principal, dans Chromium…');
    longTasks = await measureLongTasks(dist);
  }
  rmSync(dist, { recursive: true, force: true });
}

// Generated corpora, the two sites one after the other, alternating which goes first.
for (const [index, size] of sizes.entries()) {
  const content = join(work, `content-${size}`);
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  execFileSync(process.execPath, [join(ROOT, 'tests/bench/gen-project.mjs'), String(size), String(SEED), content], { stdio: 'ignore' });
  const runOurs = async () => {
    const { measure, dist } = await buildProject(String(size), content);
    record('faire-ensemble', size, measure);
    if (measure.ok) weigh(String(size), dist);
    return dist;
  };
  const runPeer = async () => {
    const { measure, dist } = await buildPeer(size);
    record('starlight', size, measure);
    return dist;
  };
  let ours: string;
  let peer: string | undefined;
  if (!withPeer) ours = await runOurs();
  else if (index % 2 === 0) {
    ours = await runOurs();
    peer = await runPeer();
  } else {
    peer = await runPeer();
    ours = await runOurs();
  }
  if (withSearch && size === SEARCH_SIZE && peer && existsSync(join(ours, 'pagefind')) && existsSync(join(peer, 'pagefind'))) {
    log('recherche : frappe et collage, dans Chromium…');
    search = { project: await measureSearch(ours, PROJECT_SEARCH, QUERIES), starlight: await measureSearch(peer, STARLIGHT_SEARCH, QUERIES) };
  }
  rmSync(ours, { recursive: true, force: true });
  if (peer) rmSync(peer, { recursive: true, force: true });
  rmSync(content, { recursive: true, force: true });
}

const power = measurePower();

// ---- Report ----
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} Ko`;
const pad = (value: unknown, width: number) => String(value ?? '–').padStart(width);

console.log('\nBuild (à froid) : temps, mémoire de pointe (processus et enfants)');
console.log('site'.padEnd(16), pad('pages', 6), pad('temps', 9), pad('mémoire', 10), pad('× Starlight', 12), pad('mém. ×', 8), pad('liens', 7), pad('aperçus', 8));
for (const row of builds) {
  const peer = builds.find((b) => b.site === 'starlight' && b.pages === row.pages && b.ok);
  const ratio = row.site === 'faire-ensemble' && peer && row.ok ? (row.seconds / peer.seconds).toFixed(2) : '';
  const memRatio = row.site === 'faire-ensemble' && peer && row.ok ? (row.peakMemoryMB / peer.peakMemoryMB).toFixed(2) : '';
  console.log(
    row.site.padEnd(16),
    pad(row.pages, 6),
    pad(row.ok ? `${row.seconds} s` : 'ÉCHEC', 9),
    pad(`${row.peakMemoryMB} Mo`, 10),
    pad(ratio, 12),
    pad(memRatio, 8),
    pad(row.linkCheckSeconds !== undefined ? `${row.linkCheckSeconds} s` : '', 7),
    pad(row.previewSeconds !== undefined ? `${row.previewSeconds.toFixed(1)} s` : '', 8),
  );
}

if (search) {
  console.log(`\nRecherche, corpus ${SEARCH_SIZE} pages (octets transférés sans compression HTTP ; temps depuis la dernière touche)`);
  console.log('requête'.padEnd(22), 'mode'.padEnd(8), pad('FE octets', 11), pad('FE index', 10), pad('FE ms', 7), pad('SL octets', 11), pad('SL index', 10), pad('SL ms', 7));
  search.project.forEach((ours, i) => {
    const theirs = search!.starlight[i]!;
    console.log(ours.query.padEnd(22), ours.mode.padEnd(8), pad(kb(ours.bytes), 11), pad(kb(ours.indexBytes), 10), pad(ours.ms, 7), pad(kb(theirs.bytes), 11), pad(kb(theirs.indexBytes), 10), pad(theirs.ms, 7));
  });
}

console.log('\nHors connexion : fichiers préchargés par sw.js à la première visite (octets non compressés)');
for (const [corpus, size] of Object.entries(precache)) console.log(`${corpus.padEnd(8)} ${size ? `${pad(size.files, 6)} fichiers ${pad(kb(size.bytes), 12)}` : 'pas de sw.js'}`);

console.log('\nAnalyse de pouvoir (fil principal de Node ; dans le simulateur elle tourne dans un Web Worker)');
for (const p of power) console.log(`${String(p.members).padStart(3)} membres  ${p.rule.padEnd(24)} médiane ${pad(p.medianMs, 7)} ms   max ${pad(p.maxMs, 7)} ms`);

console.log('\nSimulateur à 60 membres, poids décimaux : tâches du fil principal de plus de 50 ms en tapant un poids');
for (const t of longTasks) console.log(`${t.rule.padEnd(24)} ${pad(t.count, 3)} tâche(s)   la plus longue ${pad(t.longestMs, 5)} ms`);

const results = { date: new Date().toISOString(), node: process.version, sizes, builds, weights, precache, search, power, longTasks };
const out = join(ROOT, 'tests/bench/results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'latest.json'), JSON.stringify(results, null, 2) + '\n');
rmSync(work, { recursive: true, force: true });
log(`résultats écrits dans tests/bench/results/latest.json`);
