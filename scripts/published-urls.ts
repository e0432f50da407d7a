/**
 * `npm run urls` (after `astro build`): adds the addresses the built site publishes to
 * content/adresses-publiees.txt and keeps every address already there, so that no published
 * address can be dropped by regenerating the list.
 */
import { readBuiltSite } from '../src/integrations/built-site.ts';
import { displayPath } from '../src/lib/facts/files.ts';
import { publishedListPath, readPublishedList, writePublishedList } from '../src/lib/urls/files.ts';
import { mergeUrlLists, publishedUrlsOf } from '../src/lib/urls/published.ts';

const dist = process.argv[2] ?? 'dist';
const site = readBuiltSite(dist);
const existing = readPublishedList() ?? [];
const current = publishedUrlsOf(site.pages, site.files);
const merged = mergeUrlLists(existing, current);
writePublishedList(merged);
const added = merged.length - existing.length;
console.log(`${displayPath(publishedListPath())}\u202f: ${merged.length} adresses, dont ${added} nouvelle(s).`);
