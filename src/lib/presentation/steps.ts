/**
 * The steps of a fiche, for its presentation view (one step per screen): read at build time from
 * the fiche's rendered HTML, where its « ## Déroulé » section holds an ordered list whose items
 * look like
 *
 *   1. **Valider le problème central** (10 à 15 min). Présentez la formulation…
 *   1. **Ouvrir (10 min).** Tour rapide…
 *
 * Reading the rendered HTML rather than the MDX source keeps what the page shows: links, glossary
 * links, facts cited with <Fait />. A Déroulé that cannot be read stops the build with a message
 * naming the file, the step and what is wrong.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import { DURATION_EXAMPLES, parseDuration, type DurationParse, type StepDuration } from './duration.ts';

export interface FicheStep {
  /** 1 for the first step. */
  readonly number: number;
  /** Plain text, without the duration. */
  readonly title: string;
  /** Absent for a step « en continu ». */
  readonly duration: StepDuration | undefined;
  /** The duration as written (« 10 à 15 min », « en continu »), with no-break spaces. */
  readonly durationLabel: string;
  /** The step's text, as rendered HTML; empty when the item is only its title (« **Pause (10 min).** »). */
  readonly html: string;
}

export class FicheStepsError extends Error {
  override name = 'FicheStepsError';
}

export const DEROULE_HEADING = 'Déroulé';
const ITEM_EXAMPLE = '« 1. **Titre de l’étape** (10 min). Texte… »';

type Document = ReturnType<typeof parseDocument>;
type Node = Document['children'][number];
type Element = Extract<Node, { attribs: Record<string, string> }>;
type Text = Extract<Node, { type: 'text' }>;

const isElement = (node: Node | null | undefined): node is Element => node != null && 'attribs' in node;
const isText = (node: Node | null | undefined): node is Text => node != null && node.type === 'text';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const textOf = (node: Node | Node[]) => squash(DomUtils.textContent(node));
/** The start of a long text, to name a step that has no title. */
const excerpt = (text: string) => (text.length > 40 ? `${text.slice(0, 41).replace(/\s+\S*$/, '')}…` : text);
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const isBlank = (node: Node) => isText(node) && node.data.trim() === '';
const meaningful = (nodes: readonly Node[]) => nodes.filter((n) => !isBlank(n) && n.type !== 'comment');

/** Source offsets of what an element holds (inside its tags). */
function innerEnd(element: Element): number {
  const last = element.children.at(-1);
  return last?.endIndex == null ? (element.startIndex ?? 0) : last.endIndex + 1;
}

/** « (10 min). » after a bold title, at the start of the text that follows it. */
const DURATION_AFTER = /^\s*\(([^()]*)\)\s*[.:]?\s*/;
/** « Ouvrir (10 min). » as a whole bold title. */
const DURATION_INSIDE = /^(.*?)\s*\(([^()]*)\)\s*[.:]?$/s;

/**
 * The steps of the Déroulé of a fiche, from its rendered HTML. `file` names the fiche in errors
 * (« content/fiches/world-cafe.mdx »). Throws a FicheStepsError on the first thing it cannot read.
 */
export function ficheSteps(html: string, file: string): FicheStep[] {
  const fail = (problem: string): never => {
    throw new FicheStepsError(`${file}\u202f: section «\u202f${DEROULE_HEADING}\u202f», ${problem}`);
  };
  const doc = parseDocument(html, { withStartIndices: true, withEndIndices: true });
  const blocks = DomUtils.findAll((el) => el.name === 'h2' || el.name === 'ol', doc.children);
  const at = blocks.findIndex((el) => el.name === 'h2' && textOf(el) === DEROULE_HEADING);
  if (at === -1) {
    throw new FicheStepsError(`${file}\u202f: pas de section «\u202f${DEROULE_HEADING}\u202f» (un titre «\u202f## ${DEROULE_HEADING}\u202f» suivi d’une liste numérotée).`);
  }
  const list = blocks[at + 1];
  if (list?.name !== 'ol') return fail(`pas de liste numérotée des étapes (une étape par ligne\u202f: ${ITEM_EXAMPLE}).`);
  const items = list.children.filter((n): n is Element => isElement(n) && n.name === 'li');
  return items.map((item, index) => readStep(item, index + 1, html, fail));
}

interface Reading {
  title: string;
  parsed: DurationParse;
  /** The start of the step's text: what is left of the text node after the duration, then the source from `restStart`. */
  restPrefix: string;
  restStart: number;
}

function readStep(item: Element, number: number, source: string, fail: (problem: string) => never): FicheStep {
  const where = `étape ${number}`;
  // A loose list (blank lines between items) puts each item's text in paragraphs.
  const first = meaningful(item.children)[0];
  const head = isElement(first) && first.name === 'p' ? first : item;
  const strong = meaningful(head.children)[0];
  if (!isElement(strong) || strong.name !== 'strong') {
    return fail(`${where} («\u202f${excerpt(textOf(item))}\u202f»)\u202f: elle ne commence pas par un titre en gras\u202f; écrivez ${ITEM_EXAMPLE}`);
  }
  // The duration after the bold title (« **Titre** (10 min). ») or at its end (« **Titre (10 min).** »);
  // when both could be, the one that reads as a duration.
  const bold = textOf(strong);
  const next = strong.next;
  const after = isText(next) ? DURATION_AFTER.exec(next.data) : null;
  const inside = DURATION_INSIDE.exec(bold);
  const readings: Reading[] = [];
  if (after !== null && isText(next)) {
    readings.push({
      title: bold.replace(/[.:]$/, ''),
      parsed: parseDuration(after[1] ?? ''),
      restPrefix: escapeText(next.data.slice(after[0].length)),
      restStart: (next.endIndex ?? 0) + 1,
    });
  }
  if (inside !== null) {
    readings.push({ title: inside[1] ?? '', parsed: parseDuration(inside[2] ?? ''), restPrefix: '', restStart: (strong.endIndex ?? 0) + 1 });
  }
  const reading = readings.find((r) => r.parsed.ok) ?? readings[0];
  if (reading === undefined) {
    return fail(`${where} («\u202f${bold}\u202f»)\u202f: pas de durée entre parenthèses après le titre\u202f; écrivez ${ITEM_EXAMPLE} (durée\u202f: ${DURATION_EXAMPLES})`);
  }
  const { title, parsed, restPrefix, restStart } = reading;
  if (title === '') return fail(`${where}\u202f: le titre en gras est vide`);
  if (!parsed.ok) return fail(`${where} («\u202f${title}\u202f»)\u202f: ${parsed.error}`);
  let html = (restPrefix + source.slice(restStart, innerEnd(head))).trim();
  if (head !== item) {
    // The rest of the first paragraph stays a paragraph; the item's other blocks follow.
    html = (html === '' ? '' : `<p>${html}</p>`) + source.slice((head.endIndex ?? 0) + 1, innerEnd(item)).trim();
  }
  return { number, title, duration: parsed.duration, durationLabel: parsed.label, html: html.trim() };
}
