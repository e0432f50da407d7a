/**
 * Where content cites facts of the registry: `<Fait id="…" />` in MDX pages, `{fait:…}` tokens in
 * YAML text (glossary definitions). Used to check every cited id at build time and to list, on
 * the « Sources et vérification » page, the pages that cite each fact.
 */

export interface Citation {
  id: string;
  /** 1-based line in the source text. */
  line: number;
}

const FAIT_TAG = /<Fait\b([^>]*?)\/?>/g;
const ID_ATTRIBUTE = /(?:^|\s)id\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})/;
const TOKEN = /\{fait:([^}\s]*)\}/g;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Citations in an MDX source; a tag without a literal id is reported with id ''. */
export function mdxCitations(source: string): Citation[] {
  return [...source.matchAll(FAIT_TAG)].map((match) => {
    const id = ID_ATTRIBUTE.exec(match[1] ?? '');
    return { id: id?.[1] ?? id?.[2] ?? id?.[3] ?? '', line: lineAt(source, match.index) };
  });
}

/** Citations written as `{fait:id}` tokens (YAML text fields). */
export function tokenCitations(source: string): Citation[] {
  return [...source.matchAll(TOKEN)].map((match) => ({ id: match[1] ?? '', line: lineAt(source, match.index) }));
}

const FACT_LIST = /\bfaits:[ \t]*(?:\[([^\]]*)\]|((?:\n[ \t]*-[ \t]*[^\n]+)+))/g;

/** Fact ids listed under a `faits:` key of a YAML data file (inline `[a, b]` or block list). */
export function yamlListCitations(source: string): Citation[] {
  return [...source.matchAll(FACT_LIST)].flatMap((match) => {
    const line = lineAt(source, match.index);
    if (match[1] !== undefined) {
      return match[1]
        .split(',')
        .map((id) => id.trim().replace(/^["']|["']$/g, ''))
        .filter((id) => id !== '')
        .map((id) => ({ id, line }));
    }
    return (match[2] ?? '')
      .split('\n')
      .slice(1)
      .map((item, i) => ({ id: item.replace(/^[ \t]*-[ \t]*/, '').trim().replace(/^["']|["']$/g, ''), line: line + i + 1 }));
  });
}

export type TextSegment = { text: string } | { fact: string };

/** Splits a text with `{fait:id}` tokens into plain parts and fact references. */
export function splitFactTokens(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    segments.push({ fact: match[1] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

/** Replaces `{fait:id}` tokens with plain text (for previews, search descriptions…). */
export function replaceFactTokens(text: string, render: (id: string) => string): string {
  return text.replace(TOKEN, (_match, id: string) => render(id));
}

export interface UnknownCitation extends Citation {
  file: string;
}

/** Citations of ids absent from the registry, with their file, for one build error. */
export function unknownCitations(
  files: readonly { file: string; citations: readonly Citation[] }[],
  knownIds: ReadonlySet<string>,
): UnknownCitation[] {
  return files.flatMap(({ file, citations }) =>
    citations.filter((c) => !knownIds.has(c.id)).map((c) => ({ ...c, file })),
  );
}

export function describeUnknownCitations(unknown: readonly UnknownCitation[], registry = 'content/faits.yaml'): string {
  return unknown
    .map((u) =>
      u.id === ''
        ? `${u.file}, ligne ${u.line} : <Fait> sans identifiant écrit en toutes lettres (id="…").`
        : `${u.file}, ligne ${u.line} : le fait «\u202f${u.id}\u202f» n’existe pas dans ${registry}.`,
    )
    .join('\n');
}
