/**
 * Reads the text of content/faits.yaml and validates it, reporting every problem with the file,
 * the line, the fact and the field, in plain French. Dates stay as written (no YAML date
 * conversion), so the schema checks them as real calendar dates.
 */
import { isSeq, parseDocument, type Node } from 'yaml';
import { factsFileSchema, type Fact } from './schema.ts';

export type RegistryResult = { ok: true; raw: unknown[]; facts: Fact[] } | { ok: false; message: string };

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

export function parseFactsRegistry(text: string, file: string): RegistryResult {
  const doc = parseDocument(text, { schema: 'core', prettyErrors: false });
  if (doc.errors.length > 0) {
    const messages = doc.errors.map((e) => `${file}, ligne ${lineOf(text, e.pos[0])} : YAML illisible (${e.message.split('\n')[0]}).`);
    return { ok: false, message: messages.join('\n') };
  }
  if (!isSeq(doc.contents)) {
    return { ok: false, message: `${file} : le fichier doit être une liste de faits (chaque fait commence par «\u202f- id:\u202f»).` };
  }
  const raw = doc.toJS() as unknown[];
  const result = factsFileSchema.safeParse(raw);
  if (result.success) return { ok: true, raw, facts: result.data };
  // The schema checks duplicates only once every fact is valid: report them in any case.
  const ids = raw.map((item) => (item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined));
  const duplicates = ids.flatMap((id, i) =>
    typeof id === 'string' && ids.indexOf(id) !== i
      ? [{ code: 'custom', path: [i, 'id'], message: `identifiant en double\u202f: «\u202f${id}\u202f»` }]
      : [],
  );
  const issues = [...result.error.issues, ...duplicates.filter((d) => !result.error.issues.some((i) => i.message === d.message))];

  const messages = issues.map((issue) => {
    const path = issue.path;
    // The closest node that exists, for the line number.
    let node: Node | undefined;
    for (let n = path.length; n >= 0 && !node; n--) {
      const found = doc.getIn(path.slice(0, n) as unknown[], true);
      if (found && typeof found === 'object' && 'range' in found) node = found as Node;
    }
    const line = node?.range ? lineOf(text, node.range[0]) : 1;
    const [index, ...fieldPath] = path;
    const item = typeof index === 'number' ? raw[index] : undefined;
    const id = item && typeof item === 'object' && 'id' in item ? String((item as { id: unknown }).id) : undefined;
    const where = id ? `fait «\u202f${id}\u202f»` : typeof index === 'number' ? `fait n°\u00a0${index + 1}` : 'liste';
    const field = fieldPath.map(String).join('.');
    const missing = issue.code === 'invalid_type' && valueAt(raw, path) === undefined;
    const message = missing ? 'champ obligatoire manquant' : issue.message;
    return `${file}, ligne ${line}, ${where}${field ? `, champ «\u202f${field}\u202f»` : ''} : ${message}.`;
  });
  return { ok: false, message: messages.join('\n') };
}
