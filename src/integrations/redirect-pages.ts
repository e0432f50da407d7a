/**
 * Old addresses (content/redirections.yaml) after `astro build`: Astro's `redirects` option has
 * left a static page at each old page address; this step rewrites it in French, with a script that
 * keeps the section named in the address (a meta refresh drops it), and writes the `_redirects`
 * file of static hosts (their `_headers` file comes last: src/integrations/security-headers.ts).
 * A page still built at an old address fails the build.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml } from '../lib/heading-anchor.ts';
import { SITE } from '../lib/site.ts';
import { redirectsFile } from '../lib/urls/host-files.ts';
import { REDIRECT_PAGE } from '../lib/urls/messages.ts';
import { movedSections, pageRedirectTargets, redirectPageScript, type Redirect } from '../lib/urls/redirects.ts';
import { encodeSiteUrl, type SiteUrl } from '../lib/urls/site-url.ts';
import { isRedirectPage } from './built-site.ts';

function redirectPageHtml(to: string, absolute: string, moved: Record<string, string>): string {
  const href = escapeHtml(to);
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>${REDIRECT_PAGE.title} · ${escapeHtml(SITE.name)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(absolute)}">
<script>${redirectPageScript(to, moved)}</script>
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<p>${REDIRECT_PAGE.text} <a href="${href}">${href}</a></p>
</body>
</html>
`;
}

/** The file Astro writes for a page path (the site is built as folders). */
function fileOf(dist: string, page: SiteUrl): string {
  return page.path.endsWith('/') ? join(dist, page.path, 'index.html') : join(dist, page.path);
}

export function redirectPages(redirects: readonly Redirect[]): AstroIntegration {
  let site = SITE.defaultUrl as string;
  return {
    name: 'faire-ensemble:redirect-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = config.site;
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const targets = pageRedirectTargets(redirects);
        for (const { from, to } of targets) {
          const file = fileOf(dist, from);
          // A page of the site built at the same address wins over the redirect: the link check
          // reports it (src/integrations/link-check.ts).
          if (!existsSync(file) || !isRedirectPage(readFileSync(file, 'utf8'))) continue;
          const href = encodeSiteUrl(to);
          writeFileSync(file, redirectPageHtml(href, new URL(href, site).href, movedSections(from.path, redirects)));
        }
        writeFileSync(join(dist, '_redirects'), redirectsFile(targets));
        logger.info(`${targets.length} ancienne(s) adresse(s) redirigée(s)\u202f; _redirects écrit.`);
      },
    },
  };
}
