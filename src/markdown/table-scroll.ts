/**
 * Sätteri HAST plugin: wraps every Markdown table in a named, focusable region that scrolls
 * horizontally (src/lib/table-scroll.ts), so that a table wider than the screen can be scrolled
 * by keyboard. The region is named after the table's caption, or else the nearest heading before
 * it. Runs before heading-anchors, while headings are still plain h2–h6 elements.
 */
import { tableRegionLabel, tableScrollWrapperHtml } from '../lib/table-scroll.ts';

interface Node {
  type: string;
  tagName?: string;
  children?: Node[];
}

interface Ctx {
  textContent(node: Node): string;
  parent(node: Node): Node | undefined;
  indexOf(node: Node): number | undefined;
  wrapNode(node: Node, wrapper: { raw: string }): void;
}

const HEADING = /^h[1-6]$/;

/** The text of the nearest heading before `node`, looking at its siblings, then its ancestors'. */
function precedingHeading(node: Node, ctx: Ctx): string {
  for (let current: Node | undefined = node; current; ) {
    const parent = ctx.parent(current);
    const index = ctx.indexOf(current);
    if (!parent || index === undefined) return '';
    const siblings = parent.children ?? [];
    for (let i = index - 1; i >= 0; i--) {
      const sibling = siblings[i];
      if (sibling?.type === 'element' && HEADING.test(sibling.tagName ?? '')) return ctx.textContent(sibling);
    }
    current = parent;
  }
  return '';
}

export function tableScroll() {
  return () => {
    const seen = new Map<string, number>();
    return {
      name: 'faire-ensemble:table-scroll',
      element: {
        filter: ['table'],
        visit(node: Node, ctx: Ctx) {
          const caption = node.children?.find((c) => c.type === 'element' && c.tagName === 'caption');
          const name = (caption ? ctx.textContent(caption) : precedingHeading(node, ctx)).replace(/\s+/g, ' ').trim();
          const occurrence = (seen.get(name) ?? 0) + 1;
          seen.set(name, occurrence);
          ctx.wrapNode(node, { raw: tableScrollWrapperHtml(tableRegionLabel(name, occurrence)) });
        },
      },
    };
  };
}
