import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import {
  headingAnchorHtml,
  headingHtml,
  headingWrapperHtml,
  sectionLinkLabel,
  termLinkLabel,
} from '../../src/lib/heading-anchor.ts';
import { headingAnchors } from '../../src/markdown/heading-anchors.ts';

describe('heading anchors', () => {
  it('renders a heading, then a "#" link to it with a label, left out of the search index', () => {
    const root = parse(headingHtml('h3', 'le-vote', 'Le vote'));
    const wrap = root.querySelector('div.heading-wrap.heading-h3');
    expect(wrap?.firstChild?.toString()).toBe('<h3 id="le-vote">Le vote</h3>');
    const anchor = wrap?.querySelector('a.heading-anchor');
    expect(anchor?.getAttribute('href')).toBe('#le-vote');
    expect(anchor?.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(anchor?.querySelector('[aria-hidden="true"]')?.text).toBe('#');
    expect(anchor?.querySelector('.visually-hidden')?.text).toBe('Lien vers la section «\u202fLe vote\u202f»');
  });

  it('labels glossary terms as definitions, with narrow no-break spaces inside the quotes', () => {
    expect(termLinkLabel('SCIC')).toBe('Lien vers la définition de «\u202fSCIC\u202f»');
    expect(sectionLinkLabel('Sources')).toBe('Lien vers la section «\u202fSources\u202f»');
  });

  it('escapes text, ids and labels', () => {
    const html = headingHtml('h2', 'a"b', 'Gains & <pertes>');
    expect(html).toContain('<h2 id="a&quot;b">Gains &amp; &lt;pertes&gt;</h2>');
    expect(html).toContain('href="#a&quot;b"');
    expect(html).toContain('«\u202fGains &amp; &lt;pertes&gt;\u202f»');
    expect(parse(headingAnchorHtml('x', '<b>')).querySelector('b')).toBeNull();
  });

  it('gives the Markdown plugin the same markup as the component', () => {
    const wrapped: { raw: string }[] = [];
    const node = { tagName: 'h2' as const, properties: {} as Record<string, unknown> };
    const visitor = headingAnchors()();
    for (let i = 0; i < 2; i++) {
      visitor.element.visit(node, {
        data: {},
        textContent: () => ' Ce que dit la loi ',
        setProperty: (n, key, value) => (n.properties = { ...n.properties, [key]: value }),
        wrapNode: (_n, wrapper) => wrapped.push(wrapper),
      });
      delete node.properties['id'];
    }
    // Same github-style ids as Astro, numbered on repeats.
    expect(wrapped.map((w) => w.raw)).toEqual([
      headingWrapperHtml('h2', 'ce-que-dit-la-loi', 'Ce que dit la loi'),
      headingWrapperHtml('h2', 'ce-que-dit-la-loi-1', 'Ce que dit la loi'),
    ]);
    // The heading goes first inside the wrapper: the result is the component's markup.
    const [open = '', rest = ''] = wrapped[0]!.raw.split(/(?<=^<div[^>]*>)/);
    expect(`${open}<h2 id="ce-que-dit-la-loi">Ce que dit la loi</h2>${rest}`).toBe(
      headingHtml('h2', 'ce-que-dit-la-loi', 'Ce que dit la loi'),
    );
  });

  it('keeps the id a page pins in its frontmatter for a heading', () => {
    const wrapped: { raw: string }[] = [];
    const node = { tagName: 'h2' as const, properties: {} as Record<string, unknown> };
    headingAnchors()().element.visit(node, {
      data: { astro: { frontmatter: { ancres: { 'Les règles de décision': 'les-regles' } } } },
      textContent: () => 'Les règles de décision',
      setProperty: (n, key, value) => (n.properties = { ...n.properties, [key]: value }),
      wrapNode: (_n, wrapper) => wrapped.push(wrapper),
    });
    expect(node.properties['id']).toBe('les-regles');
    expect(wrapped[0]?.raw).toBe(headingWrapperHtml('h2', 'les-regles', 'Les règles de décision'));
  });
});
