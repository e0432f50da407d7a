import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  IDLE,
  TIMER_MESSAGES,
  elapsedAt,
  isRunning,
  pauseTimer,
  spokenDuration,
  startTimer,
  timerClock,
  timerMilestone,
  timerPhase,
} from '../../../src/lib/presentation/timer.ts';

const MIN = 60_000;
const range = { min: 10, max: 15 };

describe('the timer of a step', () => {
  it('counts while running, keeps its time while paused, and ignores a second start or pause', () => {
    let timer = startTimer(IDLE, 1_000);
    expect(isRunning(timer)).toBe(true);
    expect(elapsedAt(timer, 61_000)).toBe(60_000);
    expect(startTimer(timer, 30_000)).toBe(timer);
    timer = pauseTimer(timer, 61_000);
    expect(isRunning(timer)).toBe(false);
    expect(elapsedAt(timer, 999_000)).toBe(60_000);
    expect(pauseTimer(timer, 70_000)).toBe(timer);
    timer = startTimer(timer, 100_000);
    expect(elapsedAt(timer, 110_000)).toBe(70_000);
    // A clock that goes back never makes the time shrink.
    expect(elapsedAt(timer, 90_000)).toBe(60_000);
  });

  it('adds up the running periods, whatever their order and length', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(100_000), fc.nat(100_000)), { maxLength: 20 }), (periods) => {
        let timer = IDLE;
        let now = 0;
        let total = 0;
        for (const [gap, run] of periods) {
          now += gap;
          timer = startTimer(timer, now);
          now += run;
          total += run;
          timer = pauseTimer(timer, now);
        }
        expect(elapsedAt(timer, now + 5_000)).toBe(total);
      }),
    );
  });

  it('counts down to the upper bound, rounding up to the second, then counts the time over', () => {
    expect(timerClock(range, 0)).toBe('15:00');
    expect(timerClock(range, 400)).toBe('15:00');
    expect(timerClock(range, 1_000)).toBe('14:59');
    expect(timerClock(range, 15 * MIN)).toBe('00:00');
    expect(timerClock(range, 15 * MIN + 83_000)).toBe('+01:23');
    expect(timerClock({ min: 90, max: 90 }, 0)).toBe('1:30:00');
  });

  it('knows when the lower bound is reached and when the time is over', () => {
    expect(timerPhase(range, 9 * MIN)).toBe('before');
    expect(timerPhase(range, 10 * MIN)).toBe('range');
    expect(timerPhase(range, 15 * MIN)).toBe('range');
    expect(timerPhase(range, 15 * MIN + 1)).toBe('over');
  });

  it('speaks a duration in whole seconds', () => {
    expect(spokenDuration(432_000)).toBe('7\u00a0min 12\u00a0s');
    expect(spokenDuration(45_400)).toBe('45\u00a0s');
    expect(spokenDuration(3_720_000)).toBe('1\u00a0h 2\u00a0min');
    expect(spokenDuration(0)).toBe('0\u00a0s');
  });

  it('announces start, pause and reset with the time left or over', () => {
    expect(TIMER_MESSAGES.started(range, 0)).toBe('Minuteur lancé\u202f: 15\u00a0min.');
    expect(TIMER_MESSAGES.started(range, 60_000)).toBe('Minuteur relancé\u202f: il reste 14\u00a0min.');
    expect(TIMER_MESSAGES.paused(range, 7 * MIN + 48_000)).toBe('Minuteur en pause\u202f: il reste 7\u00a0min 12\u00a0s.');
    expect(TIMER_MESSAGES.paused(range, 17 * MIN)).toBe('Minuteur en pause\u202f: 2\u00a0min de dépassement.');
    expect(TIMER_MESSAGES.reset({ min: 60, max: 90 })).toBe('Minuteur remis à 1\u00a0h\u00a030.');
  });
});

describe('what the timer tells a screen reader', () => {
  it('says only the moments that matter: lower bound, one minute left, time over', () => {
    expect(timerMilestone(range, 10 * MIN - 500, 10 * MIN + 500)).toBe('Durée minimale atteinte\u202f: 10\u00a0min.');
    expect(timerMilestone(range, 14 * MIN - 500, 14 * MIN + 500)).toBe('Plus qu’une minute.');
    expect(timerMilestone(range, 15 * MIN - 500, 15 * MIN + 500)).toBe('Temps prévu écoulé.');
    expect(timerMilestone({ min: 1, max: 1 }, 0, 1_000)).toBeUndefined();
    expect(timerMilestone({ min: 1, max: 1 }, 59_500, 60_500)).toBe('Temps prévu écoulé.');
  });

  it('says nothing on most seconds: at most three times over a whole step, ticking each second', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 200, max: 1_500 }), (low, extra, tick) => {
        const duration = { min: low, max: low + extra };
        const said: string[] = [];
        for (let t = 0; t < (duration.max + 2) * MIN; t += tick) {
          const message = timerMilestone(duration, t, t + tick);
          if (message) said.push(message);
        }
        expect(said.length).toBeLessThanOrEqual(3);
        expect(said.at(-1)).toBe(TIMER_MESSAGES.over);
        expect(said.filter((m) => m === TIMER_MESSAGES.over)).toHaveLength(1);
      }),
      { numRuns: 60 },
    );
  });
});
