/**
 * The facts registry fails the build, naming the file and the field or the id, when a page cites
 * a fact that does not exist or when a fact has no source. Each case copies the real content/
 * folder, breaks one thing and runs a real `astro build`.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWithEditedContent as buildWith, removeCopies, replaceIn } from './build-with.ts';

afterAll(removeCopies);

describe('facts registry at build time', { timeout: 180_000 }, () => {
  it('fails on a page citing an unknown fact, naming the page file, the line and the id', () => {
    const { status, output } = buildWith((dir) =>
      replaceIn(join(dir, 'guides/franchise-tva-et-filialisation.mdx'), '<Fait id="franchise-depassement" />', '<Fait id="fait-fantome" />'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/guides\/franchise-tva-et-filialisation\.mdx, ligne \d+ : le fait «\u202ffait-fantome\u202f» n’existe pas dans content\/faits\.yaml/);
  });

  it('fails on a glossary definition citing an unknown fact', () => {
    const { status, output } = buildWith((dir) =>
      replaceIn(join(dir, 'glossaire.yaml'), '{fait:gip-membres}', '{fait:gip-inconnu}'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/glossaire\.yaml, ligne \d+ : le fait «\u202fgip-inconnu\u202f» n’existe pas/);
  });

  it('fails on a rule of the tool « Anticiper les écueils » citing an unknown fact', () => {
    const { status, output } = buildWith((dir) =>
      replaceIn(join(dir, 'ecueils/regles.yaml'), 'faits: [association-definition]', 'faits: [association-inconnue]'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/ecueils\/regles\.yaml, ligne \d+ : le fait «\u202fassociation-inconnue\u202f» n’existe pas/);
  });

  it('fails on a fact without a source, naming the file, the fact and the field', () => {
    const { status, output } = buildWith((dir) =>
      replaceIn(
        join(dir, 'faits.yaml'),
        /(- id: ptce-definition-legale\n(?: {2}.*\n)*?) {2}source:\n(?: {4}.*\n)+/,
        '$1',
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/faits\.yaml, ligne \d+, fait «\u202fptce-definition-legale\u202f», champ «\u202fsource\u202f» : champ obligatoire manquant/);
  });

  it('fails on an impossible check date, naming the line', () => {
    const { status, output } = buildWith((dir) =>
      replaceIn(join(dir, 'faits.yaml'), /(- id: gip-membres\n(?: {2}.*\n)*? {2}verifie_le: )2026-11-30/, '$12026-02-30'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/faits\.yaml, ligne \d+, fait «\u202fgip-membres\u202f», champ «\u202fverifie_le\u202f» : ce n’est pas une date valide/);
  });
});
