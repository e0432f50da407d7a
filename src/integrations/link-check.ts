/**
 * Fails the build when a link leads nowhere: an internal link or #anchor of the built site, a
 * link to an old (redirected) address, or an address once published (content/adresses-publiees.txt)
 * that no page nor redirect (content/redirections.yaml) answers any more.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks } from '../lib/links.ts';
import { displayPath } from '../lib/facts/files.ts';
import { CONTRACT_MESSAGES } from '../lib/urls/messages.ts';
import { publishedListPath, readPublishedList, redirectsPath, sourceOfPage } from '../lib/urls/files.ts';
import {
  brokenPublishedUrls,
  describeBrokenUrls,
  describeRedirectProblems,
  publishedUrlsOf,
  redirectProblems,
  type SiteView,
} from '../lib/urls/published.ts';
import type { Redirect } from '../lib/urls/redirects.ts';
import { parseSiteUrl } from '../lib/urls/site-url.ts';
import { scanBuiltSite } from './built-site.ts';

export function linkCheck(redirects: readonly Redirect[] = []): AstroIntegration {
  return {
    name: 'faire-ensemble:link-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const start = performance.now();
        const site = scanBuiltSite(fileURLToPath(dir));
        const failures: string[] = [];

        const oldAddresses = new Set(site.redirects);
        const broken = findBrokenLinks(site.pages, site.files).map((b) => `  ${b.from} → ${b.href} (${b.reason})`);
        if (broken.length > 0) failures.push(`${broken.length} lien(s) interne(s) cassé(s) :\n${broken.join('\n')}`);
        const toOld = oldAddresses.size === 0 ? [] : site.pages.flatMap((page) =>
          page.hrefs
            .filter((href) => oldAddresses.has(parseSiteUrl(href)?.path ?? ''))
            .map((href) => `  ${page.path} → ${href}`),
        );
        if (toOld.length > 0) failures.push(CONTRACT_MESSAGES.linksToRedirects(toOld));

        const view: SiteView = { pages: new Map(site.pages.map((p) => [p.path, p.ids])), files: site.files };
        const redirectsFile = displayPath(redirectsPath());
        const problems = redirectProblems(redirects, view);
        if (problems.length > 0) failures.push(describeRedirectProblems(problems, redirectsFile));

        const list = readPublishedList();
        const listFile = displayPath(publishedListPath());
        if (list) {
          const lost = brokenPublishedUrls(list, view, redirects);
          if (lost.length > 0) failures.push(describeBrokenUrls(lost, listFile, redirectsFile, (page) => sourceOfPage(page)));
        }

        if (failures.length > 0) throw new Error(failures.join('\n\n'));
        const seconds = ((performance.now() - start) / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 });
        logger.info(`${site.pages.length} pages, aucun lien interne cassé (vérifié en ${seconds} s).`);
        if (list) {
          const listed = new Set(list);
          const unlisted = publishedUrlsOf(site.pages, site.files).filter((url) => !listed.has(url)).length;
          logger.info(CONTRACT_MESSAGES.checked(list.length, unlisted));
        } else {
          logger.info(CONTRACT_MESSAGES.noList(listFile));
        }
      },
    },
  };
}
