import { describe, expect, it } from 'vitest';
import { initialOf, sortTerms } from '../../src/lib/glossary.ts';

describe('glossary ordering', () => {
  it('files accented terms under their plain letter', () => {
    expect(initialOf('Élection sans candidat')).toBe('E');
    expect(initialOf('4P')).toBe('#');
  });

  it('sorts with French collation, ignoring case and accents', () => {
    const terms = ['Unanimité', 'économie', 'Abstention', 'ESS'].map((term) => ({ data: { term } }));
    expect(sortTerms(terms).map((t) => t.data.term)).toEqual(['Abstention', 'économie', 'ESS', 'Unanimité']);
  });
});
