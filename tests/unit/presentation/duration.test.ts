import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatMinutes, parseDuration } from '../../../src/lib/presentation/duration.ts';

const minutes = (text: string) => {
  const parsed = parseDuration(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.duration;
};

describe('parseDuration', () => {
  it.each([
    ['15 min', 15, 15],
    ['10 à 15 min', 10, 15],
    ['1 h', 60, 60],
    ['1 h 30', 90, 90],
    ['1h30', 90, 90],
    ['1 h 30 min', 90, 90],
    ['2 heures', 120, 120],
    ['45 min à 1 h 15', 45, 75],
    ['1 à 2 h', 60, 120],
    ['1 h à 1 h 30', 60, 90],
    ['5 minutes', 5, 5],
    ['5 à 15 min selon la taille du groupe', 5, 15],
    ['10\u00a0à\u202f15\u00a0min', 10, 15],
  ])('reads « %s » as %i to %i minutes', (text, min, max) => {
    expect(minutes(text)).toEqual({ min, max });
  });

  it('reads « en continu » as a step without a duration of its own', () => {
    expect(parseDuration('en continu')).toEqual({ ok: true, duration: undefined, label: 'en continu' });
    expect(parseDuration(' En  continu ')).toMatchObject({ ok: true, duration: undefined });
  });

  it('keeps the text as written, with no-break spaces that keep a number with its unit', () => {
    expect(parseDuration('10 à 15 min')).toMatchObject({ label: '10 à 15\u00a0min' });
    expect(parseDuration('1 h 30')).toMatchObject({ label: '1\u00a0h\u00a030' });
    expect(parseDuration('5 à 15 min selon la taille du groupe')).toMatchObject({ label: '5 à 15\u00a0min selon la taille du groupe' });
  });

  it.each([
    ['quelques minutes', /durée illisible «\u202fquelques minutes\u202f»/],
    ['15', /durée sans unité «\u202f15\u202f»/],
    ['10 à 15', /durée sans unité/],
    ['0 min', /durée nulle/],
    ['20 à 10 min', /la première borne dépasse la seconde/],
    ['1 h 75', /75 minutes après les heures/],
    ['', /durée illisible/],
    ['15 min 20', /durée illisible/],
    ['facultatif', /durée illisible/],
  ])('refuses « %s » and says why', (text, message) => {
    const parsed = parseDuration(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toMatch(message);
    }
  });

  it('tells what to write when it cannot read a duration', () => {
    const parsed = parseDuration('un moment');
    expect(parsed.ok ? '' : parsed.error).toContain('« 15 min », « 10 à 15 min », « 1 h », « 1 h 30 » ou « en continu »');
  });

  it('reads back any range it is given in minutes or in hours, and never throws', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 300 }), (low, extra) => {
        const high = low + extra;
        expect(minutes(`${low} à ${high} min`)).toEqual({ min: low, max: high });
        expect(minutes(`${formatMinutes(low)} à ${formatMinutes(high)}`)).toEqual({ min: low, max: high });
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const parsed = parseDuration(text);
        if (parsed.ok && parsed.duration) expect(parsed.duration.min).toBeLessThanOrEqual(parsed.duration.max);
      }),
    );
  });
});

describe('formatMinutes', () => {
  it('says minutes under an hour, then hours and minutes', () => {
    expect(formatMinutes(15)).toBe('15\u00a0min');
    expect(formatMinutes(60)).toBe('1\u00a0h');
    expect(formatMinutes(90)).toBe('1\u00a0h\u00a030');
    expect(formatMinutes(125)).toBe('2\u00a0h\u00a005');
  });
});
