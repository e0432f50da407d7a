/**
 * The words of a broken address, for the search the 404 page offers:
 * « /guides/gouvernance-partagee-des-ptce/ » → « gouvernance partagee ptce ». Section names
 * (guides, fiches…), short French function words and file extensions are left out: every page
 * has them, and search would then find nothing more.
 */

const SECTIONS = new Set(['guides', 'guide', 'fiches', 'fiche', 'outils', 'outil', 'themes', 'theme', 'glossaire', 'index']);
const FUNCTION_WORDS = new Set([
  'a', 'au', 'aux', 'avec', 'd', 'dans', 'de', 'des', 'du', 'en', 'et', 'l', 'la', 'le', 'les', 'ou', 'par', 'pour', 'qu', 'que', 'sur', 'un', 'une',
]);
const EXTENSIONS = new Set(['html', 'htm', 'php', 'aspx', 'asp']);
const MAX_WORDS = 6;

export function searchWordsOf(pathname: string): string {
  let text = pathname;
  try {
    text = decodeURIComponent(pathname);
  } catch {
    // Keep the address as it came.
  }
  const words = text
    .toLocaleLowerCase('fr')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !SECTIONS.has(w) && !FUNCTION_WORDS.has(w) && !EXTENSIONS.has(w));
  return [...new Set(words)].slice(0, MAX_WORDS).join(' ');
}
