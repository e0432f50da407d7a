import { describe, expect, it } from 'vitest';
import {
  encodeAnswers,
  findBrokenRecommendations,
  labelMembers,
  recommendationLinks,
  resultCsv,
  resultJson,
  scoreQuestionnaire,
  synthesisCsv,
  synthesize,
  type Answers,
} from '../../../src/lib/questionnaire/index.ts';
import { dimension, forty, questionnaire } from './fixture.ts';

describe('result exports', () => {
  const q = forty();
  const answers: Answers = { 'd0-s0': 4, 'd0-s1': 5, 'd0-s2': 'unknown', 'd0-s3': 4, 'd0-s4': 1 };
  const result = scoreQuestionnaire(q, answers);

  it('CSV lists dimension scores then every answer', () => {
    const csv = resultCsv(q, result, answers, { date: new Date('2026-11-30T00:00:00Z'), name: 'Lou' });
    expect(csv).toContain('Questionnaire de test;version 1;2026-11-30;Lou');
    expect(csv).toContain('Dimension;Moyenne (1 à 5);Score (0 à 100);Niveau;Réponses notées;Je ne sais pas;Sans objet;Sans réponse;Affirmations');
    expect(csv).toContain('Dimension d0;4,5;88;Point fort;4;1;0;0;5');
    expect(csv).toContain('Dimension d1;;;Pas assez de réponses;0;0;0;5;5');
    expect(csv).toContain('Dimension d0;Affirmation d0-s2;non;Je ne sais pas;');
    expect(csv).toContain('Dimension d0;Affirmation d0-s4;oui;Pas du tout d’accord;1');
  });

  it('JSON carries the share code and readable scores', () => {
    const code = encodeAnswers(q, answers);
    const data = JSON.parse(resultJson(q, result, answers, code, { date: new Date(0) })) as Record<string, unknown>;
    expect(data['code']).toBe(code);
    expect(data['version']).toBe(1);
    expect(data).not.toHaveProperty('prenom');
    expect((data['dimensions'] as unknown[])[0]).toMatchObject({
      id: 'd0',
      moyenne: 4.5,
      score: 88,
      niveau: 'Point fort',
    });
    expect((data['reponses'] as unknown[]).length).toBe(40);
  });

  it('synthesis CSV lists statements most disputed first with a column per member', () => {
    const s = synthesize(
      q,
      labelMembers([{ name: 'Lou', answers: { 'd2-s1': 1, 'd0-s0': 3 } }, { answers: { 'd2-s1': 5, 'd0-s0': 3 } }]),
    );
    const lines = synthesisCsv(q, s, new Date(0)).split('\r\n');
    const header = lines.findIndex((l) => l.startsWith('Rang'));
    expect(lines[header]).toMatch(/;Lou;Membre 2$/);
    expect(lines[header]).toMatch(/;Je ne sais pas;Sans objet;Sans réponse;Non posée \(version antérieure\);Lou;Membre 2$/);
    expect(lines[header + 1]).toMatch(/^1;Dimension d2;Affirmation d2-s1;non;oui;3;2;4;2;0;0;0;0;1;5$/);
  });

  it('counts « sans objet » apart from « je ne sais pas », in the result and in the synthesis', () => {
    const q2 = questionnaire([dimension('a', [{ id: 'a1' }, { id: 'a2', mayNotApply: true }, { id: 'a3' }])]);
    const a: Answers = { a1: 4, a2: 'na', a3: 'unknown' };
    const csv = resultCsv(q2, scoreQuestionnaire(q2, a), a, { date: new Date(0) });
    expect(csv).toContain('Dimension a;4;75;Point fort;1;1;1;0;3');
    expect(csv).toContain('Dimension a;Affirmation a2;non;Sans objet;');
    const data = JSON.parse(resultJson(q2, scoreQuestionnaire(q2, a), a, encodeAnswers(q2, a), { date: new Date(0) })) as {
      dimensions: Record<string, unknown>[];
    };
    expect(data.dimensions[0]).toMatchObject({ jeNeSaisPas: 1, sansObjet: 1, reponsesNotees: 1 });
    const s = synthesize(q2, labelMembers([{ answers: a }, { answers: { a2: 2 } }]));
    const lines = synthesisCsv(q2, s, new Date(0)).split('\r\n');
    expect(lines.find((l) => l.includes('Affirmation a2'))).toMatch(/;1;0;1;0;0;SO;2$/);
  });
});

describe('recommendation links', () => {
  const q = questionnaire([dimension('a', [{ id: 'a1' }, { id: 'a2' }])]);
  it('lists every link with the field that holds it', () => {
    expect(recommendationLinks(q).map((l) => l.field)).toEqual([
      'dimensions[0] (a).advice.fort.links[0].href',
      'dimensions[0] (a).advice.discuter.links[0].href',
      'dimensions[0] (a).advice.travailler.links[0].href',
    ]);
  });

  it('reports missing pages and sections, and non-internal links', () => {
    const pages = new Map([['/guides/a/', new Set(['section-a'])]]);
    const broken = findBrokenRecommendations(q, pages);
    expect(broken.map((b) => [b.href, b.reason.split(' ')[0]])).toEqual([['/fiches/b/#déroulé', 'page']]);
    const withFiche = new Map([...pages, ['/fiches/b/', new Set(['autre'])]]);
    expect(findBrokenRecommendations(q, withFiche)[0]!.reason).toMatch(/^section introuvable/);
    const external = questionnaire([
      {
        ...dimension('a', [{ id: 'a1' }, { id: 'a2' }]),
        advice: {
          ...dimension('a', []).advice,
          fort: { text: 'x', links: [{ label: 'x', href: 'https://example.org/' }] },
        },
      },
    ]);
    expect(findBrokenRecommendations(external, withFiche.set('/fiches/b/', new Set(['déroulé'])))).toHaveLength(1);
  });
});
