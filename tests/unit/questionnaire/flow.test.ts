import { describe, expect, it } from 'vitest';
import { INITIAL_FLOW, questionnaireFlow, type FlowAction, type FlowState } from '../../../src/lib/questionnaire/flow.ts';
import { encodeAnswers } from '../../../src/lib/questionnaire/share.ts';
import { SHARE_MESSAGES, T } from '../../../src/lib/questionnaire/messages.ts';
import { forty } from './fixture.ts';

/** 8 dimensions « Dimension d0 » … « Dimension d7 » of 5 statements each. */
const q = forty();
const reduce = (state: FlowState, action: FlowAction) => questionnaireFlow(q, state, action);
/** The state after some actions from the introduction, without progress. */
const after = (...actions: FlowAction[]) => actions.reduce((s, a) => reduce(s, a).state, reduce(INITIAL_FLOW, { type: 'open' }).state);

const PROGRESS = { answers: { 'd0-s0': 4, 'd1-s2': 'unknown' }, step: 3 } as const;

describe('opening the tool', () => {
  it('shows the introduction without moving the focus when there is nothing to restore', () => {
    expect(reduce(INITIAL_FLOW, { type: 'open' })).toEqual({ state: { ...INITIAL_FLOW, screen: { kind: 'start' } }, effects: {} });
  });

  it('restores saved answers and the step to resume on', () => {
    const { state, effects } = reduce(INITIAL_FLOW, { type: 'open', progress: PROGRESS });
    expect(state).toMatchObject({ screen: { kind: 'start' }, answers: PROGRESS.answers, savedStep: 3 });
    expect(effects).toEqual({});
  });

  it('opens a shared result over the saved progress, and focuses it', () => {
    const code = encodeAnswers(q, { 'd2-s1': 5 }, 'Camille');
    const { state, effects } = reduce(INITIAL_FLOW, { type: 'open', progress: PROGRESS, code });
    expect(state.screen).toEqual({ kind: 'shared', answers: { 'd2-s1': 5 }, name: 'Camille' });
    expect(state.answers).toEqual(PROGRESS.answers);
    expect(effects).toEqual({ focusHeading: true });
  });

  it('reads a link as pasted links are read, without what an e-mail client appended', () => {
    const code = encodeAnswers(q, { 'd0-s0': 2 });
    expect(reduce(INITIAL_FLOW, { type: 'open', code: `${code}>.` }).state.screen).toEqual({ kind: 'shared', answers: { 'd0-s0': 2 } });
  });

  it('says why a shared result cannot be read, on screen and aloud', () => {
    const { state, effects } = reduce(INITIAL_FLOW, { type: 'open', code: '' });
    expect(state.screen).toEqual({ kind: 'shared-error', message: SHARE_MESSAGES.missing });
    expect(effects).toEqual({ focusHeading: true, announce: SHARE_MESSAGES.missing });
  });

  it('follows a share link opened later in the same page, keeping one’s own answers', () => {
    const mine = after({ type: 'step', index: 0 }, { type: 'answer', statementId: 'd0-s1', value: 2 });
    const code = encodeAnswers(q, { 'd0-s0': 1 });
    const { state, effects } = reduce(mine, { type: 'openShared', code });
    expect(state.screen).toEqual({ kind: 'shared', answers: { 'd0-s0': 1 } });
    expect(state.answers).toEqual({ 'd0-s1': 2 });
    expect(effects).toEqual({ focusHeading: true });
  });
});

describe('answering', () => {
  it('saves each answer with the dimension being answered as the step to resume on', () => {
    const { state, effects } = reduce(after({ type: 'step', index: 2 }), { type: 'answer', statementId: 'd2-s0', value: 'unknown' });
    expect(state.answers).toEqual({ 'd2-s0': 'unknown' });
    expect(state.savedStep).toBe(2);
    expect(effects).toEqual({ save: true });
  });

  it('replaces a previous answer to the same statement', () => {
    const s = after({ type: 'step', index: 0 }, { type: 'answer', statementId: 'd0-s0', value: 1 }, { type: 'answer', statementId: 'd0-s0', value: 5 });
    expect(s.answers).toEqual({ 'd0-s0': 5 });
  });

  it('keeps the step to resume on when an answer comes from another screen', () => {
    const results = after({ type: 'results' });
    expect(reduce(results, { type: 'answer', statementId: 'd0-s0', value: 3 }).state.savedStep).toBe(8);
  });

  it('adds the first name for the share link', () => {
    expect(reduce(after(), { type: 'name', name: 'Sam' })).toEqual({ state: { ...after(), name: 'Sam' }, effects: {} });
  });
});

describe('moving between screens', () => {
  it('opens a dimension: saved as the step to resume on, announced, focused', () => {
    const { state, effects } = reduce(after(), { type: 'step', index: 1 });
    expect(state.screen).toEqual({ kind: 'step', index: 1 });
    expect(state.savedStep).toBe(1);
    expect(effects).toEqual({ save: true, focusHeading: true, announce: T.announceStep(2, 8, 'Dimension d1') });
    expect(effects.announce).toBe('Étape 2 sur 8\u202f: Dimension d1.');
  });

  it('goes to the next dimension, then to the results from the last one', () => {
    expect(reduce(after({ type: 'step', index: 3 }), { type: 'next' }).state.screen).toEqual({ kind: 'step', index: 4 });
    const { state, effects } = reduce(after({ type: 'step', index: 7 }), { type: 'next' });
    expect(state.screen).toEqual({ kind: 'results' });
    expect(state.savedStep).toBe(8);
    expect(effects).toEqual({ save: true, focusHeading: true });
  });

  it('goes back a dimension, then to the introduction (unsaved) from the first one', () => {
    const back = reduce(after({ type: 'step', index: 3 }), { type: 'previous' });
    expect(back.state.screen).toEqual({ kind: 'step', index: 2 });
    expect(back.effects.save).toBe(true);
    const { state, effects } = reduce(after({ type: 'step', index: 0 }), { type: 'previous' });
    expect(state.screen).toEqual({ kind: 'start' });
    expect(state.savedStep).toBe(0);
    expect(effects).toEqual({ focusHeading: true });
  });

  it('ignores previous and next outside a dimension’s screen', () => {
    const results = after({ type: 'results' });
    expect(reduce(results, { type: 'next' })).toEqual({ state: results, effects: {} });
    expect(reduce(results, { type: 'previous' })).toEqual({ state: results, effects: {} });
  });

  it('resumes on the saved dimension, or on the results once every dimension was seen', () => {
    const opened = reduce(INITIAL_FLOW, { type: 'open', progress: PROGRESS }).state;
    expect(reduce(opened, { type: 'resume' }).state.screen).toEqual({ kind: 'step', index: 3 });
    const finished = reduce(INITIAL_FLOW, { type: 'open', progress: { ...PROGRESS, step: 8 } }).state;
    expect(reduce(finished, { type: 'resume' }).state.screen).toEqual({ kind: 'results' });
  });

  it('leaves a shared result for one’s own questionnaire and clears the link from the address', () => {
    const shared = reduce(INITIAL_FLOW, { type: 'open', progress: PROGRESS, code: encodeAnswers(q, {}) }).state;
    const { state, effects } = reduce(shared, { type: 'leaveShared' });
    expect(state).toMatchObject({ screen: { kind: 'start' }, answers: PROGRESS.answers, savedStep: 3 });
    expect(effects).toEqual({ clearFragment: true, focusHeading: true });
  });
});

describe('erasing', () => {
  const filled = after(
    { type: 'step', index: 0 },
    { type: 'answer', statementId: 'd0-s0', value: 4 },
    { type: 'results' },
    { type: 'name', name: 'Camille' },
  );

  it('asks for confirmation first', () => {
    expect(reduce(filled, { type: 'askErase' })).toEqual({ state: { ...filled, confirmErase: true }, effects: {} });
  });

  it('gives the focus back to the erase button when cancelled', () => {
    const asked = reduce(filled, { type: 'askErase' }).state;
    expect(reduce(asked, { type: 'cancelErase' })).toEqual({ state: filled, effects: { restoreEraseFocus: true } });
  });

  it('closes the confirmation when the screen changes', () => {
    const asked = reduce(filled, { type: 'askErase' }).state;
    expect(reduce(asked, { type: 'step', index: 0 }).state.confirmErase).toBe(false);
  });

  it('forgets the answers, the step and the name, and says so', () => {
    const { state, effects } = reduce(reduce(filled, { type: 'askErase' }).state, { type: 'erase' });
    expect(state).toEqual({ ...INITIAL_FLOW, screen: { kind: 'start' } });
    expect(effects).toEqual({ forget: true, focusHeading: true, announce: T.erased });
  });
});
