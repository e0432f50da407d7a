/**
 * The security headers of the built site in dist/ (npm test builds it first): the policy allows
 * every inline script and style of every page — checked here with a full HTML parser, independent
 * of the build's own scanner —, nothing inline that no hash covers, and docs/security-headers.md
 * gives nginx and Apache the very headers of `_headers` (run `npm run headers` when it does not).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { walk } from '../../src/integrations/built-site.ts';
import { securityHeadersFile } from '../../src/integrations/security-headers.ts';
import { cspHash, inlineCode } from '../../src/lib/security/csp.ts';
import { withGeneratedConfig } from '../../src/lib/security/server-config.ts';
import { headersFor, parseHeadersFile, type HeaderRule } from '../../src/lib/urls/host-files.ts';

let rules: HeaderRule[];
let pages: { file: string; html: string }[];
/** The policy's directives, by name. */
let policy: Map<string, string[]>;

beforeAll(() => {
  if (!existsSync('dist/index.html')) throw new Error('dist/ est absent : lancez `npm run build` avant ces tests.');
  rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
  pages = walk('dist')
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file: relative('dist', file), html: readFileSync(file, 'utf8') }));
  const header = headersFor(rules, '/').get('content-security-policy') ?? '';
  policy = new Map(header.split(/\s*;\s*/).map((d) => [d.split(' ')[0] ?? '', d.split(' ').slice(1)]));
});

describe('the Content Security Policy of dist/_headers', () => {
  it('is sent on every path: pages, scripts, Pagefind’s worker, an unknown address', () => {
    for (const path of ['/', '/guides/ptce/', '/_astro/x.js', '/pagefind/pagefind-worker.js', '/introuvable/']) {
      expect(headersFor(rules, path).get('content-security-policy'), path).toBe(headersFor(rules, '/').get('content-security-policy'));
    }
    expect(policy.get('default-src')).toEqual(["'none'"]);
  });

  it('allows every inline script and <style> of every page by its hash, read by a full HTML parser', () => {
    const scripts = policy.get('script-src') ?? [];
    const styles = policy.get('style-src') ?? [];
    const missing: string[] = [];
    let count = 0;
    for (const { file, html } of pages) {
      const root = parse(html, { blockTextElements: { script: true, style: true } });
      for (const el of root.querySelectorAll('script:not([src])')) {
        const type = el.getAttribute('type') ?? '';
        if (type === 'application/json' || type === 'application/ld+json') continue;
        count += 1;
        if (!scripts.includes(cspHash(el.rawText))) missing.push(`${file}: <script> ${el.rawText.slice(0, 60)}`);
      }
      for (const el of root.querySelectorAll('style')) {
        count += 1;
        if (!styles.includes(cspHash(el.rawText))) missing.push(`${file}: <style> ${el.rawText.slice(0, 60)}`);
      }
    }
    expect(count).toBeGreaterThan(pages.length);
    expect(missing).toEqual([]);
  });

  it('allows no more than the pages carry, besides the newsletter preview’s e-mail styles', () => {
    const scripts = new Set(pages.flatMap(({ html }) => inlineCode(html).scripts.map(cspHash)));
    expect((policy.get('script-src') ?? []).filter((s) => s.startsWith("'sha256-"))).toEqual([...scripts].sort());
  });

  it('finds no event handler attribute, javascript: address or style attribute in the pages', () => {
    const found = pages.flatMap(({ file, html }) =>
      parse(html)
        .querySelectorAll('*')
        .flatMap((el) =>
          Object.entries(el.attributes)
            .filter(([name, value]) => /^on[a-z]+$/i.test(name) || name === 'style' || /^\s*javascript:/i.test(value))
            .map(([name]) => `${file}: <${el.tagName.toLowerCase()} ${name}>`),
        ),
    );
    expect(found).toEqual([]);
  });
});

describe('the build step', () => {
  /** Runs the step over a site of the given pages; returns the `_headers` it wrote. */
  function runStep(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'fe-csp-'));
    try {
      for (const [file, html] of Object.entries(files)) {
        mkdirSync(join(dir, file, '..'), { recursive: true });
        writeFileSync(join(dir, file), html);
      }
      const hook = securityHeadersFile([]).hooks['astro:build:done'] as (options: unknown) => void;
      hook({ dir: pathToFileURL(`${dir}/`), logger: { info: () => undefined } });
      return readFileSync(join(dir, '_headers'), 'utf8');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('hashes what the pages carry into the policy of every path', () => {
    const headers = runStep({ 'index.html': '<script>a()</script>', 'b/index.html': '<style>p{}</style><p style="color:red">x</p>' });
    const csp = headersFor(parseHeadersFile(headers), '/b/').get('content-security-policy') ?? '';
    for (const text of ['a()', 'p{}', 'color:red']) expect(csp).toContain(cspHash(text));
  });

  it('fails the build on inline code no hash may allow, naming the file', () => {
    expect(() => runStep({ 'index.html': '<p>ok</p>', 'guides/x/index.html': '<button onclick="go()">x</button>' })).toThrow(
      /guides\/x\/index\.html : attribut onclick sur <button>/,
    );
  });
});

describe('docs/security-headers.md', () => {
  it('gives nginx and Apache the headers of dist/_headers (npm run headers rewrites it)', () => {
    const doc = readFileSync('docs/security-headers.md', 'utf8');
    expect(withGeneratedConfig(doc, rules), 'docs/security-headers.md n’est plus à jour : lancez `npm run headers`').toBe(doc);
  });
});
