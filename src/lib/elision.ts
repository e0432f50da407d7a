/**
 * French elision (« l’essoufflement », « d’Argance », « qu’elle ») for the search index.
 *
 * Pagefind splits words on whitespace only; inside a word, it also indexes the parts found
 * between ASCII punctuation (« co-construire » → « co », « construire »), each part at full
 * weight when it is the only part longer than one byte. The typographic apostrophe ’ is not ASCII,
 * so « l’essoufflement » is indexed as one word « lessoufflement » and « essoufflement » finds
 * nothing. The straight apostrophe ' is ASCII: « l'essoufflement » gives the word
 * « lessoufflement » and the part « essoufflement », at the same position and weight as the word
 * standing alone.
 *
 * So the copy of each page given to Pagefind writes an elision’s apostrophe as ' and, for prefixes
 * longer than one letter, puts a ^ between their letters (« q^u'elle ») so that the prefix
 * gives only one-letter parts, which Pagefind drops: the bare word stays the only part, at full
 * weight. Every ' and ^ already in the text is doubled, so the change can be undone exactly:
 * `decodeIndexedText` turns Pagefind’s stored text (excerpts, titles, headings) back into the
 * page’s own text. Searching the elided form keeps working because the whole word
 * (« lessoufflement ») is still indexed, as it was before.
 */

/** Longest first, so that « jusqu’ » is not read as « qu’ ». */
export const ELISION_PREFIXES = ['jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu', 'qu', 'c', 'd', 'j', 'l', 'm', 'n', 's', 't'] as const;

/** Words whose apostrophe belongs to the word although what precedes it looks like a prefix. */
const LEXICAL = /^presqu['’]îl/iu;

const MARK = "'";
const SEPARATOR = '^';

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const STARTS_WITH_LETTER = /^\p{L}/u;
const PREFIXES = ELISION_PREFIXES.join('|');
const ELISION = new RegExp(`(${PREFIXES})([’'])`, 'giu');
const ELISION_OR_MARK = new RegExp(`(${PREFIXES})([’'])|['^]`, 'giu');
const NEEDS_ENCODING = /['’^]/;
const WORD = /^[\p{L}\p{M}\p{N}]+/u;
/** Characters of context read on each side of a match: enough for « presqu’île ». */
const CONTEXT = 16;

function lastChar(text: string): string {
  return Array.from(text.slice(-2)).pop() ?? '';
}

/** Whether the prefix and apostrophe found at `offset` open an elided word. */
function isElision(text: string, offset: number, match: string, before: string, after: string): boolean {
  const previous = lastChar(offset > 0 ? text.slice(Math.max(0, offset - 2), offset) : before);
  const end = offset + match.length;
  const rest = end + CONTEXT <= text.length ? text.slice(end, end + CONTEXT) : text.slice(end) + after;
  return !WORD_CHAR.test(previous) && STARTS_WITH_LETTER.test(rest) && !LEXICAL.test(match + rest);
}

export interface Elision {
  /** Position of the prefix in the text. */
  index: number;
  /** The prefix as written (« L », « qu », « Jusqu »). */
  prefix: string;
  apostrophe: '’' | "'";
  /** The letters and digits that follow the apostrophe (« essoufflement », « ESS »). */
  word: string;
}

/** Every elision in a plain text, in order. */
export function findElisions(text: string): Elision[] {
  const found: Elision[] = [];
  for (const m of text.matchAll(ELISION)) {
    if (!isElision(text, m.index, m[0], '', '')) continue;
    const word = WORD.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 200))?.[0] ?? '';
    found.push({ index: m.index, prefix: m[1]!, apostrophe: m[2] as '’' | "'", word });
  }
  return found;
}

/**
 * The tokenisable form of a piece of text, for the index only. `before` and `after` are the text
 * around it when a tag cuts a word (« d’<a>Argance</a> »).
 */
export function encodeForIndex(text: string, before = '', after = ''): string {
  if (!NEEDS_ENCODING.test(text)) return text;
  return text.replace(ELISION_OR_MARK, (match: string, prefix: string | undefined, apostrophe: string | undefined, offset: number) => {
    if (prefix === undefined || apostrophe === undefined) return match + match;
    const straight = apostrophe === MARK;
    if (!isElision(text, offset, match, before, after)) return prefix + (straight ? MARK + MARK : apostrophe);
    return Array.from(prefix).join(SEPARATOR) + (straight ? MARK + MARK : MARK);
  });
}

/** Undoes `encodeForIndex` on text that Pagefind stored (a whole text or any run of its words). */
export function decodeIndexedText(text: string): string {
  return text.replace(/\^\^|\^|''|'/g, (m) => (m === '^^' ? '^' : m === "''" ? "'" : m === '^' ? '' : '’'));
}

/* The copy of a built page that Pagefind indexes. */

/** Script and style elements and comments whole (nothing in them is page text), then tags. */
const MARKUP = /<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->|<[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/gi;
/** Character references for the characters the encoding changes, written out so it sees them. */
const REFERENCES: [RegExp, string][] = [
  [/&(?:#0*39|#[xX]0*27|apos);/g, "'"],
  [/&(?:#0*94|#[xX]0*5[eE]|Hat);/g, '^'],
  [/&(?:#0*8217|#[xX]0*2019|rsquo);/g, '’'],
];
/** Attributes whose values Pagefind reads as page text or metadata. */
const TEXT_ATTRIBUTES = new Set(['alt', 'data-pagefind-meta', 'data-pagefind-default-meta']);
const ATTRIBUTE = /(\s)([^\s"'=<>`/]+)(?:(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const READ_AS_TEXT = /\salt\s*=|\sdata-pagefind-/i;
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/**
 * Elements whose text Pagefind joins to the text around them (its INLINE_SELECTORS, less br): a
 * word can run across them. Any other tag is taken as a word boundary, as Pagefind does for p,
 * li, headings and the like; where it does not, treating a tag as a boundary only risks an
 * elision left whole, never a wrong decoding.
 */
const INLINE_ELEMENTS = new Set(['a', 'abbr', 'acronym', 'b', 'bdo', 'big', 'button', 'cite', 'code', 'dfn', 'em', 'i', 'img', 'input', 'kbd', 'label', 'map', 'object', 'output', 'q', 'samp', 'script', 'select', 'small', 'span', 'strong', 'sub', 'sup', 'textarea', 'time', 'tt', 'var']);

function writeOutReferences(text: string): string {
  if (!text.includes('&')) return text;
  return REFERENCES.reduce((t, [pattern, char]) => t.replace(pattern, char), text);
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.replace(/^<[^\s>]*/, '').matchAll(ATTRIBUTE)) found.set(m[2]!.toLowerCase(), m[4] ?? m[5] ?? m[6] ?? '');
  return found;
}

/** The opening tag with the attribute values that Pagefind reads as text encoded. */
function encodeAttributes(tag: string, attrs: Map<string, string>): string {
  const indexed = new Set((attrs.get('data-pagefind-index-attrs') ?? '').split(',').map((a) => a.trim().toLowerCase()));
  const name = /^<[^\s>]*/.exec(tag)![0];
  return (
    name +
    tag.slice(name.length).replace(ATTRIBUTE, (whole, space: string, attr: string, equals?: string, double?: string, single?: string, bare?: string) => {
      const key = attr.toLowerCase();
      if (equals === undefined || (!TEXT_ATTRIBUTES.has(key) && !indexed.has(key))) return whole;
      const value = encodeForIndex(writeOutReferences(double ?? single ?? bare ?? ''));
      return `${space}${attr}${equals}"${value.replace(/"/g, '&quot;')}"`;
    })
  );
}

/** An element that gives a filter its value from its text (`data-pagefind-filter="theme"`). */
function takesFilterFromText(attrs: Map<string, string>): boolean {
  const filter = attrs.get('data-pagefind-filter');
  return filter !== undefined && !attrs.has('data-pagefind-ignore') && filter.split(',').some((part) => !part.includes(':'));
}

interface Piece {
  text?: string;
  markup?: string;
}

/**
 * The copy of a built page that Pagefind indexes: its text, and the attribute values Pagefind
 * reads as text, through `encodeForIndex`. An element that gives a filter its value from its text
 * keeps that text, so filter values stay exact, and is left out of the indexed text (filters
 * inside an ignored element still apply): the encoded copy of its text follows it instead.
 */
export function encodeHtmlForIndex(html: string): string {
  const pieces: Piece[] = [];
  let last = 0;
  for (const m of html.matchAll(MARKUP)) {
    if (m.index > last) pieces.push({ text: writeOutReferences(html.slice(last, m.index)) });
    pieces.push({ markup: m[0] });
    last = m.index + m[0].length;
  }
  if (last < html.length) pieces.push({ text: writeOutReferences(html.slice(last)) });

  // The text on each side of a piece, across inline tags: « d’<a>Argance</a> » is one word.
  const asText = (p: Piece) => {
    if (p.text !== undefined) return p.text;
    const name = /^<\/?([a-zA-Z][\w-]*)/.exec(p.markup!)?.[1]?.toLowerCase();
    return name === undefined || INLINE_ELEMENTS.has(name) ? '' : ' ';
  };
  const before = (i: number) => {
    let seen = '';
    for (let j = i - 1; j >= 0 && seen.length < CONTEXT; j--) seen = asText(pieces[j]!) + seen;
    return seen.slice(-CONTEXT);
  };
  const after = (i: number) => {
    let coming = '';
    for (let j = i + 1; j < pieces.length && coming.length < CONTEXT; j++) coming += asText(pieces[j]!);
    return coming.slice(0, CONTEXT);
  };

  const out: string[] = [];
  let filter: { name: string; depth: number; text: string; before: string } | undefined;
  pieces.forEach((piece, i) => {
    if (piece.text !== undefined) {
      if (filter) filter.text += piece.text;
      out.push(filter || !NEEDS_ENCODING.test(piece.text) ? piece.text : encodeForIndex(piece.text, before(i), after(i)));
      return;
    }
    const markup = piece.markup!;
    if (filter) {
      const name = /^<(\/?)([a-zA-Z][\w-]*)/.exec(markup);
      if (name?.[2]?.toLowerCase() === filter.name) filter.depth += name[1] ? -1 : markup.endsWith('/>') ? 0 : 1;
      out.push(markup);
      if (filter.depth === 0) {
        out.push(encodeForIndex(filter.text, filter.before, after(i)));
        filter = undefined;
      }
      return;
    }
    const open = READ_AS_TEXT.test(markup) ? /^<([a-zA-Z][\w-]*)/.exec(markup)?.[1]?.toLowerCase() : undefined;
    if (!open) {
      out.push(markup);
      return;
    }
    const attrs = attributes(markup);
    const tag = encodeAttributes(markup, attrs);
    if (takesFilterFromText(attrs) && !VOID_ELEMENTS.has(open) && !markup.endsWith('/>')) {
      filter = { name: open, depth: 1, text: '', before: before(i) };
      out.push(tag.replace(/\s*>$/, ' data-pagefind-ignore>'));
      return;
    }
    out.push(tag);
  });
  return out.join('');
}

/**
 * A Pagefind fragment (what a result shows: text, title, headings) with `decodeIndexedText`
 * applied to everything that came from page text. Filters came from untouched text and the image
 * address from an untouched attribute.
 */
export interface IndexedFragment {
  content: string;
  meta?: Record<string, string>;
  anchors?: { text?: string; title?: string }[];
}

export function decodeFragment<F extends IndexedFragment>(fragment: F): F {
  const meta = fragment.meta && Object.fromEntries(Object.entries(fragment.meta).map(([k, v]) => [k, k === 'image' ? v : decodeIndexedText(v)]));
  const anchors = fragment.anchors?.map((a) => ({
    ...a,
    ...(a.text !== undefined && { text: decodeIndexedText(a.text) }),
    ...(a.title !== undefined && { title: decodeIndexedText(a.title) }),
  }));
  return { ...fragment, content: decodeIndexedText(fragment.content), ...(meta && { meta }), ...(anchors && { anchors }) };
}
