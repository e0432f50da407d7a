import { describe, expect, it } from 'vitest';
import { firstMentions, mayMention, termForms } from '../../src/lib/glossary-links.ts';

const forms = termForms([
  { id: 'ess', term: 'ESS', aliases: ['économie sociale et solidaire'] },
  { id: 'labo-ess', term: 'Labo de l’ESS' },
  { id: 'consentement', term: 'Consentement', aliases: ['décision par consentement'] },
  { id: 'scic', term: 'SCIC' },
]);

describe('firstMentions', () => {
  it('links each term once per page, at its first mention', () => {
    const linked = new Set<string>();
    expect(firstMentions('La SCIC et une autre SCIC.', forms, linked)).toEqual([{ id: 'scic', start: 3, end: 7 }]);
    expect(firstMentions('Encore une SCIC.', forms, linked)).toEqual([]);
  });

  it('prefers the longest spelling at the same place and never overlaps', () => {
    const matches = firstMentions('Le Labo de l’ESS défend l’ESS.', forms, new Set());
    expect(matches).toEqual([
      { id: 'labo-ess', start: 3, end: 16 },
      { id: 'ess', start: 26, end: 29 },
    ]);
  });

  it('matches whole words only, and the lower-case form of a word term', () => {
    expect(firstMentions('Les SCICs et ESSAIS', forms, new Set())).toEqual([]);
    expect(firstMentions('une décision par consentement', forms, new Set())).toEqual([{ id: 'consentement', start: 4, end: 29 }]);
    expect(firstMentions('le consentement', forms, new Set())).toEqual([{ id: 'consentement', start: 3, end: 15 }]);
  });

  it('finds several different terms in one text, in reading order', () => {
    const matches = firstMentions('Une SCIC de l’économie sociale et solidaire.', forms, new Set());
    expect(matches.map((m) => m.id)).toEqual(['scic', 'ess']);
  });
});

describe('mayMention', () => {
  const forms = termForms([
    { id: 'scic', term: 'SCIC' },
    { id: 'ess', term: 'ESS', aliases: ['économie sociale et solidaire'] },
  ]);

  it('is true only when a term not yet linked appears in the text', () => {
    expect(mayMention('Une SCIC locale.', forms, new Set())).toBe(true);
    expect(mayMention('Une SCIC locale.', forms, new Set(['scic']))).toBe(false);
    expect(mayMention('Rien à lier ici.', forms, new Set())).toBe(false);
    expect(mayMention('L’économie sociale et solidaire.', forms, new Set(['scic']))).toBe(true);
  });
});
