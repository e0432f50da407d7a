/**
 * The redirects file (content/redirections.yaml): old addresses of pages or sections, each sent
 * to its new address. Read and checked here, with the file, line and field of every mistake named
 * in plain French; then turned into what the build needs: Astro's `redirects`, the `_redirects`
 * file of static hosts, and the moved sections of a page, followed by a small script.
 */
import { isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { formatSiteUrl, parseSiteUrl, encodeSiteUrl, type SiteUrl } from './site-url.ts';
import { REDIRECT_MESSAGES as M } from './messages.ts';

export const REDIRECTS_FILE = 'redirections.yaml';

export interface Redirect {
  from: SiteUrl;
  to: SiteUrl;
  /** Line of the entry in the file, for messages. */
  line: number;
}

export type RedirectsResult = { ok: true; redirects: Redirect[] } | { ok: false; messages: string[] };

const FIELDS = ['de', 'vers'] as const;

function lineOf(text: string, node: Node | undefined): number {
  const offset = node?.range?.[0] ?? 0;
  return text.slice(0, offset).split('\n').length;
}

/** Parses and checks the text of the redirects file; `file` is the name shown in messages. */
export function parseRedirects(text: string, file: string): RedirectsResult {
  const doc = parseDocument(text, { schema: 'core', prettyErrors: false });
  if (doc.errors.length > 0) {
    return { ok: false, messages: doc.errors.map((e) => M.unreadable(file, text.slice(0, e.pos[0]).split('\n').length, e.message.split('\n')[0] ?? '')) };
  }
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) return { ok: true, redirects: [] };
  if (!isSeq(contents)) return { ok: false, messages: [M.notAList(file)] };

  const messages: string[] = [];
  const redirects: Redirect[] = [];
  const seen = new Map<string, number>();
  const entries = doc.toJS() as unknown[];
  entries.forEach((entry, index) => {
    const line = lineOf(text, contents.items[index] as Node | undefined);
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      messages.push(M.notAnEntry(M.where(file, line, index + 1)));
      return;
    }
    const fields = entry as Record<string, unknown>;
    const known = typeof fields['de'] === 'string' ? fields['de'].trim() : undefined;
    const where = (field?: string) => M.where(file, line, index + 1, known, field);
    for (const key of Object.keys(fields)) {
      if (!(FIELDS as readonly string[]).includes(key)) messages.push(M.unknownField(where(key)));
    }
    const values: Partial<Record<(typeof FIELDS)[number], SiteUrl>> = {};
    for (const field of FIELDS) {
      const value = fields[field];
      if (value === undefined || value === null || value === '') {
        messages.push(M.missingField(where(field)));
        continue;
      }
      const url = typeof value === 'string' ? parseSiteUrl(value) : undefined;
      if (url) values[field] = url;
      else messages.push(M.notASiteUrl(where(field), String(value)));
    }
    const { de: from, vers: to } = values;
    if (!from || !to) return;
    const key = formatSiteUrl(from);
    if (key === formatSiteUrl(to)) {
      messages.push(M.toItself(where()));
      return;
    }
    const previous = seen.get(key);
    if (previous !== undefined) {
      messages.push(M.duplicate(where('de'), key, previous));
      return;
    }
    seen.set(key, line);
    redirects.push({ from, to, line });
  });
  if (messages.length > 0) return { ok: false, messages };

  const loops = redirects.flatMap((r) => {
    const outcome = followRedirects(r.from, redirects);
    return 'loop' in outcome ? [M.loop(M.where(file, r.line, redirects.indexOf(r) + 1, formatSiteUrl(r.from)), outcome.loop.map(formatSiteUrl))] : [];
  });
  return loops.length > 0 ? { ok: false, messages: loops } : { ok: true, redirects };
}

/**
 * Where an address ends after the redirects: an entry for the address itself first (a page, or a
 * section), then, for a section, the entry of its page — the section keeps its id on the new page
 * unless the entry sends the page to a section of its own.
 */
export function followRedirects(url: SiteUrl, redirects: readonly Redirect[]): { url: SiteUrl; moved: boolean } | { loop: SiteUrl[] } {
  const byFrom = new Map(redirects.map((r) => [formatSiteUrl(r.from), r.to]));
  const chain: SiteUrl[] = [url];
  let current = url;
  for (;;) {
    let next = byFrom.get(formatSiteUrl(current));
    if (!next && current.fragment !== '') {
      const page = byFrom.get(current.path);
      if (page) next = page.fragment === '' ? { path: page.path, fragment: current.fragment } : page;
    }
    if (!next) return { url: current, moved: chain.length > 1 };
    if (chain.some((u) => formatSiteUrl(u) === formatSiteUrl(next))) return { loop: [...chain, next] };
    chain.push(next);
    current = next;
  }
}

/** The final address of an entry's old address, chains followed (the file is checked: no loop). */
function finalTarget(from: SiteUrl, redirects: readonly Redirect[]): SiteUrl {
  const outcome = followRedirects(from, redirects);
  return 'loop' in outcome ? from : outcome.url;
}

/** Entries for whole pages (or files): those the server, or a static page, can redirect. */
export function pageRedirects(redirects: readonly Redirect[]): Redirect[] {
  return redirects.filter((r) => r.from.fragment === '');
}

/** Astro's `redirects` option: each old page to its final address, as an href. */
export function astroRedirects(redirects: readonly Redirect[]): Record<string, string> {
  return Object.fromEntries(pageRedirects(redirects).map((r) => [r.from.path, encodeSiteUrl(finalTarget(r.from, redirects))]));
}

/**
 * The moved sections of a page, by old section id: where each now lives, as an href. Used by the
 * live page (a section renamed or moved elsewhere) and by the redirect page of an old page.
 */
export function movedSections(pagePath: string, redirects: readonly Redirect[]): Record<string, string> {
  return Object.fromEntries(
    redirects
      .filter((r) => r.from.fragment !== '' && r.from.path === pagePath)
      .map((r) => [r.from.fragment, encodeSiteUrl(finalTarget(r.from, redirects))]),
  );
}

/** JSON for an inline script: `<` escaped so that no `</script>` can end it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** Id of the mark right after the inline script at the end of every page (sectionLandingScript). */
export const LANDING_MARK_ID = 'fin-de-page';

/**
 * The inline script in the head of every page: when the address names a section, the first paint
 * waits until the end of the page is parsed, where sectionLandingScript puts the section at the top.
 */
export function holdFirstPaintScript(): string {
  return `if(location.hash.length>1){const l=document.createElement('link');l.rel='expect';l.href='#${LANDING_MARK_ID}';l.setAttribute('blocking','render');document.head.append(l)}`;
}

/**
 * The inline script at the end of every page: brings the section named in the address to the top
 * at once (before the first paint), or, when the section is not on the page but listed in `moved`,
 * goes to its new address.
 */
export function sectionLandingScript(moved: Readonly<Record<string, string>>): string {
  const redirect = Object.keys(moved).length > 0 ? `else{const m=${scriptJson(moved)};if(Object.hasOwn(m,h))location.replace(m[h])}` : '';
  return `(()=>{let h=location.hash.slice(1);try{h=decodeURIComponent(h)}catch{}if(!h)return;const e=document.getElementById(h);if(e)e.scrollIntoView();${redirect}})();`;
}

/**
 * The script of the static page left at an old address: goes to the new page at once, keeping the
 * section named in the address (or sending it to its own new address when it moved).
 */
export function redirectPageScript(target: string, moved: Readonly<Record<string, string>>): string {
  const keepSection = !target.includes('#');
  return `(()=>{const m=${scriptJson(moved)};let h=location.hash.slice(1);try{h=decodeURIComponent(h)}catch{}location.replace(Object.hasOwn(m,h)?m[h]:${scriptJson(target)}${keepSection ? '+location.hash' : ''})})();`;
}

/** Final address of every old page, for the static pages and the host files. */
export function pageRedirectTargets(redirects: readonly Redirect[]): { from: SiteUrl; to: SiteUrl }[] {
  return pageRedirects(redirects).map((r) => ({ from: r.from, to: finalTarget(r.from, redirects) }));
}
