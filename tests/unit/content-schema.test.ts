/**
 * The schemas of guides, fiches and the glossary, checked with `safeParse` on the real content
 * files and on edited copies: what the build accepts and what it refuses, without a build.
 * tests/content/build-smoke.test.ts checks that the build still applies them and names file and field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { contentSchemas, idReference } from '../../src/lib/content-schema.ts';
import { frontmatterOf } from '../../src/lib/frontmatter-dates.ts';

const schemas = contentSchemas(idReference);

type Data = Record<string, unknown>;

function frontmatters(dir: string): [string, Data][] {
  return readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => [f, parse(frontmatterOf(readFileSync(join(dir, f), 'utf8'))) as Data]);
}

const guides = frontmatters('content/guides');
const fiches = frontmatters('content/fiches');
const glossary = parse(readFileSync('content/glossaire.yaml', 'utf8')) as Data[];

/** Paths of the fields the schema refuses. */
function issues(schema: ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

const first = <T>(list: T[]): T => {
  const value = list[0];
  if (value === undefined) throw new Error('no content');
  return value;
};
/** A real guide's frontmatter without its « what changed » notes, whose dates the tests below move. */
const aGuide = () => {
  const data = structuredClone(first(guides)[1]);
  delete data['changes'];
  return data;
};
const aFiche = () => structuredClone(first(fiches)[1]);

describe('the real content passes', () => {
  it.each(guides)('guides/%s', (_file, data) => expect(issues(schemas.guides, data)).toEqual([]));
  it.each(fiches)('fiches/%s', (_file, data) => expect(issues(schemas.fiches, data)).toEqual([]));
  it.each(glossary.map((t) => [t['id'], t] as const))('glossaire: %s', (_id, term) =>
    expect(issues(schemas.glossary, term)).toEqual([]),
  );
});

describe('page fields', () => {
  it('reads dates, fills defaults and turns related slugs into references', () => {
    const data: Data = { ...aGuide(), relatedGuides: ['ptce'], published: '2026-01-02', updated: '2026-01-03' };
    delete data['order'];
    delete data['relatedFiches'];
    const parsed = schemas.guides.parse(data);
    expect(parsed.published).toEqual(new Date('2026-01-02'));
    expect(parsed.order).toBe(100);
    expect(parsed.draft).toBe(false);
    expect(parsed.relatedGuides).toEqual([{ collection: 'guides', id: 'ptce' }]);
    expect(parsed.relatedFiches).toEqual([]);
  });

  it('requires a description of 50 to 220 characters', () => {
    const missing = aGuide();
    delete missing['description'];
    expect(issues(schemas.guides, missing)).toEqual(['description']);
    expect(issues(schemas.guides, { ...aGuide(), description: 'Trop court.' })).toEqual(['description']);
    expect(issues(schemas.fiches, { ...aFiche(), description: 'x'.repeat(221) })).toEqual(['description']);
  });

  it('refuses a theme, an audience or a tool outside the fixed lists', () => {
    expect(issues(schemas.fiches, { ...aFiche(), themes: ['bricolage', 'diagnostic'] })).toEqual(['themes.0']);
    expect(issues(schemas.fiches, { ...aFiche(), themes: [] })).toEqual(['themes']);
    expect(issues(schemas.guides, { ...aGuide(), audience: ['grand-public'] })).toEqual(['audience.0']);
    expect(issues(schemas.guides, { ...aGuide(), tools: ['tableur'] })).toEqual(['tools.0']);
  });

  it('refuses an update dated before publication, and an unreadable date', () => {
    expect(issues(schemas.guides, { ...aGuide(), published: '2026-05-01', updated: '2026-04-30' })).toEqual(['updated']);
    expect(issues(schemas.guides, { ...aGuide(), updated: 'demain' })).toContain('updated');
  });

  it('checks sources: a title, a real URL, a check date', () => {
    const source = { title: 'Une source', url: 'https://example.org/', checked: '2026-01-01' };
    expect(issues(schemas.guides, { ...aGuide(), sources: [source] })).toEqual([]);
    expect(issues(schemas.guides, { ...aGuide(), sources: [{ ...source, url: 'pas une adresse' }] })).toEqual(['sources.0.url']);
    expect(issues(schemas.guides, { ...aGuide(), sources: [{ title: 'Une source' }] })).toEqual(['sources.0.checked']);
  });

  it('asks guides for 3 to 5 key points, fiches for their practical facts', () => {
    expect(issues(schemas.guides, { ...aGuide(), summary: ['Un seul point clé.'] })).toEqual(['summary']);
    const fiche = aFiche();
    delete fiche['material'];
    expect(issues(schemas.fiches, { ...fiche, durationMinutes: { min: 0, max: 30 } })).toEqual([
      'durationMinutes.min',
      'material',
    ]);
  });
});

describe('« what changed » notes', () => {
  const dated = (changes: unknown) => ({ ...aGuide(), published: '2026-01-01', updated: '2026-03-01', changes });
  const outil = () => ({
    tool: 'simulateur-decision',
    description: 'Testez une règle de décision avant de l’écrire dans vos statuts, avec le pouvoir réel de chaque membre.',
    published: '2026-01-01',
    updated: '2026-03-01',
  });

  it('are optional, and read with their dates', () => {
    expect(schemas.guides.parse(dated(undefined)).changes).toEqual([]);
    const parsed = schemas.fiches.parse({ ...aFiche(), published: '2026-01-01', updated: '2026-03-01', changes: [{ date: '2026-02-01', note: 'Une variante à distance ajoutée.' }] });
    expect(parsed.changes).toEqual([{ date: new Date('2026-02-01'), note: 'Une variante à distance ajoutée.' }]);
    expect(issues(schemas.outils, { ...outil(), changes: [{ date: '2026-03-01', note: 'Un nouveau modèle de SCIC.' }] })).toEqual([]);
  });

  it('are dated after publication and no later than the last update', () => {
    const note = 'Une section entière réécrite.';
    expect(issues(schemas.guides, dated([{ date: '2026-03-01', note }]))).toEqual([]);
    expect(issues(schemas.guides, dated([{ date: '2026-01-01', note }]))).toEqual(['changes.0.date']);
    expect(issues(schemas.guides, dated([{ date: '2026-02-01', note }, { date: '2026-04-01', note }]))).toEqual(['changes.1.date']);
    expect(issues(schemas.outils, { ...outil(), changes: [{ date: '2025-12-31', note }] })).toEqual(['changes.0.date']);
  });

  it('say what changed in a short sentence', () => {
    expect(issues(schemas.guides, dated([{ date: '2026-02-01', note: 'Coquilles.' }]))).toEqual(['changes.0.note']);
    expect(issues(schemas.guides, dated([{ date: '2026-02-01', note: 'x'.repeat(201) }]))).toEqual(['changes.0.note']);
    expect(issues(schemas.guides, dated([{ date: '2026-02-01' }]))).toEqual(['changes.0.note']);
    expect(issues(schemas.guides, dated('Une note sans date.'))).toEqual(['changes']);
  });
});

describe('glossary terms', () => {
  const term = () => structuredClone(first(glossary));

  it('link further only to a guide, a fiche or a tool', () => {
    expect(issues(schemas.glossary, { ...term(), more: '/fiches/world-cafe/' })).toEqual([]);
    expect(issues(schemas.glossary, { ...term(), more: 'https://example.org/' })).toEqual(['more']);
  });

  it('need a definition of at least 30 characters', () => {
    expect(issues(schemas.glossary, { ...term(), definition: 'Trop court.' })).toEqual(['definition']);
  });
});
