/** The "what's new" list shared by the home page, /nouveautes/ and the RSS feed. */
import { hrefOf, type PageCollection } from './navigation.ts';

export interface UpdateSource {
  readonly collection: PageCollection;
  readonly id: string;
  readonly data: { readonly title: string; readonly description: string; readonly published: Date; readonly updated: Date };
}

export interface Update {
  title: string;
  description: string;
  href: string;
  kind: 'Guide' | 'Fiche pratique';
  published: Date;
  updated: Date;
  /** True when the page changed after it was first published. */
  isUpdate: boolean;
}

const KINDS = { guides: 'Guide', fiches: 'Fiche pratique' } as const satisfies Record<PageCollection, Update['kind']>;

/** Every page as an update, the latest first (then by title). */
export function latestFirst(entries: readonly UpdateSource[]): Update[] {
  return entries
    .map(({ collection, id, data: { title, description, published, updated } }) => ({
      title,
      description,
      href: hrefOf({ collection, id }),
      kind: KINDS[collection],
      published,
      updated,
      isUpdate: updated.getTime() > published.getTime(),
    }))
    .sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.title.localeCompare(b.title, 'fr'));
}
