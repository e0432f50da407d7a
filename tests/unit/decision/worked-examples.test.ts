import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { presetSchema, workedExampleSchema } from '../../../src/lib/decision/preset-schema.ts';
import { toPreset } from '../../../src/lib/decision/presets.ts';
import { computeWorkedExample, exampleRow } from '../../../src/lib/decision/worked-examples.ts';

const dir = 'content/presets';
const presets = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => toPreset(f.replace(/\.yaml$/, ''), presetSchema.parse(parse(readFileSync(join(dir, f), 'utf8')))));

/** The examples declared by the simulator's page, validated as the build does. */
function pageExamples() {
  const source = readFileSync('content/outils/simulateur-decision.mdx', 'utf8');
  const frontmatter = parse(source.split(/^---$/m)[1] ?? '') as { exemples: Record<string, unknown> };
  return Object.fromEntries(Object.entries(frontmatter.exemples).map(([id, spec]) => [id, workedExampleSchema.parse(spec)]));
}

describe('worked examples of the simulator guide', () => {
  const examples = pageExamples();
  const rows = (id: string) => {
    const spec = examples[id];
    if (!spec) throw new Error(`missing example ${id}`);
    const result = computeWorkedExample(spec, presets);
    if (!result.ok) throw new Error(result.message);
    return result.rows;
  };

  it('[51; 50, 49, 1]: 49 votes weigh no more than 1', () => {
    const trio = rows('trio');
    expect(exampleRow(trio, 'Membre A')?.banzhaf).toBeCloseTo(0.6, 12);
    expect(exampleRow(trio, 'Membre B')?.banzhaf).toBeCloseTo(0.2, 12);
    expect(exampleRow(trio, 'Membre C')?.banzhaf).toBeCloseTo(0.2, 12);
  });

  it('EEC Council 1958: Luxembourg holds 1/17 of the votes and no power', () => {
    const lux = exampleRow(rows('cee'), 'Luxembourg');
    expect(lux?.nominalShare).toBeCloseTo(1 / 17, 12);
    expect(lux?.banzhaf).toBe(0);
  });

  it('GIE: equal power under unanimity, the largest decides alone under a capital majority', () => {
    for (const r of rows('gie')) expect(r.banzhaf).toBeCloseTo(0.25, 12);
    const capital = rows('gie-capital');
    expect(exampleRow(capital, 'Transports Morel (120 salariés)')?.banzhaf).toBe(1);
    expect(exampleRow(capital, 'Menuiserie Lacaze (2 salariés)')?.banzhaf).toBe(0);
  });

  it('colleges: the bloc reading gives the employees more power than their share', () => {
    const bloc = exampleRow(rows('colleges-bloc'), 'Salariés');
    expect(bloc).toBeDefined();
    expect(bloc!.banzhaf).toBeGreaterThan(bloc!.nominalShare);
    expect(rows('colleges-prop').map((r) => r.name)).toContain('Producteurs');
  });

  it('says in French what is wrong with an example', () => {
    const unknown = computeWorkedExample(workedExampleSchema.parse({ modele: 'inconnu' }), presets);
    expect(unknown).toEqual({ ok: false, message: expect.stringContaining('content/presets/inconnu.yaml') });
    const badRule = computeWorkedExample(
      workedExampleSchema.parse({ membres: [{ nom: 'A', poids: 1 }], regle: { kind: 'simple', threshold: 0.6 } }),
      presets,
    );
    expect(badRule.ok).toBe(false);
  });

  it('rejects an example that is both a preset and a list of members, or has no rule', () => {
    expect(workedExampleSchema.safeParse({ modele: 'gie-unanimite', membres: [{ nom: 'A', poids: 1 }] }).success).toBe(false);
    expect(workedExampleSchema.safeParse({ membres: [{ nom: 'A', poids: 1 }] }).success).toBe(false);
    expect(workedExampleSchema.safeParse({ modele: 'gie-unanimite', niveau: 'tous' }).success).toBe(false);
  });
});
