import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { SITE } from '../lib/site.ts';
import { latestUpdates } from '../data/content.ts';
import { escapeHtml } from '../lib/heading-anchor.ts';
import { isoDate } from '../lib/text.ts';
import { listedUpdates } from '../lib/updates.ts';

/**
 * New pages and updates worth announcing (with their note), the latest first. An update gets an
 * id of its own, so feed readers show it as a new item.
 */
export async function GET(context: APIContext) {
  const site = context.site ?? new URL(SITE.defaultUrl);
  const updates = listedUpdates(await latestUpdates());
  return rss({
    title: `${SITE.name} — nouveautés`,
    description: SITE.description,
    site,
    customData: '<language>fr-FR</language>',
    items: updates.map((u) => ({
      title: u.isUpdate ? `${u.title} (mise à jour)` : u.title,
      description: u.note ? `Ce qui change\u202f: ${u.note} ${u.description}` : u.description,
      link: u.href,
      pubDate: u.date,
      categories: [u.kind],
      ...(u.isUpdate && {
        customData: `<guid isPermaLink="false">${escapeHtml(new URL(`${u.href}#mise-a-jour-${isoDate(u.date)}`, site).href)}</guid>`,
      }),
    })),
  });
}
