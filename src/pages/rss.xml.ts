import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { SITE } from '../lib/site.ts';
import { latestUpdates } from '../data/content.ts';

export async function GET(context: APIContext) {
  const updates = await latestUpdates();
  return rss({
    title: `${SITE.name} — nouveautés`,
    description: SITE.description,
    site: context.site ?? SITE.defaultUrl,
    customData: '<language>fr-FR</language>',
    items: updates.map((u) => ({
      title: u.isUpdate ? `${u.title} (mise à jour)` : u.title,
      description: u.description,
      link: u.href,
      pubDate: u.updated,
      categories: [u.kind],
    })),
  });
}
