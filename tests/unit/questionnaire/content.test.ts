/**
 * The real questionnaires in content/questionnaires: size, coverage, typography, and that the
 * engine handles them (share codes, scoring). Link targets are checked by the build (see
 * tests/content/build-smoke.test.ts) and by the built-site link check.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  allStatements,
  decodeAnswers,
  encodeAnswers,
  scoreQuestionnaire,
  statementCount,
  type Answer,
  type Questionnaire,
} from '../../../src/lib/questionnaire/index.ts';
import { questionnaireSchema } from '../../../src/lib/questionnaire/schema.ts';

function read(id: string): Questionnaire {
  return { id, ...questionnaireSchema.parse(parse(readFileSync(`content/questionnaires/${id}.yaml`, 'utf8'))) };
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const cooperation = read('cooperation');
const posture = read('posture');

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

  it('round-trips any complete set of answers through a share code', () => {
    const answers: Record<string, Answer> = {};
    allStatements(q).forEach(
      ({ statement }, i) => (answers[statement.id] = i % 7 === 6 ? 'unknown' : (((i % 5) + 1) as Answer)),
    );
    const code = encodeAnswers(q, answers);
    expect(decodeAnswers(q, code)).toEqual({ ok: true, answers });
    expect(code.length).toBeLessThanOrEqual(45);
    expect(scoreQuestionnaire(q, answers).dimensions.every((d) => d.status === 'scored')).toBe(true);
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
