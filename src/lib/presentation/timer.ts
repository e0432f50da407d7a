/**
 * The optional timer of a step: it counts down the step's duration (the upper bound of a range
 * such as « 10 à 15 min »), then counts the time over. Times are milliseconds; `now` is given by
 * the caller, so the logic is the same in a test and in the page.
 */
import { NBSP, NNBSP } from '../fr.ts';
import { formatMinutes, type StepDuration } from './duration.ts';

export interface Timer {
  /** Time counted before the last start. */
  readonly elapsed: number;
  /** When it was last started; undefined while it is stopped. */
  readonly since: number | undefined;
}

/** Before the lower bound of the duration, within its range, past its upper bound. */
export type TimerPhase = 'before' | 'range' | 'over';

export const IDLE: Timer = { elapsed: 0, since: undefined };

const MINUTE = 60_000;

export const isRunning = (timer: Timer) => timer.since !== undefined;

export function elapsedAt(timer: Timer, now: number): number {
  return timer.elapsed + (timer.since === undefined ? 0 : Math.max(0, now - timer.since));
}

export function startTimer(timer: Timer, now: number): Timer {
  return isRunning(timer) ? timer : { elapsed: timer.elapsed, since: now };
}

export function pauseTimer(timer: Timer, now: number): Timer {
  return isRunning(timer) ? { elapsed: elapsedAt(timer, now), since: undefined } : timer;
}

export function timerPhase(duration: StepDuration, elapsed: number): TimerPhase {
  if (elapsed > duration.max * MINUTE) return 'over';
  return elapsed >= duration.min * MINUTE ? 'range' : 'before';
}

/** « 09:05 », « 1:05:00 » for a number of whole seconds. */
function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

/**
 * What the timer shows: the time left, rounded up to the second (it reads « 15:00 » until a full
 * second has gone), or past the end the time over, « +01:23 ».
 */
export function timerClock(duration: StepDuration, elapsed: number): string {
  const left = duration.max * MINUTE - elapsed;
  return left >= 0 ? clock(Math.ceil(left / 1000)) : `+${clock(Math.floor(-left / 1000))}`;
}

/** « 7 min 12 s », « 45 s », « 1 h 2 min » (whole seconds, for a screen reader). */
export function spokenDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const parts = [h > 0 ? `${h}${NBSP}h` : '', m > 0 ? `${m}${NBSP}min` : '', s > 0 && h === 0 ? `${s}${NBSP}s` : ''].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : `0${NBSP}s`;
}

/** The time left, or over, as a sentence. */
function leftSentence(duration: StepDuration, elapsed: number): string {
  const left = duration.max * MINUTE - elapsed;
  return left >= 0 ? `il reste ${spokenDuration(left)}` : `${spokenDuration(-left)} de dépassement`;
}

export const TIMER_MESSAGES = {
  started: (duration: StepDuration, elapsed: number) =>
    elapsed === 0 ? `Minuteur lancé${NNBSP}: ${formatMinutes(duration.max)}.` : `Minuteur relancé${NNBSP}: ${leftSentence(duration, elapsed)}.`,
  paused: (duration: StepDuration, elapsed: number) => `Minuteur en pause${NNBSP}: ${leftSentence(duration, elapsed)}.`,
  reset: (duration: StepDuration) => `Minuteur remis à ${formatMinutes(duration.max)}.`,
  rangeReached: (duration: StepDuration) => `Durée minimale atteinte${NNBSP}: ${formatMinutes(duration.min)}.`,
  oneMinuteLeft: 'Plus qu’une minute.',
  over: 'Temps prévu écoulé.',
} as const;

/**
 * What to tell a screen reader when the timer goes from `before` to `after` ms: only the moments
 * that matter (the lower bound of a range reached, one minute left, the time over), never each
 * second. Undefined when nothing was crossed.
 */
export function timerMilestone(duration: StepDuration, before: number, after: number): string | undefined {
  const crossed = (at: number) => before < at && after >= at;
  const end = duration.max * MINUTE;
  if (after > end && before <= end) return TIMER_MESSAGES.over;
  if (duration.max >= 2 && crossed(end - MINUTE)) return TIMER_MESSAGES.oneMinuteLeft;
  if (duration.min < duration.max && crossed(duration.min * MINUTE)) return TIMER_MESSAGES.rangeReached(duration);
  return undefined;
}
