import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { presetSchema } from '../../../src/lib/decision/preset-schema.ts';
import { parseDecimal, parsePercentInput } from '../../../src/lib/decision/field-input.ts';
import {
  parseFraction,
  presetProblems,
  presetToScenario,
  toPreset,
  type PresetData,
} from '../../../src/lib/decision/presets.ts';
import { checkScic } from '../../../src/lib/decision/scic.ts';
import { realScicRules } from './scic-rules.ts';
import { analysePower } from '../../../src/lib/decision/power.ts';
import { evaluateVote } from '../../../src/lib/decision/evaluate.ts';
import { encodeScenario, decodeScenario } from '../../../src/lib/decision/scenario-codec.ts';

const DIR = 'content/presets';
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));

function load(file: string): PresetData {
  const result = presetSchema.safeParse(parse(readFileSync(join(DIR, file), 'utf8')));
  if (!result.success) throw new Error(`${file}: ${JSON.stringify(result.error.issues)}`);
  return result.data;
}

function issues(raw: unknown): string[] {
  const result = presetSchema.safeParse(raw);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
}

const minimal = () => ({
  title: 'Un modèle',
  description: 'Un modèle minimal pour les tests du schéma.',
  structure: 'association',
  members: [{ name: 'A' }, { name: 'B' }],
  rule: { kind: 'simple' },
});

describe('parseFraction (presets)', () => {
  it('reads numbers, percentages and ratios', () => {
    expect(parseFraction(0.3)).toBe(0.3);
    expect(parseFraction('30 %')).toBeCloseTo(0.3, 12);
    expect(parseFraction('30\u00a0%')).toBeCloseTo(0.3, 12);
    expect(parseFraction('12,5%')).toBeCloseTo(0.125, 12);
    expect(parseFraction('2/3')).toBe(2 / 3);
    expect(parseFraction('12 / 17')).toBe(12 / 17);
    expect(parseFraction('0,25')).toBe(0.25);
    expect(parseFraction(1)).toBe(1);
    expect(parseFraction(0)).toBe(0);
  });

  it('refuses values outside [0, 1] and anything unreadable', () => {
    for (const bad of [30, -0.1, 1.01, '130 %', '3/2', '1/0', 'deux tiers', '', NaN, Infinity, null, undefined, {}]) {
      expect(parseFraction(bad), String(bad)).toBeUndefined();
    }
  });
});

describe('form field parsing', () => {
  it('parsePercentInput reads per cent or ratios', () => {
    expect(parsePercentInput('60')).toBeCloseTo(0.6, 12);
    expect(parsePercentInput('60 %')).toBeCloseTo(0.6, 12);
    expect(parsePercentInput(' 66,7 ')).toBeCloseTo(0.667, 12);
    expect(parsePercentInput('12/17')).toBe(12 / 17);
    expect(parsePercentInput('abc')).toBeUndefined();
    expect(parsePercentInput('1/0')).toBeUndefined();
    expect(parsePercentInput('')).toBeUndefined();
  });

  it('parseDecimal reads French and English decimals, with grouping spaces', () => {
    expect(parseDecimal('1 234,5')).toBe(1234.5);
    expect(parseDecimal('1\u202f234')).toBe(1234);
    expect(parseDecimal('12.5')).toBe(12.5);
    expect(parseDecimal('0')).toBe(0);
    expect(parseDecimal('-3')).toBeUndefined();
    expect(parseDecimal('1e3')).toBeUndefined();
    expect(parseDecimal('')).toBeUndefined();
  });
});

describe('preset schema', () => {
  it('accepts a minimal preset and fills the defaults', () => {
    const result = presetSchema.safeParse(minimal());
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.members[0]).toEqual({ name: 'A', weight: 1, position: 'pour' });
    expect(result.data.colleges).toEqual([]);
    expect(result.data.order).toBe(100);
  });

  it('refuses negative weights, unknown rule kinds, positions and categories, with French messages', () => {
    expect(issues({ ...minimal(), members: [{ name: 'A', weight: -1 }] }).join()).toMatch(/poids doit être positif/);
    expect(issues({ ...minimal(), members: [{ name: 'A', weight: 1e13 }] }).join()).toMatch(/poids doit être d’au plus 1\u00a0000\u00a0000\u00a0000\u00a0000/);
    expect(issues({ ...minimal(), rule: { kind: 'tirage-au-sort' } }).join()).toMatch(/rule\.kind/);
    expect(issues({ ...minimal(), members: [{ name: 'A', position: 'peut-être' }] }).join()).toMatch(/position/);
    expect(issues({ ...minimal(), members: [{ name: 'A', category: 'rentier' }] }).join()).toMatch(/category/);
    expect(issues({ ...minimal(), members: [{ name: '' }] }).join()).toMatch(/nom vide/);
    expect(issues({ ...minimal(), members: [{ name: 'x'.repeat(61) }] }).join()).toMatch(/nom trop long/);
    expect(issues({ ...minimal(), surprise: true }).length).toBeGreaterThan(0);
  });

  it('refuses unreadable fractions and shares that do not sum to 100 %', () => {
    const colleges = (a: unknown, b: unknown) => ({
      ...minimal(),
      colleges: [
        { id: 'a', name: 'A', share: a },
        { id: 'b', name: 'B', share: b },
      ],
      members: [
        { name: 'A', college: 'a' },
        { name: 'B', college: 'b' },
      ],
    });
    expect(issues(colleges('60 %', '40 %'))).toEqual([]);
    expect(issues(colleges(60, 40)).join()).toMatch(/fraction illisible/);
    expect(issues(colleges('60 %', '30 %')).join()).toMatch(/totalisent 90 %/);
    expect(issues(colleges('2/3', '1/3'))).toEqual([]);
  });

  it('checks references and rule options across fields', () => {
    expect(issues({ ...minimal(), members: [{ name: 'A', college: 'fantome' }] }).join()).toMatch(/fantome/);
    expect(issues({ ...minimal(), rule: { kind: 'colleges-bloc' } }).join()).toMatch(/au moins un collège/);
    expect(issues({ ...minimal(), rule: { kind: 'qualified', threshold: '2/3' } }).join()).toMatch(/base/);
    expect(issues({ ...minimal(), rule: { kind: 'simple', threshold: '2/3' } }).join()).toMatch(/n’a pas de seuil/);
    expect(issues({ ...minimal(), rule: { kind: 'absolute' } }).join()).toMatch(/base/);
    expect(issues({ ...minimal(), rule: { kind: 'simple', absents: 'block' } }).join()).toMatch(/absents/);
    expect(issues({ ...minimal(), members: [{ name: 'A', position: 'objection' }] }).join()).toMatch(/objection/);
    expect(issues({ ...minimal(), members: [{ name: 'A', weight: 0 }], rule: { kind: 'capital' } }).join()).toMatch(/poids supérieur à 0/);
    expect(issues({ ...minimal(), members: [{ id: 'x', name: 'A' }, { id: 'x', name: 'B' }] }).join()).toMatch(/déjà utilisé/);
    expect(issues({ ...minimal(), members: Array.from({ length: 61 }, (_, i) => ({ name: `M${i}` })) }).join()).toMatch(/60 au plus/);
  });
});

describe('preset → scenario', () => {
  it('numbers members without an id and keeps their positions', () => {
    const data = presetSchema.parse({
      ...minimal(),
      members: [{ name: 'A', position: 'contre' }, { id: 'b', name: 'B' }],
      rule: { kind: 'qualified', threshold: '3/4', base: 'members', quorum: { fraction: '1/2', of: 'members' } },
    });
    expect(presetProblems(data)).toEqual([]);
    expect(presetToScenario(data)).toEqual({
      members: [
        { id: 'm1', name: 'A', weight: 1 },
        { id: 'b', name: 'B', weight: 1 },
      ],
      colleges: [],
      rule: { kind: 'qualified', threshold: 0.75, base: 'members', quorum: { fraction: 0.5, of: 'members' } },
      positions: { m1: 'contre', b: 'pour' },
    });
  });
});

describe('the presets in content/presets', () => {
  it('are all valid, shareable, and include the ones the simulator promises', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
    const structures = new Set<string>();
    for (const file of files) {
      const data = load(file);
      structures.add(data.structure);
      const scenario = presetToScenario(data);
      const encoded = encodeScenario(scenario);
      expect(encoded.ok, file).toBe(true);
      if (encoded.ok) expect(decodeScenario(encoded.text).ok).toBe(true);
      expect(evaluateVote(scenario.members, scenario.colleges, scenario.rule, scenario.positions).outcome, file).not.toBe('invalide');
      expect(analysePower(scenario.members, scenario.colleges, scenario.rule).ok, file).toBe(true);
    }
    expect([...structures].sort()).toEqual(expect.arrayContaining(['association', 'collectif', 'gie', 'ptce', 'scic']));
  });

  it('the SCIC with four colleges passes the SCIC check; the one with a college at 55 % is flagged', () => {
    const valid = presetToScenario(load('scic-quatre-colleges.yaml'));
    expect(valid.colleges).toHaveLength(4);
    expect(checkScic(realScicRules(), valid.members, valid.colleges).filter((f) => f.severity === 'error')).toEqual([]);
    const invalid = toPreset('scic-college-a-55', load('scic-college-a-55.yaml'));
    expect(invalid.scic).toBe(true);
    const errors = checkScic(realScicRules(), invalid.scenario.members, invalid.scenario.colleges).filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.id)).toEqual(['college-above-50']);
    expect(errors[0]?.message).toMatch(/55\s%/);
  });

  it('the PTCE has 8 structures with equal votes; the GIE needs unanimity with absents blocking', () => {
    const ptce = presetToScenario(load('ptce-huit-structures.yaml'));
    expect(ptce.members).toHaveLength(8);
    expect(new Set(ptce.members.map((m) => m.weight))).toEqual(new Set([1]));
    const gie = presetToScenario(load('gie-unanimite.yaml'));
    expect(gie.rule).toMatchObject({ kind: 'unanimity', absents: 'block' });
    const power = analysePower(gie.members, gie.colleges, gie.rule);
    expect(power.ok && power.vetoPlayerIds).toEqual(gie.members.map((m) => m.id));
  });

  it('the EU Council of 1958 leaves Luxembourg without power', () => {
    const eu = presetToScenario(load('conseil-cee-1958.yaml'));
    const power = analysePower(eu.members, eu.colleges, eu.rule);
    expect(power.ok).toBe(true);
    if (!power.ok) return;
    const lux = eu.members.find((m) => m.name === 'Luxembourg');
    expect(power.dummyIds).toEqual([lux?.id]);
    expect(power.members.map((m) => m.banzhaf)).toEqual([5, 5, 5, 3, 3, 0].map((x) => expect.closeTo(x / 21, 12)));
  });
});
