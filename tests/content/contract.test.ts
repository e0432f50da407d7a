/**
 * The editorial contract of the knowledge base, checked on the source files: counts,
 * lengths, required sections, typography, no placeholder text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/lib/text.ts';
import { frontmatterOf } from '../../src/lib/frontmatter-dates.ts';

interface Page {
  slug: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

function readPages(dir: string): Page[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') || f.endsWith('.md'))
    .map((f) => {
      const source = readFileSync(join(dir, f), 'utf8');
      const fm = frontmatterOf(source);
      return {
        slug: f.replace(/\.mdx?$/, ''),
        frontmatter: parse(fm) as Record<string, unknown>,
        body: source.slice(source.indexOf('---', 3) + 3),
      };
    })
    .filter((p) => p.frontmatter['draft'] !== true);
}

/** Text of the `## heading` section (up to the next `##`), or undefined. */
function section(body: string, heading: RegExp): string | undefined {
  const lines = body.split('\n');
  const start = lines.findIndex((l) => l.startsWith('## ') && heading.test(l.slice(3)));
  if (start === -1) return undefined;
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
}

const guides = readPages('content/guides');
const fiches = readPages('content/fiches');
const glossary = parse(readFileSync('content/glossaire.yaml', 'utf8')) as { id: string; term: string; definition: string }[];

describe('counts', () => {
  // Second edition (issue 10): 7 guides, 4 fiches and 15 glossary terms more than the first.
  it('has at least 25 guides, 17 fiches and 68 glossary terms', () => {
    expect(guides.length).toBeGreaterThanOrEqual(25);
    expect(fiches.length).toBeGreaterThanOrEqual(17);
    expect(glossary.length).toBeGreaterThanOrEqual(68);
    expect(new Set(glossary.map((t) => t.id)).size).toBe(glossary.length);
  });
});

describe('guides', () => {
  it.each(guides.map((g) => [g.slug, g] as const))('%s: 900 to 2 000 words', (_slug, guide) => {
    const words = countWords(guide.body);
    expect(words).toBeGreaterThanOrEqual(900);
    expect(words).toBeLessThanOrEqual(2000);
  });

  it.each(guides.map((g) => [g.slug, g] as const))('%s: questions, pitfalls and the running example', (slug, guide) => {
    const questions = section(guide.body, /^Questions à poser au collectif$/);
    expect(questions, 'Questions à poser au collectif').toBeDefined();
    expect(questions?.match(/^\s*[-*] .*\?/gm)?.length ?? 0).toBeGreaterThanOrEqual(4);
    const pitfalls = section(guide.body, /^Pièges à éviter$/);
    expect(countWords(pitfalls ?? ''), 'Pièges à éviter').toBeGreaterThanOrEqual(60);
    if (slug !== 'fil-rouge-bocage-nourricier') {
      expect(countWords(section(guide.body, /Val d’Argance/) ?? ''), 'exemple fil rouge').toBeGreaterThanOrEqual(100);
    }
  });

  it.each(guides.map((g) => [g.slug, g] as const))('%s: sources with links and check dates, two related pages', (_slug, guide) => {
    const sources = guide.frontmatter['sources'] as { title: string; url?: string; checked: unknown }[];
    expect(sources.length).toBeGreaterThanOrEqual(1);
    expect(sources.some((s) => typeof s.url === 'string' && s.url.startsWith('http'))).toBe(true);
    const related = [
      ...((guide.frontmatter['relatedGuides'] as string[] | undefined) ?? []),
      ...((guide.frontmatter['relatedFiches'] as string[] | undefined) ?? []),
    ];
    expect(related.length).toBeGreaterThanOrEqual(2);
  });

  it.each(guides.map((g) => [g.slug, g] as const))('%s: every legal source has an address', (_slug, guide) => {
    const sources = guide.frontmatter['sources'] as { title: string; url?: string }[];
    const legal = /\b(Code|Loi|loi|Décret|décret|Règlement|CGCT|CGI|BOFiP|art\.)\s/;
    expect(sources.filter((s) => legal.test(s.title) && !s.url?.startsWith('http')).map((s) => s.title)).toEqual([]);
  });

  it('cite the Avise article in most guides', () => {
    const citing = guides.filter((g) => JSON.stringify(g.frontmatter['sources']).includes('avise.org/ressources/comment-accompagner'));
    expect(citing.length).toBeGreaterThanOrEqual(guides.length / 2);
  });
});

describe('fiches', () => {
  const required = [/^Quand l’utiliser$/, /^Préparation$/, /^Déroulé$/, /^Variante à distance$/, /^Pièges à éviter$/];
  it.each(fiches.map((f) => [f.slug, f] as const))('%s: every workshop section, numbered steps', (_slug, fiche) => {
    for (const heading of required) {
      expect(countWords(section(fiche.body, heading) ?? ''), String(heading)).toBeGreaterThanOrEqual(20);
    }
    const steps = section(fiche.body, /^Déroulé$/)?.match(/^\d+\. /gm)?.length ?? 0;
    expect(steps).toBeGreaterThanOrEqual(3);
    expect((fiche.frontmatter['relatedGuides'] as string[]).length).toBeGreaterThanOrEqual(2);
  });
});

describe('writing quality', () => {
  const files = [
    ...guides.map((g) => [`guides/${g.slug}`, g.body] as const),
    ...fiches.map((f) => [`fiches/${f.slug}`, f.body] as const),
    ['glossaire.yaml', readFileSync('content/glossaire.yaml', 'utf8')] as const,
    ['faits.yaml', readFileSync('content/faits.yaml', 'utf8')] as const,
  ];
  const prose = (text: string) =>
    text
      .split('\n')
      .filter((l) => !l.startsWith('import ') && !l.trim().startsWith('#'))
      .join('\n')
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/`[^`]*`/g, '');

  it.each(files)('%s: no placeholder or draft text', (_name, text) => {
    expect(text).not.toMatch(/\b(TODO|TBD|FIXME|XXX|lorem|ipsum)\b|à compléter|placeholder/i);
  });

  it.each(files)('%s: French typography', (_name, text) => {
    const body = prose(text);
    expect(body.match(/[\p{L}\d)»]'[\p{L}]/gu) ?? [], 'apostrophe droite').toEqual([]);
    expect(body.match(/.{0,20}[^\s\u202f\u00a0][;!?](?=\s|$)/gmu)?.filter((m) => !/https?:/.test(m)) ?? [], 'espace avant ; ! ?').toEqual([]);
    expect(body.match(/.{0,20} [;:!?»]/gmu) ?? [], 'espace ordinaire avant une ponctuation double').toEqual([]);
    expect(body.match(/« .{0,20}/gmu) ?? [], 'espace ordinaire après «').toEqual([]);
  });
});

describe('links between pages', () => {
  const pages = [...guides.map((g) => ['guides', g] as const), ...fiches.map((f) => ['fiches', f] as const)];
  const address = (kind: string, slug: string) => `/${kind}/${slug}/`;
  /** The guides and fiches a page links to: in its text and in its related pages. */
  const targetsOf = (kind: string, page: Page): Set<string> => {
    const targets = new Set([...page.body.matchAll(/\]\((\/(?:guides|fiches)\/[^/#)]+\/)/g)].map((m) => m[1] ?? ''));
    for (const slug of (page.frontmatter['relatedGuides'] as string[] | undefined) ?? []) targets.add(address('guides', slug));
    for (const slug of (page.frontmatter['relatedFiches'] as string[] | undefined) ?? []) targets.add(address('fiches', slug));
    targets.delete(address(kind, page.slug));
    return targets;
  };
  const outgoing = new Map(pages.map(([kind, page]) => [address(kind, page.slug), targetsOf(kind, page)]));
  const incoming = (target: string) => [...outgoing].filter(([, targets]) => targets.has(target)).map(([from]) => from);

  it.each([...outgoing.keys()])('%s links to two other pages and is linked from two', (page) => {
    expect([...(outgoing.get(page) ?? [])].length, 'pages liées depuis celle-ci').toBeGreaterThanOrEqual(2);
    expect(incoming(page).length, 'pages qui la citent').toBeGreaterThanOrEqual(2);
  });
});
