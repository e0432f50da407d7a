/**
 * « Mode atelier »: one device passed from hand to hand. Turns, anonymous numbering, first names
 * told apart, removal, the stored session read back (and refused with a French message when it
 * cannot be), the export the synthesis page imports, and the screens' reducer.
 */
import { describe, expect, it } from 'vitest';
import {
  collectFromFile,
  decodeResult,
  synthesizeResults,
  type Answers,
  type Questionnaire,
} from '../../../src/lib/questionnaire/index.ts';
import {
  abandonTurn,
  answerTurn,
  decodeSession,
  finishTurn,
  MAX_WORKSHOP_MEMBERS,
  memberLabel,
  newSession,
  removeMember,
  serializeSession,
  sessionExport,
  sessionVersions,
  startTurn,
  turnAtStep,
  workshopResults,
  type WorkshopSession,
} from '../../../src/lib/questionnaire/workshop.ts';
import { openWorkshop, workshopFlow, type WorkshopAction, type WorkshopState } from '../../../src/lib/questionnaire/workshop-flow.ts';
import { WORKSHOP_MESSAGES } from '../../../src/lib/questionnaire/workshop-messages.ts';
import { forty } from './fixture.ts';
import { site } from './real.ts';

const Q: Questionnaire = forty(2);
const T0 = new Date('2026-12-01T09:00:00.000Z');
const T1 = new Date('2026-12-01T09:20:00.000Z');
const allAnswers = (value: 1 | 2 | 3 | 4 | 5): Answers =>
  Object.fromEntries(Q.dimensions.flatMap((d) => d.statements.map((s) => [s.id, value])));

/** A member's whole turn: first name, answers, finish. */
function turn(session: WorkshopSession, name: string, answers: Answers, q: Questionnaire = Q): WorkshopSession {
  const started = startTurn(session, q, name);
  if (!started.ok) throw new Error(started.message);
  let s = started.session;
  for (const [id, value] of Object.entries(answers)) s = answerTurn(s, id, value);
  return finishTurn(s, T1);
}

describe('a workshop session', () => {
  it('numbers anonymous members in order, never twice, and labels the named ones by first name', () => {
    let s = newSession(Q, T0);
    s = turn(s, '', allAnswers(4));
    s = turn(s, '  Camille  ', allAnswers(2));
    s = turn(s, '', allAnswers(5));
    expect(s.members.map(memberLabel)).toEqual(['Anonyme 1', 'Camille', 'Anonyme 2']);
    expect(s.members.map((m) => m.id)).toEqual([1, 2, 3]);
    s = removeMember(s, 1);
    s = turn(s, '', allAnswers(3));
    // « Anonyme 2 » keeps its number; the newcomer does not take the removed member's.
    expect(s.members.map(memberLabel)).toEqual(['Camille', 'Anonyme 2', 'Anonyme 3']);
    expect(s.members.map((m) => m.id)).toEqual([2, 3, 4]);
  });

  it('refuses a first name already in the session (whatever its case or accents) and the anonymous labels', () => {
    const s = turn(newSession(Q, T0), 'Zoé', allAnswers(3));
    const twice = startTurn(s, Q, 'zoe');
    expect(twice).toEqual({ ok: false, message: WORKSHOP_MESSAGES.nameTaken('zoe') });
    expect(twice.ok ? '' : twice.message).toContain('\u202f»');
    expect(startTurn(s, Q, 'Anonyme 4')).toEqual({ ok: false, message: WORKSHOP_MESSAGES.nameReserved });
    expect(startTurn(s, Q, 'Zoé B.').ok).toBe(true);
  });

  it(`stops at ${MAX_WORKSHOP_MEMBERS} members`, () => {
    let s = newSession(Q, T0);
    for (let i = 0; i < MAX_WORKSHOP_MEMBERS; i += 1) s = turn(s, '', {});
    expect(startTurn(s, Q, 'Un de plus')).toEqual({ ok: false, message: WORKSHOP_MESSAGES.full(MAX_WORKSHOP_MEMBERS) });
  });

  it('keeps the answers of a turn out of the members until it is finished, and drops them when abandoned', () => {
    const started = startTurn(newSession(Q, T0), Q, 'Malik');
    if (!started.ok) throw new Error(started.message);
    const answering = answerTurn(started.session, 'd0-s0', 5);
    expect(answering.members).toEqual([]);
    expect(answering.turn?.answers).toEqual({ 'd0-s0': 5 });
    expect(abandonTurn(answering)).toEqual({ ...answering, turn: undefined });
    const done = finishTurn(answering, T1);
    expect(done.turn).toBeUndefined();
    expect(done.members).toEqual([{ id: 1, name: 'Malik', anonymous: undefined, version: 2, answers: { 'd0-s0': 5 }, finishedAt: T1 }]);
  });

  it('gives the synthesis its members, labelled as on the device', () => {
    let s = newSession(Q, T0);
    s = turn(s, 'Camille', allAnswers(1));
    s = turn(s, '', allAnswers(5));
    const { synthesis } = synthesizeResults(Q, workshopResults(s, Q));
    expect(synthesis.members.map((m) => m.label)).toEqual(['Camille', 'Anonyme 1']);
    // Every statement: one « pas du tout d’accord », one « tout à fait »: the widest spread.
    expect(synthesis.statements[0]?.summary).toMatchObject({ n: 2, min: 1, max: 5 });
    expect(synthesis.discussionPoints.length).toBeGreaterThan(0);
  });
});

describe('the stored session', () => {
  const full = (() => {
    let s = newSession(Q, T0);
    s = turn(s, 'Camille', allAnswers(4));
    s = turn(s, '', { 'd0-s0': 'unknown', 'd1-s2': 2 });
    const started = startTurn(s, Q, 'Malik');
    if (!started.ok) throw new Error(started.message);
    return turnAtStep(answerTurn(started.session, 'd3-s1', 3), 3);
  })();

  it('is read back as it was written, turn in progress included', () => {
    expect(decodeSession(Q, serializeSession(full))).toEqual({ status: 'ok', session: full });
    expect(decodeSession(Q, null)).toEqual({ status: 'empty' });
    expect(decodeSession(Q, '')).toEqual({ status: 'empty' });
  });

  const stored = () => JSON.parse(serializeSession(full)) as Record<string, unknown> & { members: Record<string, unknown>[] };
  const refused = (data: unknown) => decodeSession(Q, typeof data === 'string' ? data : JSON.stringify(data));

  it('is refused with a French message when damaged, and erased', () => {
    for (const bad of [
      '{',
      'null',
      '[]',
      { ...stored(), kind: 'autre' },
      { ...stored(), format: 0 },
      { ...stored(), startedAt: 'hier' },
      { ...stored(), anonymous: 0 },
      { ...stored(), members: [...stored().members, stored().members[0]] },
      { ...stored(), members: [{ ...stored().members[0], answers: { 'd0-s0': 6 } }] },
      { ...stored(), members: [{ ...stored().members[0], answers: { inconnue: 1 } }] },
      { ...stored(), members: [{ ...stored().members[0], answers: { 'd0-s0': 'na' } }] },
      { ...stored(), members: [{ ...stored().members[0], name: ' Camille' }] },
      { ...stored(), members: [{ ...stored().members[1], anonymous: undefined }] },
      { ...stored(), turn: { name: 'Malik', version: 2, step: -1, answers: {} } },
      'x'.repeat(500_000),
    ]) {
      expect(refused(bad), JSON.stringify(bad).slice(0, 120)).toEqual({ status: 'ignored', reason: 'corrupt', message: WORKSHOP_MESSAGES.stored.corrupt, keep: false });
    }
    expect(WORKSHOP_MESSAGES.stored.corrupt).toMatch(/^La session d’atelier enregistrée sur cet appareil était illisible/);
  });

  it('of another questionnaire, or of a version this page no longer reads, is refused; a newer one is kept', () => {
    expect(refused({ ...stored(), questionnaire: 'posture' })).toMatchObject({ status: 'ignored', reason: 'other', keep: false });
    expect(refused({ ...stored(), members: [{ ...stored().members[0], version: 1 }] })).toMatchObject({ status: 'ignored', reason: 'outdated', keep: false });
    expect(refused({ ...stored(), members: [{ ...stored().members[0], version: 3 }] })).toMatchObject({ status: 'ignored', reason: 'newer', keep: true });
    expect(refused({ ...stored(), format: 2 })).toMatchObject({ status: 'ignored', reason: 'newer', keep: true, message: WORKSHOP_MESSAGES.stored.newer });
  });

  it('holds members of an earlier version the questionnaire keeps, and the synthesis compares them as it does links', () => {
    const q = site('cooperation');
    const v1 = q.earlierVersions![0]!;
    const data = {
      format: 1,
      kind: 'atelier',
      questionnaire: 'cooperation',
      startedAt: T0.toISOString(),
      anonymous: 0,
      members: [
        { id: 1, name: 'Zoé', version: 1, finishedAt: T1.toISOString(), answers: { 'histoire-origines': 5 } },
        { id: 2, name: 'Malik', version: 2, finishedAt: T1.toISOString(), answers: { 'histoire-origines': 1 } },
      ],
      turn: { name: '', version: 1, step: 5, answers: { 'histoire-origines': 4 } },
    };
    const raw = JSON.stringify(data);
    expect(sessionVersions(raw)).toEqual([1, 2, 1]);
    // Without its earlier versions loaded, the page cannot read it.
    const { earlierVersions: _, ...current } = q;
    expect(decodeSession(current, raw)).toMatchObject({ status: 'ignored', reason: 'outdated' });
    const decoded = decodeSession(q, raw);
    if (decoded.status !== 'ok') throw new Error(decoded.status);
    // The turn in progress goes on in the current version, from its first screen.
    expect(decoded.session.turn).toEqual({ name: '', version: 2, step: 0, answers: { 'histoire-origines': 4 } });
    const results = workshopResults(decoded.session, q);
    expect(results.map((r) => r.questionnaire.version)).toEqual([v1.version, 2]);
    const versioned = synthesizeResults(q, results);
    expect(versioned.earlier.map((m) => m.label)).toEqual(['Zoé']);
    expect(versioned.synthesis.statements.find((s) => s.statement.id === 'histoire-origines')?.summary).toMatchObject({ n: 2, min: 1, max: 5 });
  });

  it('is exported as a file with each member’s result link, which the synthesis page imports', () => {
    const file = sessionExport(full, Q, T1, (code) => `https://exemple.org/outils/test/#r=${code}`);
    const data = JSON.parse(file) as { type: string; membres: { libelle: string; prenom?: string; code: string; lien: string; reponses: Answers }[] };
    expect(data.type).toBe('atelier');
    expect(data.membres.map((m) => [m.libelle, m.prenom])).toEqual([['Camille', 'Camille'], ['Anonyme 1', undefined]]);
    for (const [i, m] of data.membres.entries()) {
      expect(m.lien).toBe(`https://exemple.org/outils/test/#r=${m.code}`);
      const decoded = decodeResult(Q, m.code);
      expect(decoded.ok && decoded.answers).toEqual(full.members[i]?.answers);
    }
    const collected = collectFromFile(Q, 'atelier.json', file);
    expect(collected.problems).toEqual([]);
    expect(collected.entries.map((e) => [e.source, e.name])).toEqual([
      ['le fichier «\u202fatelier.json\u202f», membre 1', 'Camille'],
      ['le fichier «\u202fatelier.json\u202f», membre 2', undefined],
    ]);
  });
});

describe('the workshop screens', () => {
  const run = (state: WorkshopState, ...actions: WorkshopAction[]) =>
    actions.reduce<{ state: WorkshopState; effects: object[] }>(
      (acc, action) => {
        const next = workshopFlow(Q, acc.state, action, T1);
        return { state: next.state, effects: [...acc.effects, next.effects] };
      },
      { state, effects: [] },
    );
  const start = openWorkshop(newSession(Q, T0));
  const toEnd = Array.from({ length: Q.dimensions.length }, (): WorkshopAction => ({ type: 'next' }));

  it('takes a member from the first name to the hand-over screen, saving as it goes', () => {
    const answers = Object.entries(allAnswers(3)).map(([statementId, value]): WorkshopAction => ({ type: 'answer', statementId, value }));
    const { state, effects } = run(start, { type: 'nextMember' }, { type: 'identify', name: 'Camille' }, ...answers, ...toEnd);
    expect(state.screen).toEqual({ kind: 'handover' });
    expect(state.session.members.map(memberLabel)).toEqual(['Camille']);
    expect(state.session.turn).toBeUndefined();
    expect(effects.at(-1)).toEqual({ save: true, focusHeading: true, announce: WORKSHOP_MESSAGES.finished });
    // From the hand-over screen, the next member starts with an empty form.
    const next = run(state, { type: 'nextMember' });
    expect(next.state.screen).toEqual({ kind: 'identify' });
  });

  it('asks before finishing a turn with few answers', () => {
    const { state } = run(start, { type: 'nextMember' }, { type: 'identify', name: '' }, { type: 'answer', statementId: 'd0-s0', value: 4 }, ...toEnd);
    expect(state.screen).toEqual({ kind: 'sparse' });
    expect(state.session.members).toEqual([]);
    expect(run(state, { type: 'backToQuestions' }).state.screen).toEqual({ kind: 'step', index: Q.dimensions.length - 1 });
    const finished = run(state, { type: 'finish' }).state;
    expect(finished.screen).toEqual({ kind: 'handover' });
    expect(finished.session.members.map(memberLabel)).toEqual(['Anonyme 1']);
  });

  it('says why a first name is refused, and stays on the screen', () => {
    const withCamille = openWorkshop(turn(newSession(Q, T0), 'Camille', {}));
    const { state, effects } = run(withCamille, { type: 'nextMember' }, { type: 'identify', name: 'camille' });
    expect(state.screen).toEqual({ kind: 'identify' });
    expect(state.error).toBe(WORKSHOP_MESSAGES.nameTaken('camille'));
    expect(effects.at(-1)).toEqual({ announce: WORKSHOP_MESSAGES.nameTaken('camille') });
  });

  it('shows the synthesis only with members, and erases, removes or abandons after a confirmation', () => {
    expect(run(start, { type: 'synthesis' }).state.screen).toEqual({ kind: 'overview' });
    const two = openWorkshop(turn(turn(newSession(Q, T0), 'Camille', {}), '', {}));
    expect(run(two, { type: 'synthesis' }).state.screen).toEqual({ kind: 'synthesis' });

    const removed = run(two, { type: 'ask', confirm: { kind: 'remove', id: 1 } }, { type: 'confirm' });
    expect(removed.state.session.members.map(memberLabel)).toEqual(['Anonyme 1']);
    expect(removed.effects.at(-1)).toMatchObject({ save: true, announce: WORKSHOP_MESSAGES.removed('Camille') });

    const cancelled = run(two, { type: 'ask', confirm: { kind: 'erase' } }, { type: 'cancel' });
    expect(cancelled.state).toEqual(two);
    const erased = run(two, { type: 'ask', confirm: { kind: 'erase' } }, { type: 'confirm' });
    expect(erased.effects.at(-1)).toEqual({ forget: true, exit: true, announce: WORKSHOP_MESSAGES.erased });

    const answering = run(two, { type: 'nextMember' }, { type: 'identify', name: 'Malik' }, { type: 'previous' });
    expect(answering.state.screen).toEqual({ kind: 'overview' });
    expect(answering.state.session.turn?.name).toBe('Malik');
    // Back to the turn where it stood, then abandoned.
    expect(run(answering.state, { type: 'nextMember' }).state.screen).toEqual({ kind: 'step', index: 0 });
    const abandoned = run(answering.state, { type: 'ask', confirm: { kind: 'abandon' } }, { type: 'confirm' });
    expect(abandoned.state.session.turn).toBeUndefined();
    expect(abandoned.state.session.members).toHaveLength(2);
  });
});
