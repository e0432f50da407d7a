import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { EMAIL_STYLES, digestHtml, digestText, firstSentence, itemHtml, itemText, pageItem, updateItem, type NewsletterItem } from '../../src/lib/newsletter/kit.ts';
import { CAMPAIGNS, trackedUrl, withoutTracking } from '../../src/lib/urls/tracking.ts';
import { latestFirst } from '../../src/lib/updates.ts';

const SITE = 'Faire ensemble';
const ORIGIN = 'https://exemple.org';

const item: NewsletterItem = {
  title: 'Les PTCE\u202f: <définition> & "appels"',
  summary: 'Ce que dit la loi.',
  url: trackedUrl(`${ORIGIN}/guides/ptce/`, CAMPAIGNS.page),
  image: { url: `${ORIGIN}/apercus/guides/ptce.png`, alt: 'Guide\u202f: Les PTCE' },
  label: 'Guide · Comprendre',
};

describe('trackedUrl', () => {
  it('adds the newsletter’s tracking parameters before the anchor, replacing older ones', () => {
    expect(trackedUrl('https://exemple.org/guides/ptce/#loi', 'partage')).toBe(
      'https://exemple.org/guides/ptce/?utm_source=lettre&utm_medium=email&utm_campaign=partage#loi',
    );
    expect(trackedUrl('https://exemple.org/?utm_source=x&q=1', 'c')).toBe(
      'https://exemple.org/?utm_source=lettre&q=1&utm_medium=email&utm_campaign=c',
    );
  });

  it('gives links the site strips back to the page’s own address on arrival', () => {
    for (const href of ['https://exemple.org/guides/ptce/', 'https://exemple.org/guides/ptce/#loi', 'https://exemple.org/recherche/?q=scic']) {
      expect(withoutTracking(trackedUrl(href, CAMPAIGNS.digest('2026-03-02')))).toBe(href);
    }
  });
});

describe('firstSentence', () => {
  it('keeps the first sentence of a description', () => {
    expect(firstSentence('Une phrase. Une autre phrase.')).toBe('Une phrase.');
    expect(firstSentence('Pourquoi coopérer\u202f? « Parce que » on y gagne.')).toBe('Pourquoi coopérer\u202f?');
    expect(firstSentence('Une seule phrase, sans point final')).toBe('Une seule phrase, sans point final');
  });
  it('does not cut at a number or an abbreviation followed by lower case', () => {
    expect(firstSentence('L’art. 9 de la loi de 2014 définit le PTCE. Suite.')).toBe('L’art. 9 de la loi de 2014 définit le PTCE.');
    expect(firstSentence('Seuil de 1.5 million, etc. puis la suite.')).toBe('Seuil de 1.5 million, etc. puis la suite.');
  });
});

/** Every element of the block, for checks that hold for all of them. */
const elements = (html: string): HTMLElement[] => parse(html).querySelectorAll('*');

describe('the e-mail HTML of a block', () => {
  const html = itemHtml(item, SITE);
  const root = parse(html);

  it('lays out with a presentation table, every style inline, no class, no script', () => {
    const table = root.querySelector('table');
    expect(table?.getAttribute('role')).toBe('presentation');
    expect([table?.getAttribute('cellpadding'), table?.getAttribute('cellspacing'), table?.getAttribute('border')]).toEqual(['0', '0', '0']);
    for (const el of elements(html)) {
      expect(el.getAttribute('class'), el.tagName).toBeUndefined();
      expect(el.tagName).not.toBe('SCRIPT');
      expect(el.tagName).not.toBe('STYLE');
    }
    for (const td of root.querySelectorAll('td')) expect(td.getAttribute('style')).toBeTruthy();
  });

  it('gives the title, summary, tracked links and the image with its size and alt text', () => {
    const links = root.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const href of links) expect(href).toBe(item.url);
    const image = root.querySelector('img');
    expect(image?.getAttribute('src')).toBe(item.image.url);
    expect([image?.getAttribute('width'), image?.getAttribute('height')]).toEqual(['600', '315']);
    expect(image?.getAttribute('alt')).toBe('Guide\u00a0: Les PTCE');
    expect(root.text).toContain('Les PTCE\u00a0: <définition> & "appels"');
    expect(root.text).toContain(item.summary);
    expect(root.text).toContain('Guide · Comprendre');
  });

  it('escapes the text and writes narrow no-break spaces as &nbsp;', () => {
    expect(html).toContain('Les PTCE&nbsp;: &lt;définition&gt; &amp; &quot;appels&quot;');
    expect(html).not.toContain('\u202f');
    expect(html).toContain('utm_source=lettre&amp;utm_medium=email');
  });
});

describe('the plain text of a block', () => {
  it('gives the label, title, summary and tracked link, one a line', () => {
    expect(itemText(item).split('\n')).toEqual([
      'Guide · Comprendre',
      'Les PTCE\u00a0: <définition> & "appels"',
      'Ce que dit la loi.',
      `Lire\u00a0: ${item.url}`,
    ]);
  });
});

describe('blocks from pages and changes', () => {
  it('makes a page’s block from what its layout knows', () => {
    const block = pageItem({
      title: 'World café',
      description: 'Un grand groupe en petites tables. Les idées circulent.',
      url: `${ORIGIN}/fiches/world-cafe/`,
      image: { url: `${ORIGIN}/apercus/fiches/world-cafe.png`, alt: 'x' },
      kind: 'Fiche pratique',
      theme: 'Vision partagée',
    });
    expect(block.summary).toBe('Un grand groupe en petites tables.');
    expect(block.url).toBe(`${ORIGIN}/fiches/world-cafe/?utm_source=lettre&utm_medium=email&utm_campaign=partage`);
    expect(block.label).toBe('Fiche pratique · Vision partagée');
  });

  it('makes a change’s block with its kind, date, note and the page’s preview image', () => {
    const [updated, added] = latestFirst([
      {
        collection: 'guides',
        id: 'ptce',
        data: {
          title: 'Les PTCE',
          description: 'Ce que dit la loi. Et la suite.',
          published: new Date('2026-01-01'),
          changes: [{ date: new Date('2026-03-02'), note: 'Règle de candidature corrigée.' }],
          themes: ['comprendre'],
        },
      },
      { collection: 'outils', id: 'simulateur-decision', data: { title: 'Simulateur', description: 'Tester une règle.', published: new Date('2026-02-01'), changes: [] } },
    ]);
    if (!updated || !added) throw new Error('two updates expected');
    const campaign = CAMPAIGNS.digest('2026-03-02');
    const block = updateItem(updated, ORIGIN, SITE, campaign);
    expect(block.label).toBe('Mis à jour le 2 mars 2026 · Guide · Comprendre la coopération et les PTCE');
    expect(block.note).toBe('Règle de candidature corrigée.');
    expect(block.summary).toBe('Ce que dit la loi.');
    expect(block.url).toBe(`${ORIGIN}/guides/ptce/?utm_source=lettre&utm_medium=email&utm_campaign=nouveautes-2026-03-02`);
    expect(block.image.url).toBe(`${ORIGIN}/apercus/guides/ptce.png`);
    expect(updateItem(added, ORIGIN, SITE, campaign).label).toBe('Nouveau · Outil');
  });
});

describe('the digest', () => {
  const digest = {
    title: 'Les nouveautés',
    intro: 'Ce qui a changé.',
    items: [item, { ...item, title: 'Deuxième page', note: 'Une section ajoutée.' }],
    allUrl: trackedUrl(`${ORIGIN}/nouveautes/`, 'nouveautes-2026-03-02'),
  };

  it('assembles the blocks in one e-mail-safe HTML table, with a link to every change', () => {
    const html = digestHtml(digest, SITE);
    const root = parse(html);
    expect(root.querySelectorAll('img')).toHaveLength(2);
    expect(root.text).toContain('Deuxième page');
    expect(root.text).toContain('Une section ajoutée.');
    expect(root.querySelectorAll('a').some((a) => a.getAttribute('href') === digest.allUrl)).toBe(true);
    for (const el of elements(html)) expect(el.getAttribute('class')).toBeUndefined();
  });

  it('carries only the styles of its closed list, which the site’s policy allows by hash', () => {
    const styles = (html: string) => new Set(elements(html).flatMap((el) => el.getAttribute('style') ?? []));
    const used = new Set([...styles(digestHtml(digest, SITE)), ...styles(itemHtml({ ...item, note: 'Note.' }, SITE))]);
    expect([...used].sort()).toEqual([...new Set(Object.values(EMAIL_STYLES))].sort());
  });

  it('and in plain text, one paragraph a block', () => {
    const text = digestText(digest);
    const paragraphs = text.split('\n\n');
    expect(paragraphs[0]).toBe('Les nouveautés\n==============');
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[3]).toContain('Une section ajoutée.');
    expect(paragraphs[4]).toBe(`Toutes les nouveautés\u00a0: ${digest.allUrl}`);
  });
});
