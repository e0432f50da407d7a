/**
 * The rules of `_headers` (src/lib/urls/host-files.ts) as nginx and Apache configuration, so that
 * a site served by either sends exactly the headers Netlify or Cloudflare Pages would. Written into
 * docs/security-headers.md by `npm run headers`; a build test checks the document against the
 * `_headers` of the latest build.
 */
import { safeDecode } from '../links.ts';
import type { HeaderRule } from '../urls/host-files.ts';

/** A rule's path pattern: every path, a folder (`/_astro/*`) or one address. */
type Scope = { kind: 'all' } | { kind: 'prefix'; path: string };

function scopeOf(pattern: string): Scope {
  if (pattern === '/*') return { kind: 'all' };
  // An old page's address: its folder is the page (and the index.html servers map it to).
  // Both servers match the decoded path.
  const prefix = safeDecode(pattern.endsWith('/*') ? pattern.slice(0, -1) : pattern);
  if (!prefix.startsWith('/') || /[*:\s"]/.test(prefix)) throw new Error(`_headers : motif de chemin non traduit « ${pattern} »`);
  return { kind: 'prefix', path: prefix };
}

function checkedValue(name: string, value: string): string {
  // Characters nginx ($, \) or Apache (%, \) would read as syntax, and the quotes around values.
  if (/["$%\\]/.test(value)) throw new Error(`En-tête ${name} : caractère non traduit dans « ${value} »`);
  return value;
}

/**
 * The headers nginx must repeat in a location: a location that sets headers of its own drops those
 * of the server block (nginx inherits `add_header` only into a level that has none).
 */
function inheritedHeaders(rules: readonly HeaderRule[], rule: HeaderRule): HeaderRule['headers'] {
  const own = scopeOf(rule.path);
  return rules
    .filter((other) => {
      const scope = scopeOf(other.path);
      return other === rule || scope.kind === 'all' || (scope.kind === 'prefix' && own.kind === 'prefix' && own.path.startsWith(scope.path));
    })
    .flatMap((other) => other.headers);
}

const GENERATED = 'Generated from dist/_headers by `npm run headers`: do not edit by hand.';

/** For the `server { }` block that serves dist/. */
export function nginxConfig(rules: readonly HeaderRule[]): string {
  const addHeaders = (headers: HeaderRule['headers'], indent: string) =>
    headers.map(([name, value]) => `${indent}add_header ${name} "${checkedValue(name, value)}" always;`);
  const lines = [`# ${GENERATED}`];
  for (const rule of rules) {
    const scope = scopeOf(rule.path);
    if (scope.kind === 'all') lines.push(...addHeaders(rule.headers, ''));
    else lines.push(`location ^~ ${scope.path} {`, ...addHeaders(inheritedHeaders(rules, rule), '    '), '}');
  }
  return lines.join('\n') + '\n';
}

/** For the `<VirtualHost>` that serves dist/ (mod_headers): Apache merges the sections itself. */
export function apacheConfig(rules: readonly HeaderRule[]): string {
  const setHeaders = (headers: HeaderRule['headers'], indent: string) =>
    headers.map(([name, value]) => `${indent}Header always set ${name} "${checkedValue(name, value)}"`);
  const lines = [`# ${GENERATED}`];
  for (const rule of rules) {
    const scope = scopeOf(rule.path);
    if (scope.kind === 'all') lines.push(...setHeaders(rule.headers, ''));
    else lines.push(`<Location "${scope.path}">`, ...setHeaders(rule.headers, '    '), '</Location>');
  }
  return lines.join('\n') + '\n';
}

/** The configuration blocks of docs/security-headers.md, between their markers, by server. */
const WRITERS = { nginx: nginxConfig, apache: apacheConfig } as const;

/**
 * The document with each generated block (between `<!-- generated: nginx -->` and
 * `<!-- /generated -->`, or apache) rewritten from the rules; the rest is left as written.
 */
export function withGeneratedConfig(markdown: string, rules: readonly HeaderRule[]): string {
  let found = 0;
  const text = markdown.replace(
    /(<!-- generated: (nginx|apache) -->\n)[\s\S]*?(<!-- \/generated -->)/g,
    (_whole, open: string, server: keyof typeof WRITERS, close: string) => {
      found += 1;
      const language = server === 'nginx' ? 'nginx' : 'apache';
      return `${open}\`\`\`${language}\n${WRITERS[server](rules)}\`\`\`\n${close}`;
    },
  );
  if (found !== Object.keys(WRITERS).length) throw new Error('docs/security-headers.md : il faut un bloc généré pour nginx et un pour Apache.');
  return text;
}
