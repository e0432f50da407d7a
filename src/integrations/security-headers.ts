/**
 * The `_headers` file of static hosts, written last, from the pages as built: the Content Security
 * Policy allows by hash every inline script, `<style>` block and style attribute the pages carry
 * (and the styles of the newsletter kit's e-mail preview, which its script writes), so it is
 * complete by construction. Fails the build on inline code no hash may allow. The nginx and Apache
 * configuration in docs/security-headers.md is written from this file (`npm run headers`).
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMAIL_STYLES } from '../lib/newsletter/kit.ts';
import { contentSecurityPolicy, inlineCode, type PolicySources } from '../lib/security/csp.ts';
import { securityHeaders } from '../lib/security/headers.ts';
import { headerRules, headersFile } from '../lib/urls/host-files.ts';
import { pageRedirectTargets, type Redirect } from '../lib/urls/redirects.ts';
import { walk } from './built-site.ts';

/** What the built pages carry inline, and the inline code no hash may allow, by file. */
export function builtInlineCode(dist: string): { [K in keyof PolicySources]: Set<string> } & { forbidden: string[] } {
  const sources = { scripts: new Set<string>(), styles: new Set<string>(), styleAttributes: new Set<string>(), forbidden: [] as string[] };
  for (const file of walk(dist).filter((f) => f.endsWith('.html'))) {
    const code = inlineCode(readFileSync(file, 'utf8'));
    for (const text of code.scripts) sources.scripts.add(text);
    for (const text of code.styles) sources.styles.add(text);
    for (const text of code.styleAttributes) sources.styleAttributes.add(text);
    for (const problem of code.forbidden) sources.forbidden.push(`${relative(dist, file)} : ${problem}`);
  }
  return sources;
}

export function securityHeadersFile(redirects: readonly Redirect[]): AstroIntegration {
  return {
    name: 'faire-ensemble:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const built = builtInlineCode(dist);
        if (built.forbidden.length > 0) {
          throw new Error(
            `Code en ligne qu’aucune empreinte de la politique de sécurité des contenus ne peut autoriser (utilisez un script du site) :\n${built.forbidden.join('\n')}`,
          );
        }
        const policy = contentSecurityPolicy({ ...built, styleAttributes: [...built.styleAttributes, ...Object.values(EMAIL_STYLES)] });
        const rules = headerRules(
          pageRedirectTargets(redirects).map((t) => t.from),
          securityHeaders(policy),
        );
        writeFileSync(join(dist, '_headers'), headersFile(rules));
        logger.info(
          `_headers écrit : ${built.scripts.size} script(s) et ${built.styles.size} bloc(s) de style en ligne autorisés par empreinte.`,
        );
      },
    },
  };
}
