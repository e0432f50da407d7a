import { describe, expect, it } from 'vitest';
import {
  answeredCount,
  hasEnoughAnswers,
  isSparse,
  levelFor,
  orientedRating,
  priorities,
  scoreDimension,
  scoreFromMean,
  scoreQuestionnaire,
  splitAnswerLabel,
  type Answers,
  type Questionnaire,
} from '../../../src/lib/questionnaire/index.ts';
import { dimension, forty, questionnaire } from './fixture.ts';

const five = dimension('d', [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }, { id: 'r', reversed: true }]);

describe('orientedRating', () => {
  it('turns reversed ratings around and treats « je ne sais pas » as missing', () => {
    expect(orientedRating({ id: 'x', text: 't', reversed: false }, 4)).toBe(4);
    expect(orientedRating({ id: 'x', text: 't', reversed: true }, 4)).toBe(2);
    expect(orientedRating({ id: 'x', text: 't', reversed: true }, 1)).toBe(5);
    expect(orientedRating({ id: 'x', text: 't', reversed: false }, 'unknown')).toBeUndefined();
    expect(orientedRating({ id: 'x', text: 't', reversed: false }, undefined)).toBeUndefined();
  });
});

describe('scoreDimension', () => {
  it('averages oriented ratings and maps the mean to 0–100', () => {
    const r = scoreDimension(five, { a: 5, b: 4, c: 4, d: 3, r: 2 });
    // (5 + 4 + 4 + 3 + (6 − 2)) / 5 = 4
    expect(r).toMatchObject({ status: 'scored', mean: 4, displayMean: 4, score: 75, level: 'fort', rated: 5 });
  });

  it('gives 0 for all-worst and 100 for all-best answers, reversed item included', () => {
    expect(scoreDimension(five, { a: 1, b: 1, c: 1, d: 1, r: 5 })).toMatchObject({
      mean: 1,
      score: 0,
      level: 'travailler',
    });
    expect(scoreDimension(five, { a: 5, b: 5, c: 5, d: 5, r: 1 })).toMatchObject({
      mean: 5,
      score: 100,
      level: 'fort',
    });
  });

  it('counts « je ne sais pas » as missing, not as zero', () => {
    const r = scoreDimension(five, { a: 4, b: 4, c: 4, d: 'unknown', r: 'unknown' });
    expect(r).toMatchObject({ status: 'scored', mean: 4, rated: 3, unknown: 2, unanswered: 0, level: 'fort' });
  });

  it('leaves « sans objet » out of the mean and counts it apart from « je ne sais pas »', () => {
    const withNa = dimension('n', [{ id: 'a' }, { id: 'b' }, { id: 'c', mayNotApply: true }, { id: 'r', reversed: true, mayNotApply: true }]);
    const r = scoreDimension(withNa, { a: 4, b: 'unknown', c: 'na', r: 'na' });
    expect(r).toMatchObject({ status: 'scored', mean: 4, rated: 1, unknown: 1, notApplicable: 2, unanswered: 0, total: 4 });
  });

  it('asks half of the statements that apply, not of all statements, to be rated', () => {
    const withNa = dimension('n', [{ id: 'a' }, { id: 'b' }, { id: 'c', mayNotApply: true }, { id: 'd', mayNotApply: true }]);
    // 1 rated out of 2 that apply: enough; 1 rated out of 4 with « je ne sais pas » instead: not.
    expect(scoreDimension(withNa, { a: 2, b: 'unknown', c: 'na', d: 'na' }).status).toBe('scored');
    expect(scoreDimension(withNa, { a: 2, b: 'unknown', c: 'unknown', d: 'unknown' }).status).toBe('insufficient');
    expect(scoreDimension(withNa, { c: 'na', d: 'na' }).status).toBe('insufficient');
    const all = scoreQuestionnaire(questionnaire([withNa]), { a: 2, b: 'unknown', c: 'na', d: 'na' });
    expect([all.rated, all.unknown, all.notApplicable, all.total]).toEqual([1, 1, 2, 4]);
  });

  it('refuses to score a dimension with fewer than half of its statements rated', () => {
    const r = scoreDimension(five, { a: 5, b: 5, c: 'unknown', d: 'unknown' });
    expect(r).toMatchObject({ status: 'insufficient', rated: 2, unknown: 2, unanswered: 1, total: 5 });
    expect(r).not.toHaveProperty('score');
    expect(scoreDimension(five, {}).status).toBe('insufficient');
    const four = dimension('q', [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }]);
    expect(scoreDimension(four, { a: 2, b: 3 }).status).toBe('scored');
  });

  it('ignores answers to statements of other dimensions', () => {
    expect(scoreDimension(five, { a: 3, b: 3, c: 3, other: 1 })).toMatchObject({ mean: 3, rated: 3 });
  });
});

describe('thresholds (Wilder inventory)', () => {
  it('4.0–5.0 point fort, 3.0–3.9 à discuter, below 3 à travailler', () => {
    expect(levelFor(5)).toBe('fort');
    expect(levelFor(4)).toBe('fort');
    expect(levelFor(3.9)).toBe('discuter');
    expect(levelFor(3)).toBe('discuter');
    expect(levelFor(2.9)).toBe('travailler');
    expect(levelFor(1)).toBe('travailler');
  });

  it('uses the mean rounded to one decimal, as displayed', () => {
    const twenty = dimension(
      'v',
      Array.from({ length: 20 }, (_, i) => ({ id: `s${i}` })),
    );
    const answers: Record<string, 3 | 4> = {};
    // 19 × 4 + 1 × 3 = 79 / 20 = 3.95 → displayed 4,0 → point fort
    for (let i = 0; i < 20; i += 1) answers[`s${i}`] = i === 0 ? 3 : 4;
    expect(scoreDimension(twenty, answers)).toMatchObject({ mean: 3.95, displayMean: 4, level: 'fort' });
    // 2.94 → 2,9 → à travailler ; 2.95 → 3,0 → à discuter
    const some = dimension(
      'w',
      Array.from({ length: 50 }, (_, i) => ({ id: `s${i}` })),
    );
    const low: Record<string, 2 | 3> = {};
    for (let i = 0; i < 50; i += 1) low[`s${i}`] = i < 3 ? 2 : 3; // 147 / 50 = 2.94
    expect(scoreDimension(some, low)).toMatchObject({ displayMean: 2.9, level: 'travailler' });
  });

  it('scoreFromMean and hasEnoughAnswers', () => {
    expect(scoreFromMean(3)).toBe(50);
    expect(scoreFromMean(3.5)).toBe(63);
    expect(hasEnoughAnswers(3, 6)).toBe(true);
    expect(hasEnoughAnswers(2, 5)).toBe(false);
    expect(hasEnoughAnswers(0, 0)).toBe(false);
  });
});

describe('scoreQuestionnaire and priorities', () => {
  const q = forty();
  const answers = (values: Record<string, number>): Answers => {
    const a: Record<string, 1 | 2 | 3 | 4 | 5> = {};
    for (const d of q.dimensions) {
      for (const s of d.statements) {
        const v = (values[d.id] ?? 4) as 1 | 2 | 3 | 4 | 5;
        a[s.id] = s.reversed ? ((6 - v) as 1 | 2 | 3 | 4 | 5) : v;
      }
    }
    return a;
  };

  it('totals rated and unknown answers', () => {
    const r = scoreQuestionnaire(q, { 'd0-s0': 3, 'd0-s1': 'unknown' });
    expect(r).toMatchObject({ rated: 1, unknown: 1, total: 40 });
    expect(answeredCount(q, { 'd0-s0': 3, 'd0-s1': 'unknown', foo: 2 })).toBe(2);
  });

  it('lists the three weakest scored dimensions, weakest first, without strengths', () => {
    const r = scoreQuestionnaire(q, answers({ d1: 2, d3: 1, d5: 3, d6: 2 }));
    expect(priorities(r).map((d) => d.dimension.id)).toEqual(['d3', 'd1', 'd6']);
    expect(priorities(scoreQuestionnaire(q, answers({})))).toEqual([]);
    expect(priorities(r, 10).map((d) => d.dimension.id)).toEqual(['d3', 'd1', 'd6', 'd5']);
  });

  it('leaves dimensions without enough answers out of the priorities', () => {
    const a: Record<string, 1 | 'unknown'> = { ...answers({ d2: 1 }) } as Record<string, 1 | 'unknown'>;
    for (const s of q.dimensions[2]!.statements.slice(0, 3)) a[s.id] = 'unknown';
    const r = scoreQuestionnaire(q, a);
    expect(r.dimensions[2]!.status).toBe('insufficient');
    expect(priorities(r)).toEqual([]);
  });

  it('works with a questionnaire of one dimension', () => {
    const single = questionnaire([dimension('x', [{ id: 'a' }, { id: 'b' }])]);
    expect(scoreQuestionnaire(single, { a: 1, b: 2 }).dimensions[0]).toMatchObject({ mean: 1.5, level: 'travailler' });
  });
});

describe('isSparse: a result that says too little to be shared without a warning', () => {
  const q = forty();
  const ids = q.dimensions.flatMap((d) => d.statements.map((s) => s.id));
  const first = (n: number, value: Answers[string] = 4): Answers => Object.fromEntries(ids.slice(0, n).map((id) => [id, value]));

  it('is sparse when empty, with fewer than half of the statements answered, or with no dimension scored', () => {
    expect(isSparse(q, {})).toBe(true);
    expect(isSparse(q, first(19))).toBe(true);
    expect(isSparse(q, first(20))).toBe(false);
    // Half answered, but all « je ne sais pas »: no dimension can be scored.
    expect(isSparse(q, first(40, 'unknown'))).toBe(true);
    expect(isSparse(q, first(40))).toBe(false);
  });
});

describe('splitAnswerLabel: the compact scale', () => {
  it('splits a rating’s label into its short beginning and the rest, the whole label kept', () => {
    const q: Questionnaire = { ...forty(), scaleShort: ['Pas du tout', 'Plutôt pas', 'Partagé', 'Plutôt', 'Tout à fait'] };
    expect(splitAnswerLabel(q, 2)).toEqual({ short: 'Plutôt pas', rest: ' d’accord' });
    expect(splitAnswerLabel(q, 3)).toEqual({ short: 'Partagé', rest: '' });
    expect(splitAnswerLabel(q, 'unknown')).toEqual({ short: 'Je ne sais pas', rest: '' });
    // Without short labels, the whole label shows.
    expect(splitAnswerLabel(forty(), 5)).toEqual({ short: 'Tout à fait d’accord', rest: '' });
  });
});
