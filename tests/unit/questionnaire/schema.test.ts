/**
 * The questionnaire schema, checked with `safeParse` on the real files and on edited copies. The
 * build applies the same schema (src/content.config.ts); recommendation links are also checked
 * against the built pages (src/data/questionnaires.ts, tests/content/build-smoke.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { questionnaireSchema } from '../../../src/lib/questionnaire/schema.ts';

const files = readdirSync('content/questionnaires').filter((f) => /\.ya?ml$/.test(f));
const raw = (file: string) => parse(readFileSync(`content/questionnaires/${file}`, 'utf8')) as Record<string, unknown>;
const cooperation = () => raw('cooperation.yaml') as { dimensions: { id: string; statements: { id: string }[]; advice: Record<string, { links: { href: string }[] }> }[] };

function issues(data: unknown): string[] {
  const result = questionnaireSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('questionnaire schema', () => {
  it.each(files)('accepts %s', (file) => expect(issues(raw(file))).toEqual([]));

  it('defaults "reversed" to false', () => {
    const parsed = questionnaireSchema.parse(raw('cooperation.yaml'));
    expect(parsed.dimensions[0]?.statements[0]?.reversed).toBe(false);
    expect(parsed.dimensions.flatMap((d) => d.statements).some((s) => s.reversed)).toBe(true);
  });

  it('refuses a statement id used twice, naming the field', () => {
    const q = cooperation();
    const [first, second] = q.dimensions[1]?.statements ?? [];
    if (!first || !second) throw new Error('dimension 1 has fewer than two statements');
    second.id = first.id;
    expect(issues(q)).toEqual([`dimensions.1.statements.1.id: identifiant d’affirmation en double\u202f: «\u202f${first.id}\u202f»`]);
  });

  it('refuses a dimension id used twice', () => {
    const q = cooperation();
    q.dimensions[2]!.id = q.dimensions[0]!.id;
    expect(issues(q)).toEqual([`dimensions.2.id: identifiant de dimension en double\u202f: «\u202f${q.dimensions[0]!.id}\u202f»`]);
  });

  it('refuses ids with capitals or accents, and links outside the site', () => {
    const q = cooperation();
    q.dimensions[0]!.statements[0]!.id = 'Histoire-Origines';
    q.dimensions[0]!.advice['fort']!.links[0]!.href = 'https://example.org/';
    expect(issues(q).map((i) => i.split(':')[0])).toEqual([
      'dimensions.0.statements.0.id',
      'dimensions.0.advice.fort.links.0.href',
    ]);
  });

  it('needs five scale labels, a share code of 1 to 8 letters or digits, and a positive version', () => {
    const q = raw('posture.yaml');
    expect(issues({ ...q, scale: ['Non', 'Oui'] }).map((i) => i.split(':')[0])).toEqual(['scale']);
    expect(issues({ ...q, shareCode: 'Trop-long-9' }).map((i) => i.split(':')[0])).toEqual(['shareCode']);
    expect(issues({ ...q, version: 0 }).map((i) => i.split(':')[0])).toEqual(['version']);
  });

  it('takes short scale labels only as the whole-word beginning of each label', () => {
    const q = raw('posture.yaml');
    expect(issues({ ...q, scaleShort: ['Pas du tout', 'Plutôt pas', 'Partagé', 'Plutôt', 'Tout à fait'] })).toEqual([]);
    expect(issues({ ...q, scaleShort: ['Pas du t', 'Plutôt pas', 'Partagé', 'D’accord', 'Tout à fait'] })).toEqual([
      'scaleShort.0: le libellé court «\u202fPas du t\u202f» doit être le début du libellé «\u202fPas du tout d’accord\u202f», en mots entiers (par exemple «\u202fPlutôt pas\u202f» pour «\u202fPlutôt pas d’accord\u202f»)',
      expect.stringMatching(/^scaleShort\.3: le libellé court «\u202fD’accord\u202f»/),
    ]);
  });
});
