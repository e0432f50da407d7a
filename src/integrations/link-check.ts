/** Fails the build when an internal link or #anchor of the built site leads nowhere. */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks } from '../lib/links.ts';
import { readBuiltSite } from './built-site.ts';

export function linkCheck(): AstroIntegration {
  return {
    name: 'faire-ensemble:link-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = readBuiltSite(fileURLToPath(dir));
        const broken = findBrokenLinks(site.pages, site.files);
        if (broken.length > 0) {
          const lines = broken.map((b) => `  ${b.from} → ${b.href} (${b.reason})`);
          throw new Error(`${broken.length} lien(s) interne(s) cassé(s) :\n${lines.join('\n')}`);
        }
        logger.info(`${site.pages.length} pages, aucun lien interne cassé.`);
      },
    },
  };
}
