/**
 * Each tool keeps its interface sentences in its messages module: no other module of the tool's
 * library or islands writes a French sentence. The check is a heuristic over the string, template
 * and JSX text literals of each file (comments are not literals): three words or more, with an
 * accented letter, a typographic apostrophe or a guillemet, or a spaced colon or semicolon.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

/** The tools' code outside their messages modules. */
const SCANNED = [
  'src/lib/decision',
  'src/lib/questionnaire',
  'src/lib/ecueils',
  'src/islands/decision',
  'src/islands/questionnaire',
  'src/islands/ecueils',
  'src/islands/shared',
];
/**
 * Parts loaded when asked for (the simulator's paste import and draft clause, the questionnaires'
 * workshop mode) keep their words in their own messages modules, so that they travel with them
 * rather than with a first visit.
 */
const MESSAGES = new Set([
  'src/lib/decision/messages.ts',
  'src/lib/decision/member-list-messages.ts',
  'src/lib/decision/clause-messages.ts',
  'src/lib/questionnaire/messages.ts',
  // The workshop's words, loaded with it rather than with every questionnaire page.
  'src/lib/questionnaire/workshop-messages.ts',
  'src/lib/ecueils/messages.ts',
]);

/**
 * Literals that read as French but are data, not interface sentences.
 * - The labels of the SCIC sources are bibliographic data (they move to a content data file).
 */
const ALLOWED = new Set([
  'Les SCIC, questions-réponses (les-scic.coop)',
  'Les SCIC, l’assemblée générale (les-scic.coop)',
  'Loi n° 47-1775, art. 19 octies (Légifrance)',
]);

const FRENCH_MARK = /[àâäçéèêëîïôöùûüÿœæ’«»]| [:;] /iu;
const WORD = /\p{L}[\p{L}’'-]*/gu;

function looksFrench(text: string): boolean {
  return (text.match(WORD) ?? []).length >= 3 && FRENCH_MARK.test(text);
}

/** The literals of a module that look like French sentences; a template's holes read `${}`. */
function frenchLiterals(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    let text: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node)) text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('${}');
    else if (ts.isJsxText(node)) text = node.text.trim();
    if (text !== undefined && looksFrench(text) && !ALLOWED.has(text)) found.push(text);
    if (!ts.isTemplateExpression(node)) ts.forEachChild(node, visit);
    else node.templateSpans.forEach((s) => visit(s.expression));
  };
  visit(file);
  return found;
}

function modules(path: string): string[] {
  const full = join(ROOT, path);
  if (/\.tsx?$/.test(path)) return [full];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(full, f));
}

describe('the French-sentence scanner', () => {
  it('finds sentences in string, template and JSX literals, not in comments or code', () => {
    const sample = [
      '// Un commentaire en français : il est ignoré, ce n’est pas un littéral.',
      "const kind = 'colleges-bloc';",
      "const label = 'Résultat';",
      "const plain = 'one two three : four';",
      "const sentence = 'Le collège est vide : son poids est laissé de côté.';",
      'const template = `Collège ${name} : ${count} membres présents`;',
      'const inner = `${ok ? `Le quorum n’est pas atteint` : x}`;',
      'const view = <p>Aucun membre n’est pivot ici.</p>;',
    ].join('\n');
    expect(frenchLiterals('sample.tsx', sample)).toEqual([
      'one two three : four',
      'Le collège est vide : son poids est laissé de côté.',
      'Collège ${} : ${} membres présents',
      'Le quorum n’est pas atteint',
      'Aucun membre n’est pivot ici.',
    ]);
  });

  it('leaves out identifiers, short labels and data without French marks', () => {
    for (const text of ['quorum non atteint', 'adoptée', 'Shapley–Shubik', 'text/csv;charset=utf-8', 'faire-ensemble:questionnaire:']) {
      expect(looksFrench(text), text).toBe(false);
    }
  });
});

describe('interface sentences live in the messages modules', () => {
  const files = SCANNED.flatMap(modules).filter((f) => !MESSAGES.has(relative(ROOT, f)));

  it('scans every module of the tools', () => {
    expect(files.map((f) => relative(ROOT, f))).toEqual(
      expect.arrayContaining(['src/lib/decision/evaluate.ts', 'src/lib/questionnaire/exports.ts', 'src/islands/decision/DecisionSimulator.tsx', 'src/islands/questionnaire/SynthesisTool.tsx']),
    );
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s writes no French sentence', (_, file) => {
    expect(frenchLiterals(file, readFileSync(file, 'utf8'))).toEqual([]);
  });
});
