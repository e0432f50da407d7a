/** Finding citations of facts in MDX pages and glossary text. */
import { describe, expect, it } from 'vitest';
import {
  describeUnknownCitations,
  mdxCitations,
  replaceFactTokens,
  splitFactTokens,
  tokenCitations,
  unknownCitations,
  yamlListCitations,
} from '../../../src/lib/facts/citations.ts';

describe('citations in MDX', () => {
  it('finds each <Fait> with its id and line, whatever the quoting and attribute order', () => {
    const mdx = [
      "import Fait from '@components/Fait.astro';",
      '',
      'Le plafond est de <Fait id="franchise" /> cette année.',
      'Voir <Fait affiche="reference" id=\'pret\'/> et <Fait id={"gip"} />.',
      '<Faits id="pas-un-fait" />',
    ].join('\n');
    expect(mdxCitations(mdx)).toEqual([
      { id: 'franchise', line: 3 },
      { id: 'pret', line: 4 },
      { id: 'gip', line: 4 },
    ]);
  });

  it('reports a tag whose id is computed or missing with an empty id', () => {
    expect(mdxCitations('<Fait id={variable} />\n<Fait affiche="source" />')).toEqual([
      { id: '', line: 1 },
      { id: '', line: 2 },
    ]);
  });
});

describe('tokens in YAML text', () => {
  const text = 'Exonération jusqu’à {fait:franchise} de recettes ({fait:tva}).';

  it('finds tokens with their line', () => {
    expect(tokenCitations(`a\n${text}`)).toEqual([
      { id: 'franchise', line: 2 },
      { id: 'tva', line: 2 },
    ]);
  });

  it('splits a text into plain parts and facts', () => {
    expect(splitFactTokens(text)).toEqual([
      { text: 'Exonération jusqu’à ' },
      { fact: 'franchise' },
      { text: ' de recettes (' },
      { fact: 'tva' },
      { text: ').' },
    ]);
    expect(splitFactTokens('Sans fait.')).toEqual([{ text: 'Sans fait.' }]);
    expect(replaceFactTokens(text, (id) => id.toUpperCase())).toBe('Exonération jusqu’à FRANCHISE de recettes (TVA).');
  });
});

describe('unknown citations', () => {
  it('names the file, the line and the id', () => {
    const unknown = unknownCitations(
      [
        { file: 'content/guides/a.mdx', citations: [{ id: 'connu', line: 3 }, { id: 'inconnu', line: 9 }] },
        { file: 'content/glossaire.yaml', citations: [{ id: '', line: 4 }] },
      ],
      new Set(['connu']),
    );
    expect(describeUnknownCitations(unknown)).toBe(
      [
        'content/guides/a.mdx, ligne 9 : le fait «\u202finconnu\u202f» n’existe pas dans content/faits.yaml.',
        'content/glossaire.yaml, ligne 4 : <Fait> sans identifiant écrit en toutes lettres (id="…").',
      ].join('\n'),
    );
  });
});

describe('fact lists in data files', () => {
  it('reads inline and block `faits:` lists with their lines', () => {
    const yaml = [
      'formes:',
      '  - id: association',
      '    faits: [association-definition, "association-capacite"]',
      '    regles:',
      '      - raison: Une raison.',
      '        faits:',
      '          - scic-categories',
      '          - scop-salaries',
      '    autre: [pas-un-fait]',
    ].join('\n');
    expect(yamlListCitations(yaml)).toEqual([
      { id: 'association-definition', line: 3 },
      { id: 'association-capacite', line: 3 },
      { id: 'scic-categories', line: 7 },
      { id: 'scop-salaries', line: 8 },
    ]);
    expect(yamlListCitations('faits: []')).toEqual([]);
  });
});
