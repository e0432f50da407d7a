/**
 * The facts registry as the pages see it (astro:content side). The logic — which value holds on a
 * day, staleness, citations — is in src/lib/facts/.
 */
import { getCollection } from 'astro:content';
import { collectCitations, today } from '../lib/facts/files.ts';
import { publishedFiches, publishedGuides } from './content.ts';
import { hrefOf } from '../lib/navigation.ts';
import { TOOLS } from '../lib/taxonomy.ts';
import type { Fact } from '../lib/facts/schema.ts';
import type { FactCitation } from '../lib/ecueils/schema.ts';
import { formatValue } from '../lib/facts/values.ts';
import { frenchSpacing } from '../lib/fr.ts';

export { today };

let cache: Promise<Map<string, Fact>> | undefined;

/** Every fact, in the order of content/faits.yaml. */
export async function factsById(): Promise<Map<string, Fact>> {
  cache ??= getCollection('faits').then((entries) => new Map(entries.map((e) => [e.id, e.data])));
  return cache;
}

/** A fact by id; throws with the id and the page when it does not exist (the loader checks first). */
export async function requireFact(id: string, page: string): Promise<Fact> {
  const fact = (await factsById()).get(id);
  if (!fact) throw new Error(`${page} : le fait «\u202f${id}\u202f» n’existe pas dans content/faits.yaml.`);
  return fact;
}

export interface CitingPage {
  url: string;
  title: string;
}

/** For each fact id, the pages that cite it (each page once), with their titles. */
export async function citingPages(): Promise<Map<string, CitingPage[]>> {
  const [guides, fiches, glossary] = await Promise.all([publishedGuides(), publishedFiches(), getCollection('glossary')]);
  const titles = new Map<string, string>([
    ...guides.map((g) => [hrefOf(g), g.data.title] as const),
    ...fiches.map((f) => [hrefOf(f), f.data.title] as const),
    ...glossary.map((t) => [hrefOf(t), `Glossaire : ${t.data.term}`] as const),
    ...Object.values(TOOLS)
      .filter((tool) => tool.available)
      .map((tool) => [tool.path, `Outil : ${tool.title}`] as const),
  ]);
  const byFact = new Map<string, CitingPage[]>();
  for (const file of collectCitations()) {
    for (const citation of file.citations) {
      const url = file.url(citation);
      const title = titles.get(url);
      if (title === undefined) continue; // a draft page, not published
      const list = byFact.get(citation.id) ?? [];
      if (!list.some((p) => p.url === url)) list.push({ url, title });
      byFact.set(citation.id, list);
    }
  }
  return byFact;
}

/**
 * Every fact as the tool « Anticiper les écueils » shows it (FactCitation of src/lib/ecueils): its
 * short name, with its value and period when it has one, its source, and whether it is « à vérifier ».
 */
export async function factCitations(): Promise<Map<string, FactCitation>> {
  const day = today();
  return new Map(
    [...(await factsById()).entries()].map(([id, fact]) => {
      const value = formatValue(fact, day);
      const citation: FactCitation = {
        id,
        text: frenchSpacing(value ? `${fact.titre} : ${value}` : fact.titre),
        sourceTitle: fact.source.titre,
        sourceUrl: fact.source.url,
        toCheck: fact.statut === 'à vérifier',
      };
      return [id, citation];
    }),
  );
}
