import { describe, expect, it } from 'vitest';
import { checkScic, type ScicFinding } from '../../../src/lib/decision/scic.ts';
import type { College, Member } from '../../../src/lib/decision/types.ts';
import { realScicRules } from './scic-rules.ts';

const rules = realScicRules();

const byId = (findings: readonly ScicFinding[], id: ScicFinding['id']) => findings.filter((f) => f.id === id);

const members: Member[] = [
  { id: 's', name: 'Salariée', weight: 1, college: 'sal', category: 'salarie' },
  { id: 'b', name: 'Usager', weight: 1, college: 'ben', category: 'beneficiaire' },
  { id: 'p', name: 'Commune', weight: 1, college: 'pub', category: 'collectivite' },
  { id: 'a', name: 'Asso', weight: 1, college: 'aut', category: 'autre' },
];

const fourColleges = (shares: readonly number[]): College[] =>
  ['sal', 'ben', 'pub', 'aut'].map((id, i) => ({ id, name: id, share: shares[i] ?? 0 }));

describe('checkScic', () => {
  it('a balanced SCIC passes every check', () => {
    const findings = checkScic(rules, members, fourColleges([0.3, 0.3, 0.2, 0.2]));
    expect(findings.filter((f) => f.severity === 'error' || f.severity === 'warning')).toEqual([]);
    expect(byId(findings, 'categories-count')[0]?.severity).toBe('ok');
    expect(findings.every((f) => f.sources.length > 0 && f.message.length > 0)).toBe(true);
  });

  it('flags a college at 55 %, citing art. 19 octies', () => {
    const findings = checkScic(rules, members, fourColleges([0.55, 0.15, 0.15, 0.15]));
    const above = byId(findings, 'college-above-50');
    expect(above).toHaveLength(1);
    expect(above[0]).toMatchObject({ severity: 'error', collegeId: 'sal' });
    expect(above[0]?.message).toContain('55');
    expect(above[0]?.sources.some((s) => s.url.includes('LEGIARTI000025559897'))).toBe(true);
  });

  it('accepts exactly 50 % and exactly 10 %', () => {
    const findings = checkScic(rules, members, fourColleges([0.5, 0.3, 0.1, 0.1]));
    expect(byId(findings, 'college-above-50')).toEqual([]);
    expect(byId(findings, 'college-below-10')).toEqual([]);
  });

  it('flags a college under 10 %, fewer than 3 colleges, shares not summing to 100 %', () => {
    const two: College[] = [
      { id: 'sal', name: 'Salariés', share: 0.45 },
      { id: 'ben', name: 'Bénéficiaires', share: 0.04 },
    ];
    const findings = checkScic(rules, members.slice(0, 2), two);
    expect(byId(findings, 'colleges-count')[0]?.severity).toBe('error');
    expect(byId(findings, 'college-below-10')).toHaveLength(1);
    expect(byId(findings, 'colleges-sum')[0]?.severity).toBe('warning');
    // Renormalised: 0.45 / 0.49 ≈ 92 % is above 50 %, 0.04 / 0.49 ≈ 8 % below 10 %.
    expect(byId(findings, 'college-above-50')[0]?.collegeId).toBe('sal');
  });

  it('checks the categories of associates', () => {
    const onlyTwo: Member[] = [
      { id: 'x', name: 'X', weight: 1, category: 'producteur' },
      { id: 'y', name: 'Y', weight: 1, category: 'autre' },
    ];
    const findings = checkScic(rules, onlyTwo, []);
    expect(byId(findings, 'categories-count')[0]?.severity).toBe('error');
    expect(byId(findings, 'categories-employees')[0]?.severity).toBe('ok'); // producers stand in
    expect(byId(findings, 'categories-beneficiaries')[0]?.severity).toBe('error');
    expect(byId(findings, 'colleges-none')[0]?.severity).toBe('info');
  });

  it('says when categories are not filled in', () => {
    const findings = checkScic(rules, [{ id: 'x', name: 'X', weight: 1 }], []);
    expect(byId(findings, 'categories-missing')[0]?.severity).toBe('info');
  });

  it('territorial authorities above 50 % of the capital (under a capital rule only)', () => {
    const capital: Member[] = members.map((m) => ({ ...m, weight: m.category === 'collectivite' ? 60 : 10 }));
    const findings = checkScic(rules, capital, [], { ruleKind: 'capital' });
    expect(byId(findings, 'public-capital')[0]?.severity).toBe('error');
    expect(byId(checkScic(rules, members, [], { ruleKind: 'capital' }), 'public-capital')[0]?.severity).toBe('ok');
    expect(byId(checkScic(rules, capital, []), 'public-capital')).toEqual([]);
  });

  it('warns about an empty college', () => {
    const findings = checkScic(rules, members.slice(0, 3), fourColleges([0.25, 0.25, 0.25, 0.25]));
    expect(byId(findings, 'college-empty')[0]?.collegeId).toBe('aut');
  });

  it('one associate, one vote: flags a capital-weighted rule and unequal weights inside a college', () => {
    expect(byId(checkScic(rules, members, fourColleges([0.3, 0.3, 0.2, 0.2]), { ruleKind: 'capital' }), 'vote-capital')[0]?.severity).toBe('error');
    const unequal = members.map((m) => (m.id === 's' ? { ...m, weight: 3 } : m));
    const twoInCollege: Member[] = [...unequal, { id: 's2', name: 'Salarié 2', weight: 1, college: 'sal', category: 'salarie' }];
    const found = byId(checkScic(rules, twoInCollege, fourColleges([0.3, 0.3, 0.2, 0.2]), { ruleKind: 'colleges-proportional' }), 'vote-unequal');
    expect(found).toEqual([expect.objectContaining({ severity: 'error', collegeId: 'sal' })]);
    // Different weights in different colleges are fine; without colleges, every associate weighs the same.
    expect(byId(checkScic(rules, unequal, fourColleges([0.3, 0.3, 0.2, 0.2])), 'vote-unequal')).toEqual([]);
    expect(byId(checkScic(rules, unequal, []), 'vote-unequal')).toHaveLength(1);
    expect(found[0]?.sources.some((s) => s.url.includes('les-scic.coop'))).toBe(true);
  });

  it('warns that producers stand in for employees only when the SCIC has none', () => {
    const producers: Member[] = members.map((m) => (m.category === 'salarie' ? { ...m, category: 'producteur' } : m));
    expect(byId(checkScic(rules, producers, []), 'categories-producers')[0]?.severity).toBe('warning');
    expect(byId(checkScic(rules, members, []), 'categories-producers')).toEqual([]);
  });

  it('names the right public bodies and takes its limits from content/scic.yaml', () => {
    const capital: Member[] = members.map((m) => ({ ...m, weight: m.category === 'collectivite' ? 60 : 10 }));
    const message = byId(checkScic(rules, capital, [], { ruleKind: 'capital' }), 'public-capital')[0]?.message ?? '';
    expect(message).toMatch(/^Les collectivités territoriales, leurs groupements et les établissements publics territoriaux/);
    expect(message).not.toContain('collectivités publiques');
    const stricter = { ...rules, colleges: { ...rules.colleges, ceiling: 0.4 } };
    expect(byId(checkScic(stricter, members, fourColleges([0.45, 0.25, 0.15, 0.15])), 'college-above-50')[0]?.message).toMatch(/plus de 40\s%/);
  });
});
