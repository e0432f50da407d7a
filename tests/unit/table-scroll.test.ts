import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { tableRegionLabel, tableScrollWrapperHtml } from '../../src/lib/table-scroll.ts';
import { tableScroll } from '../../src/markdown/table-scroll.ts';

interface N {
  type: string;
  tagName?: string;
  children?: N[];
  value?: string;
}

const el = (tagName: string, children: N[] = []): N => ({ type: 'element', tagName, children });
const text = (value: string): N => ({ type: 'text', value });

/** Runs the plugin on a small tree and returns the wrappers it asked for, in order. */
function wrappersOf(root: N): string[] {
  const parents = new Map<N, N>();
  const index = (n: N) => n.children?.forEach((c) => (parents.set(c, n), index(c)));
  index(root);
  const textContent = (n: N): string => n.value ?? (n.children ?? []).map(textContent).join('');
  const tables: N[] = [];
  const find = (n: N) => (n.tagName === 'table' ? tables.push(n) : n.children?.forEach(find));
  find(root);
  const wrapped: string[] = [];
  const visitor = tableScroll()();
  for (const table of tables) {
    visitor.element.visit(table, {
      textContent,
      parent: (n) => parents.get(n),
      indexOf: (n) => parents.get(n)?.children?.indexOf(n),
      wrapNode: (_n, wrapper) => wrapped.push(wrapper.raw),
    });
  }
  return wrapped;
}

describe('table scroll regions', () => {
  it('is a focusable region, named, with escaped text', () => {
    const wrapper = parse(tableScrollWrapperHtml('Tableau\u202f: Gains & "pertes"')).querySelector('div.table-scroll');
    expect(wrapper?.getAttribute('role')).toBe('region');
    expect(wrapper?.getAttribute('tabindex')).toBe('0');
    expect(wrapper?.getAttribute('aria-label')).toBe('Tableau\u202f: Gains & "pertes"');
    expect(tableScrollWrapperHtml('<b>')).not.toContain('<b>');
  });

  it('names the region after the caption, else the nearest heading before the table', () => {
    const root = el('root', [
      el('h2', [text('Les statuts')]),
      el('p', [text('Un paragraphe.')]),
      el('table', [el('tbody')]),
      el('h3', [text('Le   test des 4P')]),
      el('table', [el('caption', [text('Les quatre critères')]), el('tbody')]),
      el('section', [el('p'), el('table')]),
    ]);
    expect(wrappersOf(root).map((raw) => parse(raw).querySelector('div')?.getAttribute('aria-label'))).toEqual([
      tableRegionLabel('Les statuts', 1),
      tableRegionLabel('Les quatre critères', 1),
      tableRegionLabel('Le test des 4P', 1),
    ]);
  });

  it('numbers tables of the same name, so that every region name is unique', () => {
    const root = el('root', [el('h2', [text('Comparer')]), el('table'), el('p'), el('table'), el('table')]);
    const labels = wrappersOf(root).map((raw) => parse(raw).querySelector('div')?.getAttribute('aria-label'));
    expect(labels).toEqual(['Tableau\u202f: Comparer', 'Tableau 2\u202f: Comparer', 'Tableau 3\u202f: Comparer']);
    expect(wrappersOf(el('root', [el('table')]))).toEqual([tableScrollWrapperHtml('Tableau')]);
  });
});
