/**
 * Earlier versions of the questionnaires: links and saved answers of version 1 still open, with the
 * statements and scores of version 1; a synthesis of members of versions 1 and 2 compares only the
 * statements that stayed the same, and says what it left out. The links of tests/unit/golden are
 * those version 1 actually sent.
 */
import { describe, expect, it } from 'vitest';
import {
  allStatements,
  carryAnswers,
  collectFromText,
  compareVersions,
  decodePastedResult,
  decodeResult,
  encodeAnswers,
  parseProgress,
  scoreQuestionnaire,
  serializeProgress,
  splitQuestionnaire,
  synthesisCsv,
  synthesizeResults,
  versionProblems,
  withEarlierVersions,
  type Answer,
  type Answers,
  type EarlierVersion,
  type Questionnaire,
} from '../../../src/lib/questionnaire/index.ts';
import { current, frozen, site } from './real.ts';
import { INITIAL_FLOW, questionnaireFlow } from '../../../src/lib/questionnaire/flow.ts';
import { ANSWERS_LINKS, STATEMENT_ORDER } from '../golden/share-links.v1.ts';
import { dimension, questionnaire } from './fixture.ts';

const cooperation = site('cooperation');
const posture = site('posture');
const v1 = (q: Questionnaire) => q.earlierVersions?.[0] as Questionnaire;
const golden = (label: string) => ANSWERS_LINKS.find((g) => g.questionnaire === 'cooperation' && g.label === label)!;

describe('the frozen version 1', () => {
  it.each([['cooperation', cooperation], ['posture', posture]] as const)('%s: fits the current version, same statements and order as the links sent', (id, q) => {
    expect(versionProblems(current(id), [frozen(id, 1)])).toEqual([]);
    expect(q.version).toBe(2);
    expect(v1(q)).toMatchObject({ version: 1, replacedBy: 2, shareCode: STATEMENT_ORDER[id].shareCode });
    expect(allStatements(v1(q)).map((s) => s.statement.id)).toEqual(STATEMENT_ORDER[id].statements);
    // Labels are the current version's, and so is the advice: looked up by dimension, each of
    // version 1's dimensions is one of the current version's.
    expect(v1(q)).toMatchObject({ levels: q.levels, scale: q.scale, unknown: q.unknown });
    const extras = splitQuestionnaire(current(id), [frozen(id, 1)]).extras;
    for (const d of v1(q).dimensions) expect(extras.advice[d.id], d.id).toEqual(current(id).dimensions.find((c) => c.id === d.id)?.advice);
    expect(v1(q).earlierVersions).toBeUndefined();
  });

  it('records which statements changed between version 1 and version 2', () => {
    const coop = compareVersions(v1(cooperation), cooperation);
    expect(coop.removed.map((s) => s.id)).toEqual([
      'histoire-perimetre',
      'confiance-petit-comite',
      'confiance-garanties',
      'vision-ecrite',
      'vision-interet-propre',
      'equite-partage',
    ]);
    expect(coop.added).toHaveLength(10);
    expect(coop.kept).toHaveLength(38);
    const post = compareVersions(v1(posture), posture);
    expect(post.removed.map((s) => s.id)).toEqual([
      'neutralite-mandat',
      'equite-parole',
      'facilitation-objectif',
      'conflits-signaux',
      'rythme-essoufflement',
      'transmission-dependance',
    ]);
    expect(post.added).toHaveLength(11);
    expect(post.kept).toHaveLength(23);
  });
});

describe('version-1 links on the version-2 pages', () => {
  it.each(ANSWERS_LINKS.map((g) => [`${g.questionnaire} ${g.label}`, g] as const))('%s opens with the version-1 statements', (_, g) => {
    const q = g.questionnaire === 'cooperation' ? cooperation : posture;
    const decoded = decodePastedResult(q, `https://example.org${g.link}`);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.questionnaire).toBe(v1(q));
    expect(decoded.answers).toEqual(g.answers);
    expect(decoded.name).toBe(g.name);
    // The same link, made again from the version-1 statements.
    expect(g.link.endsWith(encodeAnswers(decoded.questionnaire, decoded.answers, decoded.name))).toBe(true);
  });

  it('scores them on the version-1 statements', () => {
    const g = golden('complete-with-name');
    const decoded = decodePastedResult(cooperation, g.link);
    if (!decoded.ok) throw new Error(decoded.message);
    const confiance = scoreQuestionnaire(decoded.questionnaire, decoded.answers).dimensions.find((d) => d.dimension.id === 'confiance');
    // 4, 4, petit comité 2 reversed to 4, 3, 5, garanties « je ne sais pas »: (4 + 4 + 4 + 3 + 5) / 5.
    expect(confiance).toMatchObject({ status: 'scored', rated: 5, unknown: 1, total: 6, mean: 4, score: 75, level: 'fort' });
  });

  it('opens a shared version-1 result in the tool, marked as an earlier version', () => {
    const g = golden('complete-with-name');
    const code = g.link.slice(g.link.indexOf('#r=') + 3);
    const { state } = questionnaireFlow(cooperation, INITIAL_FLOW, { type: 'open', code });
    expect(state.screen).toMatchObject({ kind: 'shared', name: g.name, answers: g.answers });
    expect(state.screen.kind === 'shared' && state.screen.earlier?.version).toBe(1);
    const own = questionnaireFlow(cooperation, INITIAL_FLOW, { type: 'open', code: encodeAnswers(cooperation, { 'histoire-membres': 4 }) });
    expect(own.state.screen).toEqual({ kind: 'shared', answers: { 'histoire-membres': 4 } });
    expect(own.state.screen.kind === 'shared' && own.state.screen.earlier).toBeUndefined();
  });

  it('refuses a version it does not keep, or a newer one, with a French message', () => {
    const without = current('cooperation');
    expect(decodePastedResult(without, golden('complete-with-name').link)).toMatchObject({ ok: false, error: 'outdated' });
    const newer = encodeAnswers({ ...without, version: 3 }, {});
    const r = decodeResult(cooperation, newer);
    expect(r).toMatchObject({ ok: false, error: 'newer' });
    expect(!r.ok && r.message).toMatch(/version plus récente/);
  });
});

describe('answers saved with version 1', () => {
  it('are carried to the statements that stayed the same, with a message', () => {
    const saved = serializeProgress(v1(cooperation), golden('complete-with-name').answers, 5, new Date('2026-11-30T10:00:00Z'));
    const parsed = parseProgress(cooperation, saved);
    expect(parsed.status).toBe('ok');
    if (parsed.status !== 'ok') return;
    expect(Object.keys(parsed.progress.answers)).toHaveLength(38);
    expect(parsed.progress.answers['histoire-origines']).toBe(4);
    expect(parsed.progress.answers).not.toHaveProperty('histoire-perimetre');
    // Resume on the first dimension with a new statement: histoire.
    expect(parsed.progress.step).toBe(0);
    expect(parsed.message).toMatch(/version 1, désormais version 2/);
    expect(parsed.message).toMatch(/10\saffirmations nouvelles ou réécrites attendent votre réponse/);
  });
});

describe('a synthesis of one version-1 member and two version-2 members', () => {
  const q = cooperation;
  const v2 = (f: (i: number, id: string) => Answer): Answers =>
    Object.fromEntries(allStatements(q).map(({ statement }, i) => [statement.id, f(i, statement.id)]));
  const zoe = golden('complete-with-name');
  const links = [
    zoe.link,
    `Malik : /outils/autodiagnostic-cooperation/#r=${encodeAnswers(q, v2(() => 4))}`,
    encodeAnswers(q, v2((i, id) => (id === 'histoire-episodes' ? 'na' : i % 2 === 0 ? 2 : 3)), 'Inès'),
  ];
  const collected = collectFromText(q, links.join('\n'));
  const result = synthesizeResults(q, collected.entries);
  const stats = (id: string) => result.synthesis.statements.find((s) => s.statement.id === id)!;
  const dim = (id: string) => result.synthesis.dimensions.find((d) => d.dimension.id === id)!;

  it('reads each link with its version and follows the newest', () => {
    expect(collected.problems).toEqual([]);
    expect(collected.entries.map((e) => [e.name, e.questionnaire.version])).toEqual([
      ['Zoé d’Aubigné', 1],
      ['Malik', 2],
      ['Inès', 2],
    ]);
    expect(result.questionnaire).toBe(q);
  });

  it('says what it left out for the version-1 member', () => {
    expect(result.earlier).toHaveLength(1);
    const [member] = result.earlier;
    expect(member).toMatchObject({ label: 'Zoé d’Aubigné', version: 1, kept: 38, dropped: 6 });
    expect(member!.leftOut.map((s) => s.id)).toEqual(compareVersions(v1(q), q).added.map((s) => s.id));
  });

  it('compares answers only on the statements that stayed the same', () => {
    expect(stats('histoire-origines')).toMatchObject({ summary: { n: 3 }, notAsked: 0, unanswered: 0 });
    expect(stats('histoire-origines').answers).toEqual([4, 4, 2]);
    expect(stats('histoire-membres')).toMatchObject({ summary: { n: 2 }, notAsked: 1, unanswered: 0 });
    expect(stats('histoire-membres').answers).toEqual([undefined, 4, 3]);
    expect(stats('histoire-episodes')).toMatchObject({ summary: { n: 2 }, notApplicable: 1 });
  });

  it('scores a dimension for the version-1 member only if half of it was asked and rated', () => {
    // Confiance: 4 of its 6 statements are unchanged and Zoé rated them all.
    expect(dim('confiance')).toMatchObject({ summary: { n: 3 }, insufficient: 0 });
    // Vision: 3 of 7 unchanged, too few for Zoé.
    expect(dim('vision')).toMatchObject({ summary: { n: 2 }, insufficient: 1 });
  });

  it('names the version-1 member and the statements not asked in the CSV', () => {
    const lines = synthesisCsv(q, result.synthesis, new Date(0), result.earlier).split('\r\n');
    expect(lines).toContain('Membres d’une version antérieure;Zoé d’Aubigné (version 1)');
    expect(lines.find((l) => l.includes('Je sais qui fait partie du collectif aujourd’hui.'))).toMatch(/;0;0;0;1;non posée;4;3$/);
  });

  it('follows version 1 when every member answered version 1', () => {
    const old = synthesizeResults(q, collectFromText(q, zoe.link).entries);
    expect(old.questionnaire).toBe(v1(q));
    expect(old.earlier).toEqual([]);
    expect(old.synthesis.statements.map((s) => s.statement.id)).toEqual(STATEMENT_ORDER.cooperation.statements);
  });
});

describe('versionProblems', () => {
  const now = questionnaire([dimension('a', [{ id: 'a1' }, { id: 'a2' }]), dimension('b', [{ id: 'b1' }])], 3, 'test');
  const old = (patch: Partial<EarlierVersion> = {}): EarlierVersion => ({
    version: 1,
    shareCode: 'test',
    dimensions: [{ id: 'a', title: 'A', statements: [{ id: 'a1', text: 'Affirmation a1', reversed: false }, { id: 'a0', text: 'Retirée', reversed: false }] }],
    ...patch,
  });

  it('accepts frozen versions that fit', () => {
    expect(versionProblems(now, [old(), old({ version: 2 })])).toEqual([]);
  });

  it('refuses an id reworded, a dimension gone, another share code, a version not earlier or twice', () => {
    const reworded = old({ dimensions: [{ id: 'a', title: 'A', statements: [{ id: 'a1', text: 'Autre texte', reversed: false }] }] });
    expect(versionProblems(now, [reworded])).toEqual([
      'l’affirmation «\u202fa1\u202f» n’a pas le même texte dans la version 1 et dans la version 3\u202f: une affirmation réécrite doit prendre un nouvel identifiant',
    ]);
    const turned = old({ dimensions: [{ id: 'a', title: 'A', statements: [{ id: 'a1', text: 'Affirmation a1', reversed: true }] }] });
    expect(versionProblems(now, [turned])).toHaveLength(1);
    const between = old({ version: 2, dimensions: [{ id: 'a', title: 'A', statements: [{ id: 'a0', text: 'Autre', reversed: false }] }] });
    expect(versionProblems(now, [old(), between])[0]).toMatch(/«\u202fa0\u202f» n’a pas le même texte dans la version 1 et dans la version 2/);
    expect(versionProblems(now, [old({ dimensions: [{ id: 'z', title: 'Z', statements: [{ id: 'z1', text: 'Z', reversed: false }] }] })])[0]).toMatch(/dimension «\u202fz\u202f»/);
    expect(versionProblems(now, [old({ shareCode: 'autre' })])[0]).toMatch(/shareCode/);
    expect(versionProblems(now, [old({ version: 3 })])[0]).toMatch(/n’est pas antérieure/);
    expect(versionProblems(now, [old(), old()])).toEqual(['la version 1 est figée deux fois']);
  });

  it('carries only the answers to statements worded the same', () => {
    const earlier = withEarlierVersions(now, [old()]).earlierVersions![0]!;
    expect(carryAnswers(earlier, now, { a1: 5, a0: 2 })).toEqual({ a1: 5 });
  });
});
