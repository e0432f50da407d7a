/** Glossary ordering and grouping, French collation, accents folded for initials. */

export function initialOf(term: string): string {
  const first = term.normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

export function sortTerms<T extends { data: { term: string } }>(terms: readonly T[]): T[] {
  return [...terms].sort((a, b) => a.data.term.localeCompare(b.data.term, 'fr', { sensitivity: 'base' }));
}
