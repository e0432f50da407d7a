/**
 * The « mode atelier » screens as a pure reducer, like ./flow.ts for one respondent: the session
 * overview (the facilitator's screen), a member giving a first name, the member's screens (one per
 * dimension), the neutral hand-over screen once a member has finished, and the collective synthesis.
 * The reducer says which side effects a change calls for — save or forget the session, focus the
 * new screen's heading, announce, leave the workshop — and the island performs them.
 */
import { T } from './messages.ts';
import { WORKSHOP_MESSAGES } from './workshop-messages.ts';
import { isSparse } from './scoring.ts';
import type { Answer, Questionnaire } from './types.ts';
import {
  abandonTurn,
  answerTurn,
  finishTurn,
  memberLabel,
  removeMember,
  startTurn,
  turnAtStep,
  type WorkshopSession,
} from './workshop.ts';

export type WorkshopScreen =
  | { readonly kind: 'overview' }
  | { readonly kind: 'identify' }
  | { readonly kind: 'step'; readonly index: number }
  /** A member finished with few answers: finish anyway, or go back. */
  | { readonly kind: 'sparse' }
  | { readonly kind: 'handover' }
  | { readonly kind: 'synthesis' };

/** What waits for a confirmation on the overview. */
export type WorkshopConfirm = { readonly kind: 'erase' } | { readonly kind: 'remove'; readonly id: number } | { readonly kind: 'abandon' };

export interface WorkshopState {
  readonly session: WorkshopSession;
  readonly screen: WorkshopScreen;
  readonly confirm?: WorkshopConfirm | undefined;
  /** Why the first name was refused, on the identify screen. */
  readonly error?: string | undefined;
}

export type WorkshopAction =
  /** To the screen where the next member gives a first name (or resumes the turn in progress). */
  | { readonly type: 'nextMember' }
  | { readonly type: 'identify'; readonly name: string }
  | { readonly type: 'answer'; readonly statementId: string; readonly value: Answer }
  | { readonly type: 'previous' }
  | { readonly type: 'next' }
  /** From the « few answers » screen: finish anyway. */
  | { readonly type: 'finish' }
  /** From the « few answers » screen: back to the last screen of questions. */
  | { readonly type: 'backToQuestions' }
  | { readonly type: 'overview' }
  | { readonly type: 'synthesis' }
  | { readonly type: 'ask'; readonly confirm: WorkshopConfirm }
  | { readonly type: 'cancel' }
  | { readonly type: 'confirm' };

export interface WorkshopEffects {
  readonly save?: true;
  /** Erase the stored session. */
  readonly forget?: true;
  readonly focusHeading?: true;
  readonly announce?: string;
  /** Leave the workshop for the questionnaire's introduction. */
  readonly exit?: true;
}

export interface WorkshopResult {
  readonly state: WorkshopState;
  readonly effects: WorkshopEffects;
}

/** The state of a session opened (new or read back): its overview. */
export function openWorkshop(session: WorkshopSession): WorkshopState {
  return { session, screen: { kind: 'overview' } };
}

function go(state: WorkshopState, screen: WorkshopScreen, effects: WorkshopEffects = {}): WorkshopResult {
  return { state: { ...state, screen, confirm: undefined, error: undefined }, effects: { ...effects, focusHeading: true } };
}

function toStep(q: Questionnaire, state: WorkshopState, index: number): WorkshopResult {
  const dimension = q.dimensions[index];
  const announce = dimension ? { announce: T.announceStep(index + 1, q.dimensions.length, dimension.title) } : {};
  return go({ ...state, session: turnAtStep(state.session, index) }, { kind: 'step', index }, { save: true, ...announce });
}

function finish(state: WorkshopState, now: Date): WorkshopResult {
  return go({ ...state, session: finishTurn(state.session, now) }, { kind: 'handover' }, { save: true, announce: WORKSHOP_MESSAGES.finished });
}

export function workshopFlow(q: Questionnaire, state: WorkshopState, action: WorkshopAction, now: Date): WorkshopResult {
  const same: WorkshopResult = { state, effects: {} };
  const { session, screen } = state;
  const steps = q.dimensions.length;
  switch (action.type) {
    case 'nextMember':
      return session.turn ? toStep(q, state, session.turn.step) : go(state, { kind: 'identify' });
    case 'identify': {
      const started = startTurn(session, q, action.name);
      if (!started.ok) return { state: { ...state, error: started.message }, effects: { announce: started.message } };
      return toStep(q, { ...state, session: started.session }, 0);
    }
    case 'answer':
      if (screen.kind !== 'step') return same;
      return { state: { ...state, session: answerTurn(session, action.statementId, action.value) }, effects: { save: true } };
    case 'previous':
      if (screen.kind !== 'step') return same;
      return screen.index === 0 ? go(state, { kind: 'overview' }) : toStep(q, state, screen.index - 1);
    case 'next':
      if (screen.kind !== 'step') return same;
      if (screen.index + 1 < steps) return toStep(q, state, screen.index + 1);
      return session.turn && isSparse(q, session.turn.answers) ? go(state, { kind: 'sparse' }) : finish(state, now);
    case 'finish':
      return screen.kind === 'sparse' ? finish(state, now) : same;
    case 'backToQuestions':
      return toStep(q, state, steps - 1);
    case 'overview':
      return go(state, { kind: 'overview' });
    case 'synthesis':
      return session.members.length > 0 ? go(state, { kind: 'synthesis' }) : same;
    case 'ask':
      return { state: { ...state, confirm: action.confirm }, effects: {} };
    case 'cancel':
      return { state: { ...state, confirm: undefined }, effects: {} };
    case 'confirm': {
      const confirm = state.confirm;
      if (!confirm) return same;
      if (confirm.kind === 'erase') return { state: { ...state, confirm: undefined }, effects: { forget: true, exit: true, announce: WORKSHOP_MESSAGES.erased } };
      if (confirm.kind === 'abandon') {
        return go({ ...state, session: abandonTurn(session) }, { kind: 'overview' }, { save: true, announce: WORKSHOP_MESSAGES.abandoned });
      }
      const member = session.members.find((m) => m.id === confirm.id);
      if (!member) return { state: { ...state, confirm: undefined }, effects: {} };
      return go({ ...state, session: removeMember(session, confirm.id) }, { kind: 'overview' }, { save: true, announce: WORKSHOP_MESSAGES.removed(memberLabel(member)) });
    }
  }
}
