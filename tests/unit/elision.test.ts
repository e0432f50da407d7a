import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ELISION_PREFIXES,
  decodeFragment,
  decodeIndexedText,
  encodeForIndex,
  encodeHtmlForIndex,
  findElisions,
} from '../../src/lib/elision.ts';

/**
 * How Pagefind 1.6 indexes one whitespace-separated word (pagefind/src/fossick/splitting.rs):
 * the word with everything but letters and digits removed, and, when it holds ASCII punctuation,
 * the parts between that punctuation that are longer than one byte.
 */
function pagefindTerms(token: string): { whole: string; parts: string[] } {
  const whole = token.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  const parts = token
    .replace(/[!-/:-@[-`{-~]/g, ' ')
    .toLowerCase()
    .split(/\s+/)
    .filter((p) => new TextEncoder().encode(p).length > 1);
  return { whole, parts: /[!-/:-@[-`{-~]/.test(token) ? parts : [] };
}

const cases = (prefix: string) => [...new Set([prefix, prefix[0]!.toUpperCase() + prefix.slice(1), prefix.toUpperCase()])];

describe('findElisions', () => {
  it.each(ELISION_PREFIXES.flatMap((p) => cases(p).flatMap((c) => [`${c}’`, `${c}'`])))('finds the word after « %s »', (elided) => {
    expect(findElisions(`Voir ${elided}essoufflement, ici.`)).toEqual([
      { index: 5, prefix: elided.slice(0, -1), apostrophe: elided.slice(-1), word: 'essoufflement' },
    ]);
  });

  it('finds every elision of a sentence, with the word as written', () => {
    const found = findElisions('L’ESS du Val d’Argance, jusqu’à l’équité qu’on attend.');
    expect(found.map((e) => [e.prefix, e.word])).toEqual([
      ['L', 'ESS'],
      ['d', 'Argance'],
      ['jusqu', 'à'],
      ['l', 'équité'],
      ['qu', 'on'],
    ]);
  });

  it('leaves words whose apostrophe belongs to the word', () => {
    expect(findElisions('aujourd’hui, aujourd\'hui, presqu’île, Presqu\'îles, quelqu’un, prud’homme, grand’mère')).toEqual([]);
  });

  it('needs a letter after the apostrophe and no letter or digit before the prefix', () => {
    expect(findElisions('l’ 12, d’1, l’« x », 2d’abord, _l’a')).toEqual([
      { index: 32, prefix: 'l', apostrophe: '’', word: 'a' },
    ]);
  });
});

describe('encodeForIndex', () => {
  it.each(ELISION_PREFIXES.flatMap((p) => cases(p).flatMap((c) => [`${c}’`, `${c}'`])))(
    '« %s » + word: the bare word is the only part, the whole word is unchanged',
    (elided) => {
      for (const word of ['essoufflement', 'Équité', 'ESS']) {
        const token = `${elided}${word}`;
        const encoded = encodeForIndex(token);
        expect(encoded).not.toMatch(/\s/);
        expect(pagefindTerms(encoded)).toEqual({ whole: pagefindTerms(token).whole, parts: [word.toLowerCase()] });
      }
    },
  );

  it('writes the apostrophe of an elision straight and separates the letters of longer prefixes', () => {
    expect(encodeForIndex('l’essoufflement et qu’elle, jusqu’à l\'ESS')).toBe("l'essoufflement et q^u'elle, j^u^s^q^u'à l''ESS");
  });

  it('only doubles the apostrophes and carets of other words', () => {
    expect(encodeForIndex('aujourd’hui, aujourd\'hui, presqu’île, x^2, l’')).toBe("aujourd’hui, aujourd''hui, presqu’île, x^^2, l’");
    for (const word of ['aujourd’hui', 'aujourd\'hui', 'presqu’île', 'presqu\'île', 'quelqu’un']) {
      expect(pagefindTerms(encodeForIndex(word))).toEqual(pagefindTerms(word));
    }
  });

  it('looks across tags for the letters around the apostrophe', () => {
    expect(encodeForIndex('d’', ' du Val ', 'Argance')).toBe("d'");
    expect(encodeForIndex('d’', 'aujour', 'hui')).toBe('d’');
    expect(encodeForIndex('d’', ' Val ', ' ')).toBe('d’');
  });
});

describe('decodeIndexedText', () => {
  it('gives back the text of the page', () => {
    expect(decodeIndexedText("l'essoufflement et q^u'elle, j^u^s^q^u'à l''ESS, x^^2")).toBe('l’essoufflement et qu’elle, jusqu’à l\'ESS, x^2');
  });

  it('undoes encodeForIndex on any text, whole or cut at spaces', () => {
    const pieces = fc.constantFrom(...ELISION_PREFIXES, 'L', 'QU', 'a', 'é', 'ESS', '’', "'", "''", '^', ' ', '\u202f', '-', '2', 'hui', 'île', 'presqu');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        const encoded = encodeForIndex(text);
        expect(decodeIndexedText(encoded)).toBe(text);
        const words = encoded.split(/\s+/);
        const originalWords = text.split(/\s+/);
        expect(words.map(decodeIndexedText)).toEqual(originalWords);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('encodeHtmlForIndex', () => {
  it('encodes text, not tags, scripts, styles or comments', () => {
    const html = `<p class="l'x" title="l’essai">L’essai d’<a href="/guides/l'a/">Argance</a></p><script>var s='l’a^b';</script><style>a::after{content:"l’a"}</style><!-- l’a -->`;
    expect(encodeHtmlForIndex(html)).toBe(
      `<p class="l'x" title="l’essai">L'essai d'<a href="/guides/l'a/">Argance</a></p><script>var s='l’a^b';</script><style>a::after{content:"l’a"}</style><!-- l’a -->`,
    );
  });

  it('joins text across inline tags only, as Pagefind does', () => {
    expect(encodeHtmlForIndex('<p>15 personnes</p><li><h2><a href="/f/">L’élection</a></h2>')).toBe('<p>15 personnes</p><li><h2><a href="/f/">L\'élection</a></h2>');
    expect(encodeHtmlForIndex('<p>aujour<b>d’hui</b>, Val d’<abbr>Argance</abbr></p>')).toBe('<p>aujour<b>d’hui</b>, Val d\'<abbr>Argance</abbr></p>');
    expect(encodeHtmlForIndex('<p>Voir l’</p><p>Argance</p>')).toBe('<p>Voir l’</p><p>Argance</p>');
  });

  it('reads character references for apostrophes and carets', () => {
    expect(encodeHtmlForIndex('<p>l&rsquo;essai, l&#8217;ESS, aujourd&#39;hui, 2&#x5E;3</p>')).toBe("<p>l'essai, l'ESS, aujourd''hui, 2^^3</p>");
  });

  it('encodes the attribute values Pagefind reads as text', () => {
    expect(encodeHtmlForIndex('<img src="/a.png" alt="L’équipe d’Argance">')).toBe('<img src="/a.png" alt="L\'équipe d\'Argance">');
    expect(encodeHtmlForIndex(`<div data-pagefind-meta='summary:L’essai' data-pagefind-filter="theme:Droit à l’erreur"></div>`)).toBe(
      `<div data-pagefind-meta="summary:L'essai" data-pagefind-filter="theme:Droit à l’erreur"></div>`,
    );
    expect(encodeHtmlForIndex('<span data-pagefind-index-attrs="title" title="l’aide" lang="fr">x</span>')).toBe(
      '<span data-pagefind-index-attrs="title" title="l\'aide" lang="fr">x</span>',
    );
  });

  it('keeps the text of a filter element and indexes an encoded copy after it', () => {
    expect(encodeHtmlForIndex('<p>Thèmes <a class="tag" href="/t/" data-pagefind-filter="theme">La posture de l’<b>accompagnateur</b></a>.</p>')).toBe(
      '<p>Thèmes <a class="tag" href="/t/" data-pagefind-filter="theme" data-pagefind-ignore>La posture de l’<b>accompagnateur</b></a>La posture de l\'accompagnateur.</p>',
    );
    // A filter whose value is in the attribute, or an element already ignored, is left as it is.
    expect(encodeHtmlForIndex('<main data-pagefind-filter="type:Guide"><p>l’a</p></main>')).toBe('<main data-pagefind-filter="type:Guide"><p>l\'a</p></main>');
    expect(encodeHtmlForIndex('<a data-pagefind-filter="theme" data-pagefind-ignore>l’a</a>')).toBe('<a data-pagefind-filter="theme" data-pagefind-ignore>l\'a</a>');
  });

  it('leaves a page without elision, apostrophe or caret as it is', () => {
    const html = '<!doctype html><html lang="fr"><body><main data-pagefind-body><h1 data-pagefind-meta="title">Le temps</h1><p>Un essai.</p></main></body></html>';
    expect(encodeHtmlForIndex(html)).toBe(html);
  });
});

describe('decodeFragment', () => {
  it('decodes the text, metadata and headings, not the filters or the image address', () => {
    const fragment = {
      url: '/guides/x/',
      content: "Anticiper l'essoufflement q^u'on voit.",
      word_count: 4,
      filters: { theme: ["Droit à l'erreur"] },
      meta: { title: "L'arbre à problèmes", image: "/img/l'a.png", image_alt: "L'arbre" },
      anchors: [{ element: 'h2', id: 'quand-lutiliser', text: "Quand l'utiliser", location: 2 }],
    };
    expect(decodeFragment(fragment)).toEqual({
      ...fragment,
      content: 'Anticiper l’essoufflement qu’on voit.',
      meta: { title: 'L’arbre à problèmes', image: "/img/l'a.png", image_alt: 'L’arbre' },
      anchors: [{ element: 'h2', id: 'quand-lutiliser', text: 'Quand l’utiliser', location: 2 }],
    });
  });
});
