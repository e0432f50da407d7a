/**
 * Prints, once per build, the facts of content/faits.yaml that are due for a check (checked more
 * than 12 months ago, validity ended, or « à vérifier »), as one warning block. `npm run facts`
 * prints the same list. An invalid registry is left to the content loader, which fails the build.
 */
import type { AstroIntegration } from 'astro';
import { dueForCheck, formatDueReport } from '../lib/facts/staleness.ts';
import { readRegistry, today } from '../lib/facts/files.ts';

export function factsReport(): AstroIntegration {
  return {
    name: 'faire-ensemble:facts-report',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const registry = readRegistry();
        if (!registry.ok) return;
        const report = formatDueReport(dueForCheck(registry.facts, today()));
        if (report) logger.warn(`${report}\n(détail : npm run facts ; page publique : /sources/)`);
      },
    },
  };
}
