/**
 * The real questionnaires in content/questionnaires: the contract of their current version (ids,
 * counts, reversed statements, « sans objet », advice links), typography, and that the engine
 * handles them (share codes, scoring). Whether a statement holds one idea is a matter for review;
 * the anchors of the links are checked by the build (see tests/content/build-smoke.test.ts) and by
 * the built-site link check. Earlier versions: tests/unit/questionnaire/versions.test.ts.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allStatements,
  decodeAnswers,
  recommendationLinks,
  encodeAnswers,
  scoreQuestionnaire,
  statementCount,
  type Answer,
  type Questionnaire,
  type QuestionnaireFile,
} from '../../../src/lib/questionnaire/index.ts';
import { current } from './real.ts';


function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const cooperation = current('cooperation');
const posture = current('posture');

describe.each([
  ['cooperation', cooperation, 8, 40],
  ['posture', posture, 8, 24],
] as const)('%s', (_, q, minDimensions, minStatements) => {
  it('is large enough, with reversed statements in most dimensions', () => {
    expect(q.dimensions.length).toBeGreaterThanOrEqual(minDimensions);
    expect(statementCount(q)).toBeGreaterThanOrEqual(minStatements);
    const withReversed = q.dimensions.filter((d) => d.statements.some((s) => s.reversed));
    expect(withReversed.length).toBeGreaterThanOrEqual(q.dimensions.length - 1);
    for (const d of q.dimensions) expect(d.statements.every((s) => s.reversed)).toBe(false);
  });

  it('has unique ids and advice with links for every level', () => {
    const ids = allStatements(q).map((s) => s.statement.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(q.dimensions.map((d) => d.id)).size).toBe(q.dimensions.length);
    for (const d of q.dimensions) {
      for (const level of ['fort', 'discuter', 'travailler'] as const) {
        expect(d.advice[level].text.length).toBeGreaterThan(40);
        expect(d.advice[level].links.length).toBeGreaterThan(0);
        for (const link of d.advice[level].links) expect(link.href).toMatch(/^\/(guides|fiches)\/[a-z0-9-]+\/(#\S+)?$/);
      }
    }
  });

  it('follows French typography: narrow no-break spaces and curly apostrophes', () => {
    for (const text of strings(q)) {
      expect(text, text).not.toMatch(/'/);
      expect(text, text).not.toMatch(/[ \u00a0][;:!?]/);
      expect(text, text).not.toMatch(/«[ \u00a0]|[ \u00a0]»/);
      expect(text, text).not.toMatch(/\s{2,}/);
    }
  });

  it('has advice links to guides and fiches that exist', () => {
    for (const link of recommendationLinks(q)) {
      const [, kind, slug] = /^\/(guides|fiches)\/([a-z0-9-]+)\//.exec(link.href) ?? [];
      expect(existsSync(`content/${kind}/${slug}.mdx`), `${link.field} → ${link.href}`).toBe(true);
    }
  });

  it('round-trips any complete set of answers through a share code', () => {
    const answers: Record<string, Answer> = {};
    allStatements(q).forEach(
      ({ statement }, i) =>
        (answers[statement.id] = statement.mayNotApply ? 'na' : i % 7 === 6 ? 'unknown' : (((i % 5) + 1) as Answer)),
    );
    const code = encodeAnswers(q, answers);
    expect(decodeAnswers(q, code)).toEqual({ ok: true, answers });
    expect(code.length).toBeLessThanOrEqual(45);
    expect(scoreQuestionnaire(q, answers).dimensions.every((d) => d.status === 'scored')).toBe(true);
  });
});

/** Statement ids of each dimension, in order. */
function ids(q: Questionnaire): Record<string, string[]> {
  return Object.fromEntries(q.dimensions.map((d) => [d.id, d.statements.map((s) => s.id)]));
}
const flagged = (q: Questionnaire, flag: 'reversed' | 'mayNotApply') =>
  allStatements(q).filter(({ statement }) => statement[flag]).map(({ statement }) => statement.id);

describe('the contract of version 2', () => {
  it('cooperation: 48 statements, one idea each where version 1 had two', () => {
    expect(cooperation.version).toBe(2);
    expect(ids(cooperation)).toEqual({
      histoire: ['histoire-origines', 'histoire-deja-ensemble', 'histoire-au-dela', 'histoire-episodes', 'histoire-non-dits', 'histoire-membres', 'histoire-entree-sortie'],
      confiance: ['confiance-information', 'confiance-engagements', 'confiance-a-l-insu', 'confiance-desaccord', 'confiance-intentions', 'confiance-premier-pas'],
      vision: ['vision-deux-phrases', 'vision-meme-reponse', 'vision-texte', 'vision-texte-decider', 'vision-gain', 'vision-projet-d-un-seul', 'vision-debat'],
      gouvernance: ['gouvernance-qui-decide', 'gouvernance-roles', 'gouvernance-concentration', 'gouvernance-trace', 'gouvernance-regles-choisies', 'gouvernance-relais'],
      equite: ['equite-poids', 'equite-efforts', 'equite-retombees', 'equite-leses', 'equite-tensions', 'equite-recours'],
      temps: ['temps-rythme', 'temps-essoufflement', 'temps-temps-forts', 'temps-murir', 'temps-releve'],
      anticipation: ['anticipation-forme', 'anticipation-fiscalite', 'anticipation-personnel', 'anticipation-financements', 'anticipation-plus-tard', 'anticipation-conseil'],
      autonomie: ['autonomie-animer', 'autonomie-outils', 'autonomie-essai', 'autonomie-peur', 'autonomie-lecons'],
    });
    expect(statementCount(cooperation)).toBe(48);
  });

  it('cooperation: one reversed statement per dimension, none that penalises what the guides recommend', () => {
    expect(flagged(cooperation, 'reversed')).toEqual([
      'histoire-non-dits',
      'confiance-a-l-insu',
      'vision-projet-d-un-seul',
      'gouvernance-concentration',
      'equite-leses',
      'temps-essoufflement',
      'anticipation-plus-tard',
      'autonomie-peur',
    ]);
    // Members' own interest is a success factor (Wilder): it is asked for, not held against them.
    expect(allStatements(cooperation).find((s) => s.statement.id === 'vision-gain')?.statement.reversed).toBe(false);
  });

  it('cooperation: « sans objet » where the situation may not exist yet', () => {
    expect(flagged(cooperation, 'mayNotApply')).toEqual([
      'histoire-episodes',
      'vision-texte-decider',
      'equite-retombees',
      'equite-leses',
      'anticipation-personnel',
      'anticipation-financements',
      'autonomie-lecons',
    ]);
    expect(cooperation.notApplicable).toBe('Sans objet');
    expect(cooperation.notApplicable).not.toBe(cooperation.unknown);
  });

  it('posture: 34 statements, one idea each where version 1 had two', () => {
    expect(posture.version).toBe(2);
    expect(ids(posture)).toEqual({
      neutralite: ['neutralite-mandant', 'neutralite-mandat-implique', 'neutralite-preference', 'neutralite-comptes-rendus', 'neutralite-aparte'],
      equite: ['equite-voix-discretes', 'equite-formats', 'equite-influents'],
      facilitation: ['facilitation-but', 'facilitation-deroule', 'facilitation-methodes', 'facilitation-parole', 'facilitation-cloture'],
      conflits: ['conflits-reperer', 'conflits-nommer', 'conflits-cadre', 'conflits-evitement', 'conflits-mediation'],
      rythme: ['rythme-calendrier', 'rythme-echeance', 'rythme-temps-forts', 'rythme-signes-essoufflement', 'rythme-parler-essoufflement'],
      transmission: ['transmission-supports', 'transmission-animation', 'transmission-fin-annoncee', 'transmission-garder-la-main'],
      anticipation: ['anticipation-tot', 'anticipation-orienter', 'anticipation-tard', 'anticipation-veille'],
      erreur: ['erreur-droit', 'erreur-essais', 'erreur-risques'],
    });
    expect(statementCount(posture)).toBe(34);
  });

  it('posture: reversed statements and « sans objet »', () => {
    expect(flagged(posture, 'reversed')).toEqual([
      'neutralite-preference',
      'neutralite-aparte',
      'equite-influents',
      'facilitation-parole',
      'conflits-evitement',
      'rythme-echeance',
      'transmission-garder-la-main',
      'anticipation-tard',
      'erreur-risques',
    ]);
    expect(flagged(posture, 'mayNotApply')).toEqual(['conflits-nommer', 'rythme-echeance', 'rythme-parler-essoufflement']);
  });

  it('advice sends to sections that fit: availability, and speaking turns rather than the world café', () => {
    const hrefs = (q: QuestionnaireFile, dimension: string, level: 'fort' | 'discuter' | 'travailler') =>
      q.dimensions.find((d) => d.id === dimension)?.advice[level].links.map((l) => l.href);
    expect(hrefs(cooperation, 'temps', 'discuter')).toEqual([
      '/guides/temps-de-la-cooperation/#pourquoi-la-coopération-prend-plus-de-temps',
      '/guides/temps-de-la-cooperation/#suivre-le-rythme-du-collectif',
    ]);
    expect(hrefs(posture, 'equite', 'travailler')).toEqual([
      '/guides/posture-facilitateur/#attentif-à-léquité',
      '/guides/posture-facilitateur/#les-situations-délicates',
      '/fiches/meteo-interieure/#quand-lutiliser',
    ]);
  });
});

describe('cooperation coverage', () => {
  it('covers the points of attention of the brief', () => {
    expect(cooperation.dimensions.map((d) => d.id)).toEqual([
      'histoire',
      'confiance',
      'vision',
      'gouvernance',
      'equite',
      'temps',
      'anticipation',
      'autonomie',
    ]);
  });

  it('uses share codes of its own', () => {
    expect(cooperation.shareCode).not.toBe(posture.shareCode);
    expect(decodeAnswers(posture, encodeAnswers(cooperation, {}))).toMatchObject({ ok: false, error: 'kind' });
  });
});

describe('posture coverage', () => {
  it('covers the adviser’s posture', () => {
    expect(posture.dimensions.map((d) => d.id)).toEqual([
      'neutralite',
      'equite',
      'facilitation',
      'conflits',
      'rythme',
      'transmission',
      'anticipation',
      'erreur',
    ]);
  });
});
