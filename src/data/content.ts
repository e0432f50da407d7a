/**
 * Content queries shared by pages: published guides and fiches, and the list of what's new.
 * URLs and order come from src/lib/navigation.ts.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { latestFirst, type Update } from '../lib/updates.ts';

export type Guide = CollectionEntry<'guides'>;
export type Fiche = CollectionEntry<'fiches'>;

const isPublished = ({ data }: { data: { draft: boolean } }) => import.meta.env.DEV || !data.draft;

export async function publishedGuides(): Promise<Guide[]> {
  return getCollection('guides', isPublished);
}

export async function publishedFiches(): Promise<Fiche[]> {
  return getCollection('fiches', isPublished);
}

/** Published guides and fiches, the latest update first. */
export async function latestUpdates(): Promise<Update[]> {
  const [guides, fiches] = await Promise.all([publishedGuides(), publishedFiches()]);
  return latestFirst([...guides, ...fiches]);
}
