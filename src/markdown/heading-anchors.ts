/**
 * Sätteri HAST plugin: gives h2–h4 the same github-style ids Astro would, and wraps each one with
 * a link to itself (src/lib/heading-anchor.ts), which a small script turns into a copy-link button.
 * Ids are set here (Astro keeps existing ids) because the wrapper needs them. A page may pin
 * the id of a heading in its frontmatter (`ancres: { "Texte du titre": id }`), so that a
 * section address already published survives a change of wording.
 */
import GithubSlugger from 'github-slugger';
import { headingWrapperHtml, type HeadingTag } from '../lib/heading-anchor.ts';

interface HeadingNode {
  tagName: HeadingTag;
  properties?: Record<string, unknown>;
}

interface Ctx {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
  textContent(node: HeadingNode): string;
  setProperty(node: HeadingNode, key: string, value: unknown): void;
  wrapNode(node: HeadingNode, wrapper: { raw: string }): void;
}

function pinnedIds(frontmatter: Record<string, unknown> | undefined): Record<string, unknown> {
  const anchors = frontmatter?.['ancres'];
  return anchors !== null && typeof anchors === 'object' ? (anchors as Record<string, unknown>) : {};
}

export function headingAnchors() {
  return () => {
    const slugger = new GithubSlugger();
    return {
      name: 'faire-ensemble:heading-anchors',
      element: {
        filter: ['h2', 'h3', 'h4'],
        visit(node: HeadingNode, ctx: Ctx) {
          const text = ctx.textContent(node).trim();
          const existing = node.properties?.['id'];
          const pinned = pinnedIds(ctx.data.astro?.frontmatter)[text];
          const id = typeof existing === 'string' ? existing : typeof pinned === 'string' ? pinned : slugger.slug(text);
          if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
          ctx.wrapNode(node, { raw: headingWrapperHtml(node.tagName, id, text) });
        },
      },
    };
  };
}
