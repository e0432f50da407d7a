/** The "what's new" list shared by /nouveautes/ and the RSS feed. */
import { ficheHref, guideHref, publishedFiches, publishedGuides } from './content';

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

export async function latestUpdates(): Promise<Update[]> {
  const [guides, fiches] = await Promise.all([publishedGuides(), publishedFiches()]);
  const items: Update[] = [
    ...guides.map((g) => ({ ...g.data, href: guideHref(g.id), kind: 'Guide' as const })),
    ...fiches.map((f) => ({ ...f.data, href: ficheHref(f.id), kind: 'Fiche pratique' as const })),
  ].map(({ title, description, href, kind, published, updated }) => ({
    title,
    description,
    href,
    kind,
    published,
    updated,
    isUpdate: updated.getTime() > published.getTime(),
  }));
  return items.sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.title.localeCompare(b.title, 'fr'));
}
