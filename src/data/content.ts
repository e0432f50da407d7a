/**
 * Content queries shared by pages: published guides and fiches, and the list of what's new.
 * URLs and order come from src/lib/navigation.ts.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { latestFirst, type Update } from '../lib/updates.ts';
import { navIndex, toolPageTitle, type NavIndex } from '../lib/navigation.ts';

export type Guide = CollectionEntry<'guides'>;
export type Fiche = CollectionEntry<'fiches'>;

const isPublished = ({ data }: { data: { draft: boolean } }) => import.meta.env.DEV || !data.draft;

export async function publishedGuides(): Promise<Guide[]> {
  return getCollection('guides', isPublished);
}

export async function publishedFiches(): Promise<Fiche[]> {
  return getCollection('fiches', isPublished);
}

/** Published guides, fiches and tool pages, each at its latest event worth announcing, the latest first. */
export async function latestUpdates(): Promise<Update[]> {
  const [guides, fiches, tools] = await Promise.all([publishedGuides(), publishedFiches(), getCollection('outils')]);
  const toolPages = tools.map((entry) => ({
    collection: 'outils' as const,
    id: entry.id,
    data: { ...entry.data, title: toolPageTitle(entry) },
  }));
  return latestFirst([...guides, ...fiches, ...toolPages]);
}

let index: Promise<NavIndex> | undefined;

/** Where every guide and fiche sits in navigation, computed once per build (each time in dev, where content changes). */
export function siteNavIndex(): Promise<NavIndex> {
  const compute = async () => navIndex([...(await publishedGuides()), ...(await publishedFiches())]);
  if (import.meta.env.DEV) return compute();
  index ??= compute();
  return index;
}
