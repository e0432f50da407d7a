/**
 * Weight budgets of the built site in dist/ (npm test builds it first), on sizes, never on times:
 * what a first visit downloads (src/lib/page-weight.ts). The README's « Budgets de poids » gives
 * each budget's measure and reason; `npm run bench` prints the figures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBuiltSite } from '../../src/integrations/built-site.ts';
import { frameworkModules, pageKind, pageWeight, type PageWeight } from '../../src/lib/page-weight.ts';
import { TOOLS, TOOL_IDS } from '../../src/lib/taxonomy.ts';

const KB = 1024;
/** A guide's HTML + CSS, gzipped, for a first visit: the target. */
const GUIDE_BUDGET = 14 * KB;
/**
 * JavaScript of each tool page for a first visit (module scripts, island, framework, and their
 * static imports; the power analysis worker and other `import()` chunks are not), gzipped:
 * measured on 2026-11-30, plus about 12 %.
 */
const TOOL_JS_BUDGETS: Readonly<Record<string, number>> = {
  '/outils/anticiper-les-ecueils/': 22 * KB,
  '/outils/simulateur-decision/': 43 * KB,
  '/outils/autodiagnostic-cooperation/': 32 * KB,
  '/outils/autodiagnostic-posture/': 32 * KB,
  '/outils/autodiagnostic-cooperation/synthese/': 29.5 * KB,
};

const gzipSize = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;
const read = (path: string) => {
  const file = join('dist', decodeURIComponent(path));
  return existsSync(file) ? readFileSync(file) : undefined;
};
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

let weights: (PageWeight & { path: string })[];

beforeAll(() => {
  if (!existsSync('dist/index.html')) throw new Error('dist/ est absent : lancez `npm run build` avant ces tests.');
  const site = readBuiltSite('dist');
  const framework = frameworkModules(
    site.pages.map((p) => p.html),
    (path) => read(path)?.toString('utf8'),
  );
  weights = site.pages.map((page) => ({ path: page.path, ...pageWeight(readFileSync(join('dist', page.file)), { read, gzipSize }, framework) }));
});

describe('framework JavaScript', () => {
  it('runs on tool pages only: no island, no framework module on any content page', () => {
    const content = weights.filter((w) => pageKind(w.path) !== 'outil');
    expect(content.length).toBeGreaterThan(60);
    for (const kind of ['accueil', 'guide', 'fiche', 'thème', 'glossaire', 'recherche', '404', 'index'] as const) {
      expect(content.some((w) => pageKind(w.path) === kind), kind).toBe(true);
    }
    expect(content.filter((w) => w.framework).map((w) => w.path)).toEqual([]);
  });

  it('is detected where it runs: every tool page has its island and the framework', () => {
    const tools = weights.filter((w) => pageKind(w.path) === 'outil');
    expect(tools.map((w) => w.path)).toEqual(expect.arrayContaining(TOOL_IDS.map((id) => TOOLS[id].path)));
    expect(tools.filter((w) => !w.framework).map((w) => w.path)).toEqual([]);
  });
});

describe('a guide for a first visit', () => {
  it(`weighs at most ${kb(GUIDE_BUDGET)} of HTML + CSS, gzipped, every one of them`, () => {
    const guides = weights.filter((w) => pageKind(w.path) === 'guide');
    expect(guides.length).toBeGreaterThan(20);
    const over = guides.filter((g) => g.htmlCssGzip > GUIDE_BUDGET).map((g) => `${g.path} : ${kb(g.htmlCssGzip)}`);
    expect(over, 'un guide trop long se partage en deux (README, « Budgets de poids »)').toEqual([]);
  });

  it('loads one stylesheet, shared by every guide, and little JavaScript', () => {
    const guides = weights.filter((w) => pageKind(w.path) === 'guide');
    expect(new Set(guides.map((g) => g.css.files.join(' '))).size).toBe(1);
    for (const g of guides) expect(g.js.gzip, g.path).toBeLessThanOrEqual(4 * KB);
  });
});

describe('tool pages', () => {
  it.each(Object.entries(TOOL_JS_BUDGETS))('%s loads its JavaScript within budget', (path, budget) => {
    const page = weights.find((w) => w.path === path);
    expect(page, path).toBeDefined();
    expect(page?.js.gzip, `${path} : ${kb(page?.js.gzip ?? 0)}`).toBeLessThanOrEqual(budget);
    // The island and the framework are part of what is counted.
    expect(page?.js.files.some((f) => /client\.|preact/.test(f))).toBe(true);
  });

  it('every tool page has a budget', () => {
    const tools = weights.filter((w) => pageKind(w.path) === 'outil').map((w) => w.path);
    expect(tools.sort()).toEqual(Object.keys(TOOL_JS_BUDGETS).sort());
  });

  it('the questionnaire pages carry neither the advice nor the earlier versions, and their file is on the site', () => {
    for (const path of ['/outils/autodiagnostic-cooperation/', '/outils/autodiagnostic-posture/', '/outils/autodiagnostic-cooperation/synthese/']) {
      const html = read(`${path}index.html`)?.toString('utf8') ?? '';
      const island = /<astro-island\b[^>]*>/.exec(html)?.[0] ?? '';
      expect(island, path).toContain('extrasHref');
      expect(island, path).not.toContain('advice');
      expect(island, path).not.toContain('earlier');
      const href = /extrasHref&quot;:\[0,&quot;([^&]+)&quot;/.exec(island)?.[1] ?? '';
      expect(href, path).toMatch(/^\/donnees\/questionnaires\/[a-z]+-[0-9a-f]{10}\.json$/);
      const extras = JSON.parse(read(href)?.toString('utf8') ?? '{}') as { advice?: object; earlier?: unknown[] };
      expect(Object.keys(extras.advice ?? {}).length, href).toBeGreaterThanOrEqual(8);
      expect(extras.earlier?.length, href).toBeGreaterThanOrEqual(1);
    }
  });
});
