/**
 * Finding glossary terms in text, so that the first mention of each term on a page links
 * to its definition. Pure: the Markdown plugin feeds it text nodes.
 */

export interface GlossaryTerm {
  id: string;
  term: string;
  aliases?: readonly string[];
}

interface Form {
  id: string;
  text: string;
  pattern: RegExp;
}

export interface TermMatch {
  id: string;
  start: number;
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isAcronym = (s: string) => s === s.toUpperCase();

/** The spellings that link to each term: the term, its lower-case form, and its aliases. */
export function termForms(terms: readonly GlossaryTerm[]): Form[] {
  const forms = terms.flatMap(({ id, term, aliases = [] }) => {
    const lowered = isAcronym(term) ? [] : [term.charAt(0).toLowerCase() + term.slice(1)];
    return [...new Set([term, ...lowered, ...aliases])].map((text) => ({ id, text }));
  });
  // Longest first, so "Labo de l’ESS" wins over "ESS" at the same place.
  return forms
    .sort((a, b) => b.text.length - a.text.length)
    .map((f) => ({ ...f, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(f.text)}(?![\\p{L}\\p{N}])`, 'u') }));
}

/**
 * A form can only match where its text appears: a substring test, much cheaper than a Unicode
 * regular expression, tells which forms are worth searching (most text nodes have none).
 */
const appearsUnlinked = (form: Form, text: string, linked: ReadonlySet<string>) => !linked.has(form.id) && text.includes(form.text);

/** Whether `text` may mention a term not yet in `linked` (a quick test before any other work). */
export function mayMention(text: string, forms: readonly Form[], linked: ReadonlySet<string>): boolean {
  return forms.some((form) => appearsUnlinked(form, text, linked));
}

/**
 * The first mentions in `text` of terms not yet in `linked`, in reading order, without
 * overlaps. Adds the ids it returns to `linked`.
 */
export function firstMentions(text: string, forms: readonly Form[], linked: Set<string>): TermMatch[] {
  const present = forms.filter((form) => appearsUnlinked(form, text, linked));
  const chosen: TermMatch[] = [];
  if (present.length === 0) return chosen;
  let cursor = 0;
  for (;;) {
    let best: TermMatch | undefined;
    for (const form of present) {
      if (linked.has(form.id)) continue;
      const index = text.slice(cursor).search(form.pattern);
      if (index === -1) continue;
      const start = cursor + index;
      const end = start + form.text.length;
      if (!best || start < best.start || (start === best.start && end > best.end)) best = { id: form.id, start, end };
    }
    if (!best) return chosen;
    chosen.push(best);
    linked.add(best.id);
    cursor = best.end;
  }
}
