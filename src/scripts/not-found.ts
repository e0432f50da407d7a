/**
 * The 404 page: fills its search with the words of the address that led nowhere and shows the
 * first pages found, so the reader of an old or mistyped link is one click from the page.
 */
import { searchWordsOf } from '../lib/urls/address-words.ts';
import { search, type SearchOutcome } from './search-engine.ts';
import { renderResults } from './search-render.ts';

const SHOWN = 5;

/** All the words first; if nothing has them all, each word alone, the pages merged. */
async function findPages(words: string): Promise<SearchOutcome> {
  const all = await search(words, {}, SHOWN);
  const single = words.split(' ');
  if (all.total > 0 || single.length < 2) return all;
  const seen = new Set<string>();
  const hits = (await Promise.all(single.map((word) => search(word, {}, SHOWN)))).flatMap((o) => o.hits).filter((hit) => !seen.has(hit.url) && seen.add(hit.url));
  return { total: hits.length, hits: hits.slice(0, SHOWN) };
}

export function setUpNotFoundSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-not-found-search]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.querySelector<HTMLElement>('[data-not-found-status]');
  const list = document.querySelector<HTMLElement>('[data-not-found-results]');
  if (!input || !status || !list) return;
  const words = searchWordsOf(location.pathname);
  input.value = words;
  if (words === '') return;
  status.textContent = 'Recherche des pages qui pourraient correspondre…';
  findPages(words)
    .then((outcome) => {
      status.textContent =
        outcome.total === 0
          ? `Aucune page ne correspond à «\u202f${words}\u202f». Essayez d’autres mots, ou partez des rubriques ci-dessous.`
          : `Pages qui pourraient correspondre à «\u202f${words}\u202f»\u202f:`;
      renderResults(list, outcome);
    })
    .catch(() => {
      status.textContent = 'La recherche est indisponible pour le moment. Partez des rubriques ci-dessous.';
    });
}
