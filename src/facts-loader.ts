/**
 * Content loader of the facts registry (content/faits.yaml). Before Astro stores anything it
 * validates the whole file and every citation of a fact in the content, so that a fact without a
 * source or check date, a duplicate id, or a page citing an unknown fact fails the build with the
 * file, the line and the field (or the id) named.
 */
import { join, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { describeUnknownCitations, unknownCitations } from './lib/facts/citations.ts';
import { collectCitations, readRegistry, REGISTRY_FILE } from './lib/facts/files.ts';

export function factsLoader(contentDir: string): Loader {
  return {
    name: 'faire-ensemble:faits',
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const registry = join(contentDir, REGISTRY_FILE);
      const load = async () => {
        const result = readRegistry(contentDir);
        if (!result.ok) throw new Error(`Registre des faits invalide :\n${result.message}`);
        const known = new Set(result.facts.map((f) => f.id));
        const unknown = unknownCitations(collectCitations(contentDir), known);
        if (unknown.length > 0) {
          throw new Error(`Fait inconnu cité dans le contenu :\n${describeUnknownCitations(unknown)}`);
        }
        store.clear();
        for (const raw of result.raw as Record<string, unknown>[]) {
          const id = String(raw['id']);
          const data = await parseData({ id, data: raw, filePath: registry });
          store.set({ id, data, digest: generateDigest(raw) });
        }
      };
      await load();
      // In `astro dev`, reload when the registry changes.
      watcher?.add(registry);
      watcher?.on('change', (changed) => {
        if (resolve(changed) === resolve(registry)) load().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
