import { describe, expect, it } from 'vitest';
import { parseProgress, serializeProgress, storageKey } from '../../../src/lib/questionnaire/index.ts';
import { forty } from './fixture.ts';

const q = forty();
const date = new Date('2026-11-30T10:00:00.000Z');

describe('saved progress', () => {
  it('round-trips answers and step, dropping unknown statements', () => {
    const raw = serializeProgress(q, { 'd0-s0': 4, 'd1-s1': 'unknown', ghost: 2 }, 3, date);
    expect(parseProgress(q, raw)).toEqual({
      status: 'ok',
      progress: { answers: { 'd0-s0': 4, 'd1-s1': 'unknown' }, step: 3, savedAt: date },
    });
    expect(storageKey(q)).toBe('faire-ensemble:questionnaire:test');
  });

  it('reports nothing saved', () => {
    expect(parseProgress(q, null)).toEqual({ status: 'empty' });
    expect(parseProgress(q, '')).toEqual({ status: 'empty' });
  });

  it('ignores corrupt data with a message', () => {
    const base = JSON.parse(serializeProgress(q, { 'd0-s0': 4 }, 1, date)) as Record<string, unknown>;
    const variants = [
      '{not json',
      'null',
      '[]',
      '"text"',
      JSON.stringify({ ...base, format: 2 }),
      JSON.stringify({ ...base, version: '1' }),
      JSON.stringify({ ...base, answers: [] }),
      JSON.stringify({ ...base, answers: { 'd0-s0': 6 } }),
      JSON.stringify({ ...base, answers: { 'd0-s0': '4' } }),
      JSON.stringify({ ...base, answers: { ghost: 4 } }),
      JSON.stringify({ ...base, savedAt: 'hier' }),
      'x'.repeat(200_000),
    ];
    for (const raw of variants) {
      const r = parseProgress(q, raw);
      expect(r.status, raw.slice(0, 60)).toBe('ignored');
      if (r.status === 'ignored') {
        expect(r.reason).toBe('corrupt');
        expect(r.message).toMatch(/illisibles/);
      }
    }
  });

  it('ignores progress saved for an older version or another questionnaire', () => {
    const old = serializeProgress(forty(1), { 'd0-s0': 4 }, 1, date);
    expect(parseProgress(forty(2), old)).toMatchObject({ status: 'ignored', reason: 'outdated' });
    const other = JSON.stringify({ ...(JSON.parse(old) as object), questionnaire: 'posture' });
    expect(parseProgress(q, other)).toMatchObject({ status: 'ignored', reason: 'other' });
  });

  it('clamps an out-of-range step', () => {
    const raw = (step: unknown) =>
      JSON.stringify({ ...(JSON.parse(serializeProgress(q, {}, 0, date)) as object), step });
    const step = (value: unknown) => {
      const r = parseProgress(q, raw(value));
      return r.status === 'ok' ? r.progress.step : undefined;
    };
    expect(step(99)).toBe(8);
    expect(step(-3)).toBe(0);
    expect(step('2')).toBe(0);
    expect(step(2.5)).toBe(0);
  });
});
