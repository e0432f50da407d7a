import { describe, expect, it } from 'vitest';
import { cleanAnswers, matchCondition, rankForms, UNKNOWN, vigilancePoints, type EcueilsAnswers } from '../../../src/lib/ecueils/engine.ts';
import { realRules } from './fixture.ts';

const rules = realRules();
const ids = (list: readonly { form: { id: string } }[]) => list.map((a) => a.form.id);
const points = (answers: EcueilsAnswers) => vigilancePoints(rules, answers);
const pointIds = (answers: EcueilsAnswers, status?: string) =>
  points(answers).filter((p) => !status || p.status === status).map((p) => p.point.id);

/** Every question answered « non » unless given. */
function profile(answers: Record<string, string>): Record<string, string> {
  return { ...Object.fromEntries(rules.questions.map((q) => [q.id, 'non'])), ...answers };
}

describe('matchCondition', () => {
  it('needs every question of a map, any map of a list, and reports unsettled questions', () => {
    expect(matchCondition({ a: ['oui'], b: ['oui'] }, { a: 'oui', b: 'oui' }).match).toBe('yes');
    expect(matchCondition({ a: ['oui'], b: ['oui'] }, { a: 'oui', b: 'non' }).match).toBe('no');
    expect(matchCondition({ a: ['oui'], b: ['oui'] }, { a: 'oui', b: UNKNOWN })).toEqual({ match: 'maybe', unsettled: ['b'] });
    expect(matchCondition({ a: ['oui'], b: ['oui'] }, { a: 'non' }).match).toBe('no');
    expect(matchCondition([{ a: ['oui'] }, { b: ['oui'] }], { a: 'non', b: 'oui' }).match).toBe('yes');
    expect(matchCondition([{ a: ['oui'] }, { b: ['oui'] }], { a: 'non' })).toEqual({ match: 'maybe', unsettled: ['b'] });
  });
});

describe('typical profiles, as a practitioner would advise', () => {
  it('a collective that hires and sells meals, with the municipality as a member: SCIC first', () => {
    const answers = profile({
      embaucher: 'oui',
      vendre: 'clients',
      collectivites: 'membres',
      'argent-commun': 'oui',
      citoyens: 'oui',
      'responsabilite-limitee': 'oui',
    });
    const ranking = rankForms(rules, answers);
    expect(ranking[0]?.form.id).toBe('scic');
    expect(ranking.find((a) => a.form.id === 'convention')?.excluded).toBe(true);
    expect(ranking.find((a) => a.form.id === 'gie')?.excluded).toBe(true);
    expect(ranking.find((a) => a.form.id === 'scop')?.excluded).toBe(true); // the employees do not own it
    expect(pointIds(answers)).toEqual(
      expect.arrayContaining(['lucrativite', 'franchise', 'tva', 'sectorisation', 'employeur', 'collectivites-au-capital', 'subvention-ou-marche']),
    );
    expect(pointIds(answers)).not.toContain('pret-main-oeuvre');
  });

  it('associations pooling one employee: the employers’ grouping first, with the staff-loan rules', () => {
    const answers = profile({ 'partager-salaries': 'oui', embaucher: 'oui', subventions: 'oui', 'argent-commun': 'oui' });
    const ranking = rankForms(rules, answers);
    expect(ranking[0]?.form.id).toBe('groupement-employeurs');
    expect(ids(ranking).indexOf('association')).toBeLessThan(ids(ranking).indexOf('scic'));
    expect(pointIds(answers)).toEqual(
      expect.arrayContaining(['pret-main-oeuvre', 'mise-a-disposition', 'employeur', 'convention-financement', 'structure-pour-l-argent']),
    );
    expect(pointIds(answers)).not.toContain('lucrativite');
  });

  it('a citizen group with no money and no staff: a simple agreement, almost nothing to watch', () => {
    const answers = profile({ citoyens: 'oui' });
    const ranking = rankForms(rules, answers);
    expect(ranking[0]?.form.id).toBe('convention');
    expect(ranking[1]?.form.id).toBe('association');
    expect(ranking.find((a) => a.form.id === 'gip')?.excluded).toBe(true);
    expect(ranking.find((a) => a.form.id === 'groupement-employeurs')?.excluded).toBe(true);
    expect(pointIds(answers)).toEqual([]);
  });

  it('companies and associations answering a public tender together: grouping by agreement or GIE, procurement rules', () => {
    const answers = profile({ 'marches-publics': 'oui', entreprises: 'oui', vendre: 'clients', collectivites: 'financeurs', 'decisions-engageantes': 'oui' });
    const ranking = rankForms(rules, answers);
    expect(['gie', 'scic']).toContain(ranking[0]?.form.id);
    expect(pointIds(answers)).toEqual(expect.arrayContaining(['marches-seuils', 'subvention-ou-marche', 'lucrativite', 'appel-ptce']));
  });

  it('a councillor who sits in a member structure brings in the rules on interested councillors', () => {
    expect(pointIds(profile({ elus: 'oui' }))).toContain('elus-interesses');
    expect(pointIds(profile({ elus: 'non' }))).not.toContain('elus-interesses');
  });
});

describe('« je ne sais pas » and bad input', () => {
  it('counts neither for nor against, and lists what to clarify', () => {
    const sure = rankForms(rules, profile({ excedents: 'non' })).find((a) => a.form.id === 'association');
    const unsure = rankForms(rules, profile({ excedents: UNKNOWN })).find((a) => a.form.id === 'association');
    expect(sure?.excluded).toBe(false);
    expect(unsure?.excluded).toBe(false);
    expect(unsure?.toClarify.some((c) => c.questions.includes('excedents'))).toBe(true);
    expect(pointIds(profile({ vendre: UNKNOWN }), 'a-clarifier')).toContain('lucrativite');
  });

  it('with no answer at all, nothing is excluded and every point is to clarify', () => {
    expect(rankForms(rules, {}).every((a) => !a.excluded && a.score === 0)).toBe(true);
    expect(points({}).every((p) => p.status === 'a-clarifier')).toBe(true);
  });

  it('keeps only known questions and answers from stored or edited data', () => {
    expect(cleanAnswers(rules, { vendre: 'clients', embaucher: 'peut-être', inconnue: 'oui', citoyens: UNKNOWN })).toEqual({
      vendre: 'clients',
      citoyens: UNKNOWN,
    });
    expect(cleanAnswers(rules, null)).toEqual({});
    expect(cleanAnswers(rules, 'oui')).toEqual({});
  });
});
