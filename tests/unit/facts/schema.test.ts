/**
 * The facts registry schema: what a valid fact looks like, and the plain-French messages that
 * name the file, line, fact and field when one is not.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factSchema, factsFileSchema } from '../../../src/lib/facts/schema.ts';
import { parseFactsRegistry } from '../../../src/lib/facts/registry.ts';

const good = () => ({
  id: 'franchise-test',
  titre: 'Un fait de test',
  theme: 'fiscal',
  enonce: 'Un énoncé assez long pour passer le contrôle de longueur.',
  valeurs: [
    { valeur: '78 596 €', annee: 2024 },
    { valeur: '80 011 €', annee: 2025 },
  ],
  reference: 'CGI, art. 206-1 bis',
  source: { titre: 'Une source officielle', url: 'https://example.org/source' },
  verifie_le: '2026-11-30',
  statut: 'vérifié',
  aide: ['expert-comptable'],
});

function issues(raw: unknown): string[] {
  const result = factSchema.safeParse(raw);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('fact schema', () => {
  it('accepts a complete fact and turns check dates into dates', () => {
    const result = factSchema.safeParse(good());
    expect(result.success).toBe(true);
    expect(result.data?.verifie_le.toISOString().slice(0, 10)).toBe('2026-11-30');
    expect(result.data?.libelle).toBe('montant');
    expect(result.data?.autres_sources).toEqual([]);
  });

  it('accepts a fact without values, and a value valid from a date on', () => {
    const { valeurs: _valeurs, ...rest } = good();
    expect(issues(rest)).toEqual([]);
    expect(issues({ ...good(), valeurs: [{ valeur: '60 000 € HT', du: '2026-04-01' }] })).toEqual([]);
  });

  it('requires a source with a web address, and a check date', () => {
    const { source: _source, ...noSource } = good();
    expect(issues(noSource).some((i) => i.startsWith('source:'))).toBe(true);
    expect(issues({ ...good(), source: { titre: 'Une source officielle' } }).some((i) => i.startsWith('source.url'))).toBe(true);
    expect(issues({ ...good(), source: { titre: 'Une source', url: 'pas une adresse' } })).toContainEqual(
      expect.stringMatching(/^source\.url: adresse web complète/),
    );
    const { verifie_le: _date, ...noDate } = good();
    expect(issues(noDate).some((i) => i.startsWith('verifie_le'))).toBe(true);
  });

  it('rejects dates that are not real calendar days, as written', () => {
    expect(issues({ ...good(), verifie_le: '2026-02-30' })).toEqual([
      expect.stringMatching(/^verifie_le: ce n’est pas une date valide/),
    ]);
    expect(issues({ ...good(), verifie_le: '30/11/2026' })).toHaveLength(1);
  });

  it('rejects an unknown theme, status, helper, or a misspelt field', () => {
    expect(issues({ ...good(), theme: 'bricolage' })).toEqual([expect.stringMatching(/^theme: thème inconnu/)]);
    expect(issues({ ...good(), statut: 'verifie' })).toEqual([expect.stringMatching(/^statut:/)]);
    expect(issues({ ...good(), aide: ['voyante'] })).toEqual([expect.stringMatching(/^aide\.0: aide inconnue/)]);
    expect(issues({ ...good(), aide: [] })).toEqual([expect.stringMatching(/^aide:/)]);
    expect(issues({ ...good(), verifie: '2026-11-30' }).length).toBeGreaterThan(0);
  });

  it('rejects a badly formed id', () => {
    expect(issues({ ...good(), id: 'Franchise 2025' })).toEqual([expect.stringMatching(/^id: identifiant en minuscules/)]);
  });

  it('rejects values whose periods are unclear, reversed, unordered or overlapping', () => {
    expect(issues({ ...good(), valeurs: [{ valeur: 'x', annee: 2025, du: '2025-01-01' }] })).toEqual([
      expect.stringMatching(/^valeurs\.0\.annee: indiquez soit/),
    ]);
    expect(issues({ ...good(), valeurs: [{ valeur: 'x', au: '2025-01-01' }] })).toEqual([expect.stringMatching(/^valeurs\.0\.du:/)]);
    expect(issues({ ...good(), valeurs: [{ valeur: 'x', du: '2025-06-01', au: '2025-01-01' }] })).toEqual([
      expect.stringMatching(/^valeurs\.0\.au:/),
    ]);
    expect(
      issues({ ...good(), valeurs: [{ valeur: 'b', annee: 2025 }, { valeur: 'a', annee: 2024 }] }),
    ).toEqual([expect.stringMatching(/^valeurs\.1: les valeurs doivent se suivre/)]);
    expect(
      issues({ ...good(), valeurs: [{ valeur: 'a', du: '2020-01-01' }, { valeur: 'b', du: '2026-04-01' }] }),
    ).toEqual([expect.stringMatching(/^valeurs\.1: les valeurs doivent se suivre/)]);
    expect(issues({ ...good(), valeurs: [{ valeur: 'a' }, { valeur: 'b', annee: 2025 }] })).toEqual([
      expect.stringMatching(/^valeurs\.0: quand un fait a plusieurs valeurs/),
    ]);
  });

  it('rejects duplicate ids across the file', () => {
    const result = factsFileSchema.safeParse([good(), good()]);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      '1.id: identifiant en double\u202f: «\u202ffranchise-test\u202f»',
    ]);
  });
});

describe('registry file parsing', () => {
  const file = 'content/faits.yaml';
  const yaml = `- id: un-fait
  titre: "Un fait"
  theme: fiscal
  enonce: "Un énoncé assez long pour passer le contrôle."
  reference: "CGI, art. 206"
  source: { titre: "Une source", url: "https://example.org/" }
  verifie_le: 2026-11-30
  statut: vérifié
  aide: [sie]
`;

  it('reads a valid file', () => {
    const result = parseFactsRegistry(yaml, file);
    expect(result.ok).toBe(true);
  });

  it('names the file, line, fact and field of a missing source', () => {
    const result = parseFactsRegistry(yaml.replace(/ {2}source:.*\n/, ''), file);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toBe(
        'content/faits.yaml, ligne 1, fait «\u202fun-fait\u202f», champ «\u202fsource\u202f» : champ obligatoire manquant.',
      );
    }
  });

  it('names the line of an impossible check date', () => {
    const result = parseFactsRegistry(yaml.replace('2026-11-30', '2026-13-45'), file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^content\/faits\.yaml, ligne 7, fait «\u202fun-fait\u202f», champ «\u202fverifie_le\u202f» : ce n’est pas une date valide/);
  });

  it('reports a duplicate id even when another fact is invalid', () => {
    const broken = yaml.replace('theme: fiscal', 'theme: bricolage');
    const result = parseFactsRegistry(`${yaml}${broken}${yaml}`, file);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/ligne 12, fait «\u202fun-fait\u202f», champ «\u202ftheme\u202f» : thème inconnu/);
      expect(result.message).toMatch(/ligne 10, fait «\u202fun-fait\u202f», champ «\u202fid\u202f» : identifiant en double/);
      expect(result.message).toMatch(/ligne 19, fait «\u202fun-fait\u202f», champ «\u202fid\u202f» : identifiant en double/);
    }
  });

  it('says when the file is not a list, or not YAML', () => {
    const notList = parseFactsRegistry('id: un-fait\n', file);
    expect(notList.ok ? '' : notList.message).toMatch(/doit être une liste de faits/);
    const notYaml = parseFactsRegistry('- id: [\n', file);
    expect(notYaml.ok ? '' : notYaml.message).toMatch(/^content\/faits\.yaml, ligne \d+ : YAML illisible/);
  });

  it('accepts the real registry of the site', () => {
    const result = parseFactsRegistry(readFileSync('content/faits.yaml', 'utf8'), file);
    expect(result.ok ? '' : result.message).toBe('');
  });
});
