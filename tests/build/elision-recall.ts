/**
 * The measure of issue 15: every word that some page contains only after an elision
 * (« l’essoufflement » but never « essoufflement » alone), searched bare through Pagefind’s own
 * API; the share of those pages that the search finds by that word.
 */
import { findElisions } from '../../src/lib/elision.ts';
import type { PagefindNode, PagefindPage } from './pagefind-node.ts';

const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr');

/** Words of two letters or more that the text has after an elision and never on their own. */
export function wordsOnlyAfterElision(text: string): string[] {
  const elided = new Map<string, string>();
  const starts = new Set<number>();
  for (const e of findElisions(text)) {
    starts.add(e.index + e.prefix.length + 1);
    if (Array.from(e.word).length >= 2 && !elided.has(e.word.toLocaleLowerCase('fr'))) elided.set(e.word.toLocaleLowerCase('fr'), e.word);
  }
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) if (!starts.has(m.index)) elided.delete(m[0].toLocaleLowerCase('fr'));
  return [...elided.values()];
}

/** Whether the page was found by one of its own words that contains `word`, not by chance. */
function matchedBy(page: PagefindPage, word: string): boolean {
  const words = page.content.split(/[\r\n\s]+/);
  return page.locations.some((location) => fold(words[location] ?? '').includes(fold(word)));
}

export interface RecallCase {
  word: string;
  url: string;
  found: boolean;
}

export async function elisionRecall(index: PagefindNode): Promise<RecallCase[]> {
  const all = await index.search(null);
  const pages = await Promise.all(all.map((r) => r.data()));
  const idOf = new Map(pages.map((page, i) => [page.url, all[i]!.id]));
  const byWord = new Map<string, { word: string; urls: string[] }>();
  for (const page of pages) {
    for (const word of wordsOnlyAfterElision(page.content)) {
      const key = word.toLocaleLowerCase('fr');
      byWord.set(key, { word: byWord.get(key)?.word ?? word, urls: [...(byWord.get(key)?.urls ?? []), page.url] });
    }
  }
  const cases: RecallCase[] = [];
  for (const { word, urls } of byWord.values()) {
    const results = await index.search(word);
    for (const url of urls) {
      const result = results.find((r) => r.id === idOf.get(url));
      cases.push({ word, url, found: result !== undefined && matchedBy(await result.data(), word) });
    }
  }
  return cases;
}
