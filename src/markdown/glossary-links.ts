/**
 * Sätteri HAST plugin: links the first mention of each glossary term on a page to its
 * definition (/glossaire/#id). Leaves headings, links, code and figures alone.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { firstMentions, mayMention, termForms, type GlossaryTerm } from '../lib/glossary-links.ts';
import { hrefOf } from '../lib/navigation.ts';

const SKIP = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'th', 'dfn', 'summary', 'figure', 'svg']);

interface TextNode {
  type: 'text';
  value: string;
}
interface Ctx {
  parent(node: unknown): { type: string; tagName?: string } | undefined;
  replaceNode(node: unknown, replacement: unknown[]): void;
}

export function glossaryLinks(glossaryFile: string) {
  const terms = parse(readFileSync(glossaryFile, 'utf8')) as GlossaryTerm[];
  const forms = termForms(terms);
  return () => {
    const linked = new Set<string>();
    return {
      name: 'faire-ensemble:glossary-links',
      text(node: TextNode, ctx: Ctx) {
        if (!mayMention(node.value, forms, linked)) return;
        for (let parent = ctx.parent(node); parent; parent = ctx.parent(parent)) {
          if (parent.tagName && SKIP.has(parent.tagName)) return;
          if (parent.type !== 'element' && parent.type !== 'root') return; // inside an MDX component
        }
        const matches = firstMentions(node.value, forms, linked);
        if (matches.length === 0) return;
        const parts: unknown[] = [];
        let cursor = 0;
        for (const m of matches) {
          if (m.start > cursor) parts.push({ type: 'text', value: node.value.slice(cursor, m.start) });
          parts.push({
            type: 'element',
            tagName: 'a',
            properties: { href: hrefOf({ collection: 'glossary', id: m.id }), className: ['glossary-link'] },
            children: [{ type: 'text', value: node.value.slice(m.start, m.end) }],
          });
          cursor = m.end;
        }
        if (cursor < node.value.length) parts.push({ type: 'text', value: node.value.slice(cursor) });
        ctx.replaceNode(node, parts);
      },
    };
  };
}
