/**
 * Content queries shared by pages: published entries only, in navigation order, with
 * their URLs. The only module that knows how a collection entry maps to a URL.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { NavPage } from './navigation';

export type Guide = CollectionEntry<'guides'>;
export type Fiche = CollectionEntry<'fiches'>;

const isPublished = ({ data }: { data: { draft: boolean } }) => import.meta.env.DEV || !data.draft;

export const guideHref = (id: string) => `/guides/${id}/`;
export const ficheHref = (id: string) => `/fiches/${id}/`;

export async function publishedGuides(): Promise<Guide[]> {
  return getCollection('guides', isPublished);
}

export async function publishedFiches(): Promise<Fiche[]> {
  return getCollection('fiches', isPublished);
}

export function toNavPage(entry: Guide | Fiche): NavPage {
  return {
    id: entry.id,
    title: entry.data.title,
    href: entry.collection === 'guides' ? guideHref(entry.id) : ficheHref(entry.id),
    themes: entry.data.themes,
    order: entry.data.order,
  };
}
