/**
 * The questionnaire tool's flow as a pure reducer: the screen shown (introduction, one screen per
 * dimension, results, a shared result or its error), the answers, the step to resume on, the
 * erase confirmation and the first name for the share link.
 *
 * The reducer also says which side effects the change calls for — save or forget the progress,
 * move the focus to the new screen's heading or back to the erase button, announce a message,
 * clear the share fragment from the address — and the island performs them.
 */
import { decodePastedResult, shareFragment } from './share.ts';
import { T } from './messages.ts';
import type { Answer, Answers, Questionnaire } from './types.ts';

export type Screen =
  | { readonly kind: 'loading' }
  | { readonly kind: 'start' }
  | { readonly kind: 'step'; readonly index: number }
  | { readonly kind: 'results' }
  | {
      readonly kind: 'shared';
      readonly answers: Answers;
      readonly name?: string | undefined;
      /** The earlier version the link was made with; absent for the current version. */
      readonly earlier?: Questionnaire | undefined;
    }
  | { readonly kind: 'shared-error'; readonly message: string };

export interface FlowState {
  readonly screen: Screen;
  readonly answers: Answers;
  /** The screen to resume on: a dimension index, or the number of dimensions for the results. */
  readonly savedStep: number;
  /** Whether the « erase my answers » confirmation is open. */
  readonly confirmErase: boolean;
  /** First name added to the share link, where the tool offers it. */
  readonly name: string;
}

export type FlowAction =
  /** The page runs: saved progress, if any, and the code after `#r=` in the address, if any. */
  | { readonly type: 'open'; readonly progress?: { readonly answers: Answers; readonly step: number } | undefined; readonly code?: string | undefined }
  /** The address changed to a result link: the code after `#r=`. */
  | { readonly type: 'openShared'; readonly code: string }
  | { readonly type: 'answer'; readonly statementId: string; readonly value: Answer }
  | { readonly type: 'step'; readonly index: number }
  /** From a dimension's screen: the previous one, or the introduction from the first. */
  | { readonly type: 'previous' }
  /** From a dimension's screen: the next one, or the results from the last. */
  | { readonly type: 'next' }
  | { readonly type: 'results' }
  /** The saved step: a dimension, or the results. */
  | { readonly type: 'resume' }
  | { readonly type: 'askErase' }
  | { readonly type: 'cancelErase' }
  | { readonly type: 'erase' }
  /** From a shared result to one's own questionnaire. */
  | { readonly type: 'leaveShared' }
  | { readonly type: 'name'; readonly name: string };

export interface FlowEffects {
  /** Save the answers and the step to resume on. */
  readonly save?: true;
  /** Forget the saved progress. */
  readonly forget?: true;
  /** Focus the new screen's heading once it has rendered. */
  readonly focusHeading?: true;
  /** Focus the button that opened the erase confirmation, now closed. */
  readonly restoreEraseFocus?: true;
  /** A polite announcement. */
  readonly announce?: string;
  /** Remove the share fragment from the address. */
  readonly clearFragment?: true;
}

export interface FlowResult {
  readonly state: FlowState;
  readonly effects: FlowEffects;
}

export const INITIAL_FLOW: FlowState = { screen: { kind: 'loading' }, answers: {}, savedStep: 0, confirmErase: false, name: '' };

/** A move to another screen: the confirmation closes and the new screen's heading takes the focus. */
function go(state: FlowState, screen: Screen, effects: FlowEffects = {}): FlowResult {
  return { state: { ...state, screen, confirmErase: false }, effects: { ...effects, focusHeading: true } };
}

function toStep(q: Questionnaire, state: FlowState, index: number): FlowResult {
  const dimension = q.dimensions[index];
  const announce = dimension ? { announce: T.announceStep(index + 1, q.dimensions.length, dimension.title) } : {};
  return go({ ...state, savedStep: index }, { kind: 'step', index }, { save: true, ...announce });
}

function toResults(q: Questionnaire, state: FlowState): FlowResult {
  return go({ ...state, savedStep: q.dimensions.length }, { kind: 'results' }, { save: true });
}

/**
 * The shared result of a link, of the current version or of an earlier one, or the reason it
 * cannot be read (announced). The code is read as a pasted link is, so that what an e-mail client
 * appends to it (a full stop, `>`) is left out.
 */
function toShared(q: Questionnaire, state: FlowState, code: string): FlowResult {
  const decoded = decodePastedResult(q, shareFragment(code));
  if (!decoded.ok) return go(state, { kind: 'shared-error', message: decoded.message }, { announce: decoded.message });
  const earlier = decoded.questionnaire === q ? {} : { earlier: decoded.questionnaire };
  return go(state, { kind: 'shared', answers: decoded.answers, name: decoded.name, ...earlier });
}

export function questionnaireFlow(q: Questionnaire, state: FlowState, action: FlowAction): FlowResult {
  const same: FlowResult = { state, effects: {} };
  const steps = q.dimensions.length;
  switch (action.type) {
    case 'open': {
      const loaded = action.progress ? { ...state, answers: action.progress.answers, savedStep: action.progress.step } : state;
      if (action.code !== undefined) return toShared(q, loaded, action.code);
      return { state: { ...loaded, screen: { kind: 'start' } }, effects: {} };
    }
    case 'openShared':
      return toShared(q, state, action.code);
    case 'answer': {
      const savedStep = state.screen.kind === 'step' ? state.screen.index : state.savedStep;
      return { state: { ...state, answers: { ...state.answers, [action.statementId]: action.value }, savedStep }, effects: { save: true } };
    }
    case 'step':
      return toStep(q, state, action.index);
    case 'previous':
      if (state.screen.kind !== 'step') return same;
      return state.screen.index === 0 ? go(state, { kind: 'start' }) : toStep(q, state, state.screen.index - 1);
    case 'next':
      if (state.screen.kind !== 'step') return same;
      return state.screen.index + 1 < steps ? toStep(q, state, state.screen.index + 1) : toResults(q, state);
    case 'results':
      return toResults(q, state);
    case 'resume':
      return state.savedStep >= steps ? toResults(q, state) : toStep(q, state, state.savedStep);
    case 'askErase':
      return { state: { ...state, confirmErase: true }, effects: {} };
    case 'cancelErase':
      return { state: { ...state, confirmErase: false }, effects: { restoreEraseFocus: true } };
    case 'erase':
      return go({ ...state, answers: {}, savedStep: 0, name: '' }, { kind: 'start' }, { forget: true, announce: T.erased });
    case 'leaveShared':
      return go(state, { kind: 'start' }, { clearFragment: true });
    case 'name':
      return { state: { ...state, name: action.name }, effects: {} };
  }
}
