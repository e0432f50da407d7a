/**
 * What the post-build checks need from a built page, read in one streaming pass (htmlparser2):
 * the ids of its elements, its links, the sections a reader can link to, and whether it is the
 * static page Astro leaves at an old address. No tree is built and the HTML is not kept, so a
 * check over thousands of pages holds only these small sets in memory.
 */
import { Parser } from 'htmlparser2';
import { HEADING_ANCHOR_CLASS } from './heading-anchor.ts';
import { safeDecode } from './links.ts';

export interface PageScan {
  ids: Set<string>;
  /** Distinct `href` values of the page's links, in order of first appearance. */
  hrefs: string[];
  /** Targets of the heading anchors and of the table of contents that exist on the page. */
  sections: string[];
  /** A meta refresh: the page only sends the reader to another address. */
  redirect: boolean;
}

const hasClass = (attributes: Record<string, string>, name: string) => (attributes['class'] ?? '').split(/\s+/).includes(name);

export function scanPage(html: string): PageScan {
  const ids = new Set<string>();
  const hrefs = new Set<string>();
  const sectionLinks: string[] = [];
  let redirect = false;
  // Depth inside <nav class="toc">, counted on <nav> tags only (a nav never nests in practice,
  // but counting keeps the state right if one does).
  let tocDepth = 0;
  let navDepth = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const id = attributes['id'];
        if (id !== undefined) ids.add(id);
        if (name === 'nav') {
          navDepth += 1;
          if (tocDepth === 0 && hasClass(attributes, 'toc')) tocDepth = navDepth;
        } else if (name === 'a') {
          const href = attributes['href'];
          if (href === undefined) return;
          hrefs.add(href);
          if (href.startsWith('#') && (tocDepth > 0 || hasClass(attributes, HEADING_ANCHOR_CLASS))) sectionLinks.push(safeDecode(href.slice(1)));
        } else if (name === 'meta' && (attributes['http-equiv'] ?? '').toLowerCase() === 'refresh') {
          redirect = true;
        }
      },
      onclosetag(name) {
        if (name !== 'nav') return;
        if (navDepth === tocDepth) tocDepth = 0;
        navDepth -= 1;
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { ids, hrefs: [...hrefs], sections: [...new Set(sectionLinks)].filter((id) => ids.has(id)), redirect };
}
