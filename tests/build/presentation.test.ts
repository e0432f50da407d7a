/**
 * The presentation view of every fiche, in the built site (npm test builds it first): one screen
 * per step of the fiche's Déroulé, as many as its source lists, each with its title and duration;
 * left out of search and the sitemap; linked from the fiche; with little JavaScript of its own.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { presentationHrefOf } from '../../src/lib/navigation.ts';

const KB = 1024;
const fiches = readdirSync('content/fiches')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ slug: f.replace(/\.mdx$/, ''), source: readFileSync(`content/fiches/${f}`, 'utf8') }))
  .filter((f) => !/^draft: true$/m.test(f.source));

/** The numbered items of the « ## Déroulé » section of a fiche's source, as written. */
function sourceSteps(source: string): string[] {
  const section = source.split(/^## /m).find((s) => s.startsWith('Déroulé\n')) ?? '';
  return section.split('\n').filter((line) => /^\d+\. /.test(line));
}

const built = (path: string) => {
  const file = `dist${path}index.html`;
  if (!existsSync(file)) throw new Error(`${file} est absent : lancez \`npm run build\` avant ces tests.`);
  return parse(readFileSync(file, 'utf8'));
};

describe('the presentation view of a fiche', () => {
  it('exists for every published fiche', () => {
    expect(fiches.length).toBeGreaterThanOrEqual(16);
    expect(fiches.filter((f) => !existsSync(`dist${presentationHrefOf({ id: f.slug })}index.html`)).map((f) => f.slug)).toEqual([]);
  });

  it.each(fiches.map((f) => [f.slug, f.source] as const))('%s: a title screen, one screen per step of the source, an end screen', (slug, source) => {
    const page = built(presentationHrefOf({ id: slug }));
    const written = sourceSteps(source);
    expect(written.length).toBeGreaterThanOrEqual(3);
    const slides = page.querySelectorAll('[data-slide]');
    expect(slides.map((s) => s.id)).toEqual(['titre', ...written.map((_, i) => `etape-${i + 1}`), 'fin']);
    const steps = page.querySelectorAll('.slide--step');
    steps.forEach((step, i) => {
      const title = step.querySelector('h2')?.text.trim() ?? '';
      // The screen's title is the bold title of the source line, without its duration.
      expect(written[i]?.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'), slug).toContain(`**${title}`);
      expect(title.length).toBeGreaterThan(1);
      expect(step.getAttribute('data-title')).toBe(title);
      expect(step.querySelector('.slide__kicker')?.text).toMatch(new RegExp(`^Étape ${i + 1} sur ${written.length} · (?:\\d|en continu)`));
    });
    const title = page.querySelector('#titre')?.getAttribute('data-title');
    expect(page.querySelector('#titre h2')?.text).toBe(title);
    expect(page.querySelectorAll('h1').map((h) => h.text)).toEqual([`${title} · présentation`]);
  });

  it('gives each timed step its duration in minutes, read from the source', () => {
    const page = built('/fiches/arbre-a-problemes/presentation/');
    const durations = page.querySelectorAll('.slide--step').map((s) => [s.getAttribute('data-min'), s.getAttribute('data-max')]);
    expect(durations).toEqual([['10', '15'], ['15', '15'], ['15', '20'], ['15', '15'], ['5', '5'], ['20', '30'], ['10', '15']]);
    const meteo = built('/fiches/meteo-interieure/presentation/');
    const continuous = meteo.querySelector('#etape-4');
    expect(continuous?.getAttribute('data-max')).toBeUndefined();
    expect(continuous?.querySelector('.slide__duration')?.text).toBe('en continu');
  });

  it('keeps the links and cited facts of a step’s text', () => {
    const page = built('/fiches/charte-de-cooperation/presentation/');
    const last = page.querySelector('#etape-7 .slide__text');
    expect(last?.querySelector('.fait[data-fait="commune-conseil-municipal-delibere"] a')?.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(page.querySelector('#etape-6 .slide__text a.glossary-link')?.getAttribute('href')).toBe('/glossaire/#facilitateur');
  });

  it('is left out of search and the sitemap, and shows what needs JavaScript only from a template', () => {
    const page = built('/fiches/world-cafe/presentation/');
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(page.querySelectorAll('[data-pagefind-body]')).toHaveLength(0);
    expect(page.querySelectorAll('.deck__screens button')).toHaveLength(0);
    expect(page.querySelectorAll('template[data-deck-controls] button').length).toBeGreaterThanOrEqual(4);
  });

  it('is linked from its fiche', () => {
    for (const { slug } of fiches) {
      const link = built(`/fiches/${slug}/`).querySelectorAll('a').find((a) => a.text.trim() === 'Projeter la fiche');
      expect(link?.getAttribute('href'), slug).toBe(presentationHrefOf({ id: slug }));
    }
  });

  it('runs a small script of its own, no framework', () => {
    const page = built('/fiches/world-cafe/presentation/');
    const own = page.querySelectorAll('script[src]').map((s) => s.getAttribute('src') ?? '').filter((src) => src.includes('FichePresentation'));
    expect(own).toHaveLength(1);
    const code = readFileSync(`dist${own[0]}`);
    expect(code.toString()).not.toMatch(/preact/);
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(4 * KB);
  });
});
