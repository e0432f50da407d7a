/**
 * The Content Security Policy, made from the built pages themselves so that it is always complete:
 * every inline script, `<style>` block and style attribute the pages carry is allowed by its hash,
 * and nothing else inline is. The build reads each page once with `inlineCode` (a small scanner:
 * a full HTML parse of every page would cost seconds at thousands of pages) and fails on what no
 * hash can allow: event handler attributes, `javascript:` addresses, scripts or style sheets from
 * another site.
 */
import { createHash } from 'node:crypto';

/** What a page carries inline, as the browser hashes it (attribute values decoded). */
export interface InlineCode {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
  /** Inline code no hash may allow, described for the build's error message. */
  forbidden: string[];
}

/** Elements whose content is raw text: no tag inside them is a tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** A comment, a doctype, or a start tag with its attributes (values quoted or not). */
const TAG = /<!--[\s\S]*?-->|<![^>]*>|<([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** Attributes of an ordinary tag that the scan reads: style, event handlers, javascript: addresses. */
const WORTH_READING = /style|\son|javascript|&/i;
/** Attributes that hold an address the browser may load or navigate to. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster']);
/** `type` values of scripts the browser runs (or treats as script for CSP); any other is a data block. */
const SCRIPT_TYPES = new Set(['', 'module', 'importmap', 'speculationrules', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);

const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0', Tab: '\t', NewLine: '\n', colon: ':' };

/** Decodes the character references of an attribute value (numeric, and the few Astro writes). */
export function decodeAttribute(value: string): string {
  return value.replace(/&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([a-zA-Z]+));/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return NAMED[name ?? ''] ?? whole;
  });
}

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeAttribute(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attributes;
}

/** A `javascript:` address as browsers read it: tabs and newlines dropped, leading spaces and controls trimmed. */
function isJavascriptUrl(value: string): boolean {
  return /^javascript:/i.test(value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, ''));
}

/** An address on another site (or protocol-relative), from the site's own point of view. */
function isForeign(url: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url.trim());
}

/** Lists what a built page carries inline. */
export function inlineCode(html: string): InlineCode {
  const code: InlineCode = { scripts: [], styles: [], styleAttributes: [], forbidden: [] };
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[1]?.toLowerCase();
    if (!name) continue;
    const source = m[2] ?? '';
    // Most tags carry nothing this looks for: skip reading their attributes.
    if (!RAW_TEXT.has(name) && name !== 'link' && !WORTH_READING.test(source)) continue;
    const attributes = attributesOf(source);
    for (const [attribute, value] of attributes) {
      if (/^on[a-z]+$/.test(attribute)) code.forbidden.push(`attribut ${attribute} sur <${name}>`);
      if (URL_ATTRIBUTES.has(attribute) && isJavascriptUrl(value)) code.forbidden.push(`adresse javascript: dans <${name} ${attribute}>`);
    }
    const style = attributes.get('style');
    if (style !== undefined) code.styleAttributes.push(style);
    const src = attributes.get('src');
    if (name === 'script' && src !== undefined && isForeign(src)) code.forbidden.push(`script d’un autre site : ${src}`);
    const rel = attributes.get('rel')?.toLowerCase().split(/\s+/) ?? [];
    const href = attributes.get('href') ?? '';
    if (name === 'link' && rel.some((r) => ['stylesheet', 'modulepreload', 'preload'].includes(r)) && isForeign(href)) {
      code.forbidden.push(`ressource d’un autre site : ${href}`);
    }
    if (!RAW_TEXT.has(name) || m[0].endsWith('/>')) continue;
    const close = html.slice(TAG.lastIndex).search(new RegExp(`</${name}[\\s/>]`, 'i'));
    const end = close === -1 ? html.length : TAG.lastIndex + close;
    const content = html.slice(TAG.lastIndex, end);
    TAG.lastIndex = end;
    if (name === 'style') code.styles.push(content);
    if (name === 'script' && src === undefined && SCRIPT_TYPES.has((attributes.get('type') ?? '').trim().toLowerCase())) {
      code.scripts.push(content);
    }
  }
  return code;
}

/** A CSP hash source: « 'sha256-…' » of the UTF-8 text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The inline code the whole site may run: the pages' own, and what its scripts write at runtime. */
export interface PolicySources {
  scripts: Iterable<string>;
  styles: Iterable<string>;
  styleAttributes: Iterable<string>;
}

const hashes = (texts: Iterable<string>) => [...new Set([...texts].map(cspHash))].sort();

/**
 * The policy, directive by directive. Everything comes from the site itself ('self'); nothing from
 * another site. `'wasm-unsafe-eval'` is there for Pagefind alone: its search engine is WebAssembly,
 * compiled in its worker (or in the page, when the worker fails), and every page opens search;
 * it allows compiling WebAssembly, not `eval`. Style attributes are allowed by hash only
 * (`'unsafe-hashes'`): the preview of the newsletter kit shows e-mail HTML, whose styles are inline.
 */
export function policyDirectives(sources: PolicySources): [directive: string, ...values: string[]][] {
  const styleAttributes = hashes(sources.styleAttributes);
  return [
    ['default-src', "'none'"],
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...hashes(sources.scripts)],
    ['style-src', "'self'", ...hashes(sources.styles)],
    ['style-src-attr', ...(styleAttributes.length > 0 ? ["'unsafe-hashes'", ...styleAttributes] : ["'none'"])],
    ['img-src', "'self'"],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
}

export function contentSecurityPolicy(sources: PolicySources): string {
  return policyDirectives(sources)
    .map((directive) => directive.join(' '))
    .join('; ');
}
