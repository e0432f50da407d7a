import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeAnswers,
  decodePasted,
  encodeAnswers,
  extractShareCode,
  normalizeName,
  shareFragment,
  type Answer,
  type Answers,
} from '../../../src/lib/questionnaire/index.ts';
import { encode } from '../../../src/lib/share/codec.ts';
import { forty, questionnaire, dimension } from './fixture.ts';

const q = forty();
const ids = q.dimensions.flatMap((d) => d.statements.map((s) => s.id));

const answerArb = fc.option(fc.constantFrom<Answer>(1, 2, 3, 4, 5, 'unknown'), { nil: undefined });
const answersArb: fc.Arbitrary<Answers> = fc.array(answerArb, { minLength: 40, maxLength: 40 }).map((values) => {
  const answers: Record<string, Answer> = {};
  values.forEach((v, i) => {
    if (v !== undefined) answers[ids[i]!] = v;
  });
  return answers;
});
const nameArb = fc.option(
  fc
    .string({ maxLength: 30 })
    .map(normalizeName)
    .filter((n) => n !== ''),
  { nil: undefined },
);

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A corruption of a valid code, of the kinds a copy, an e-mail or a person may cause. */
const corruptionArb = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), to: fc.nat(63) }),
  fc.record({ kind: fc.constant('truncate' as const), keep: fc.nat() }),
  fc.record({
    kind: fc.constant('append' as const),
    text: fc.string({ minLength: 1, maxLength: 6, unit: fc.constantFrom(...B64) }),
  }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), char: fc.constantFrom(...B64) }),
);
type Corruption = typeof corruptionArb extends fc.Arbitrary<infer T> ? T : never;

function corrupt(code: string, c: Corruption): string {
  const n = code.length;
  switch (c.kind) {
    case 'flip': {
      const i = c.at % n;
      return code.slice(0, i) + B64[c.to] + code.slice(i + 1);
    }
    case 'truncate':
      return code.slice(0, c.keep % n);
    case 'append':
      return code + c.text;
    case 'swap': {
      const i = c.at % n;
      const j = c.with % n;
      const chars = [...code];
      [chars[i], chars[j]] = [chars[j]!, chars[i]!];
      return chars.join('');
    }
    case 'delete': {
      const i = c.at % n;
      return code.slice(0, i) + code.slice(i + 1);
    }
    case 'insert': {
      const i = c.at % (n + 1);
      return code.slice(0, i) + c.char + code.slice(i);
    }
  }
}

describe('encodeAnswers / decodeAnswers', () => {
  it('round-trips answers, « je ne sais pas » and unanswered statements', () => {
    const answers: Answers = { 'd0-s0': 1, 'd0-s1': 5, 'd1-s2': 'unknown', 'd7-s4': 3 };
    const code = encodeAnswers(q, answers);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeAnswers(q, code)).toEqual({ ok: true, answers });
  });

  it('is compact: 40 answers fit in 39 characters', () => {
    const full: Record<string, Answer> = {};
    for (const id of ids) full[id] = 'unknown';
    expect(encodeAnswers(q, full)).toHaveLength(39);
    expect(encodeAnswers(q, full, 'Camille').length).toBeLessThan(52);
  });

  it('carries an optional first name, normalised', () => {
    const code = encodeAnswers(q, { 'd0-s0': 2 }, '  Anne   Marie\n');
    expect(decodeAnswers(q, code)).toEqual({ ok: true, answers: { 'd0-s0': 2 }, name: 'Anne Marie' });
    expect(decodeAnswers(q, encodeAnswers(q, {}, '   '))).toEqual({ ok: true, answers: {} });
  });

  it('ignores answers to unknown statements and invalid values when encoding', () => {
    const code = encodeAnswers(q, { nope: 3, 'd0-s0': 9 as unknown as Answer });
    expect(decodeAnswers(q, code)).toEqual({ ok: true, answers: {} });
  });

  it('carries « sans objet » only on the statements that offer it', () => {
    const offering = questionnaire([dimension('x', [{ id: 'a', mayNotApply: true }, { id: 'b' }, { id: 'c' }])]);
    const code = encodeAnswers(offering, { a: 'na', b: 'na', c: 'unknown' });
    expect(decodeAnswers(offering, code)).toEqual({ ok: true, answers: { a: 'na', c: 'unknown' } });
    // Code 7 (« sans objet ») on b, which does not offer it: refused, not misread.
    const forged = encode('test', 1, Uint8Array.from([0, 3, 0b0001_1100, 0b0000_0000]));
    expect(decodeAnswers(offering, forged)).toMatchObject({ ok: false, error: 'content' });
    expect(decodeAnswers(offering, encode('test', 1, Uint8Array.from([0, 3, 0b1110_0000, 0])))).toEqual({ ok: true, answers: { a: 'na' } });
  });

  it('refuses an outdated or a newer version with a specific French message', () => {
    const old = encodeAnswers(forty(1), { 'd0-s0': 4 });
    const r = decodeAnswers(forty(2), old);
    expect(r).toMatchObject({ ok: false, error: 'outdated' });
    expect(!r.ok && r.message).toMatch(/version précédente du questionnaire \(version 1/);
    expect(decodeAnswers(forty(1), encodeAnswers(forty(3), {}))).toMatchObject({ ok: false, error: 'newer' });
  });

  it('refuses a code of another questionnaire', () => {
    const other = questionnaire([dimension('x', [{ id: 'a' }, { id: 'b' }])], 1, 'autre');
    const r = decodeAnswers(q, encodeAnswers(other, { a: 1 }));
    expect(r).toMatchObject({ ok: false, error: 'kind' });
  });

  it('refuses a well-formed envelope whose payload does not fit the questionnaire', () => {
    const bad = (bytes: number[]) => decodeAnswers(q, encode('test', 1, Uint8Array.from(bytes)));
    expect(bad([])).toMatchObject({ ok: false, error: 'content' });
    expect(bad([0, 39, ...new Array(15).fill(0)])).toMatchObject({ error: 'content' }); // wrong count
    expect(bad([2, 40, ...new Array(15).fill(0)])).toMatchObject({ error: 'content' }); // unknown flag
    expect(bad([0, 40, 0xe0, ...new Array(14).fill(0)])).toMatchObject({ error: 'content' }); // value 7
    expect(bad([0, 40, ...new Array(15).fill(0), 0])).toMatchObject({ error: 'content' }); // trailing byte
    expect(bad([1, 40, ...new Array(15).fill(0), 0])).toMatchObject({ error: 'content' }); // empty name
    expect(bad([1, 40, ...new Array(15).fill(0), 2, 0x20, 0x41])).toMatchObject({ error: 'content' }); // unnormalised name
    const padded = decodeAnswers(
      questionnaire([dimension('x', [{ id: 'a' }, { id: 'b' }, { id: 'c' }])], 1, 'test'),
      encode('test', 1, Uint8Array.from([0, 3, 0b0010_0101])), // 9 bits used: a=1, b=1, c=1, then a stray 1
    );
    expect(padded).toMatchObject({ ok: false, error: 'content' });
  });

  it('gives clear French messages for truncated, altered and unreadable codes', () => {
    const code = encodeAnswers(q, { 'd0-s0': 4, 'd3-s1': 2 });
    const truncated = decodeAnswers(q, code.slice(0, 20));
    expect(truncated).toMatchObject({ ok: false, error: 'truncated' });
    expect(!truncated.ok && truncated.message).toMatch(/incomplet/);
    const flipped = code.slice(0, 12) + (code[12] === 'A' ? 'B' : 'A') + code.slice(13);
    const altered = decodeAnswers(q, flipped);
    expect(altered.ok).toBe(false);
    expect(!altered.ok && altered.message).toMatch(/[A-Z]/);
    expect(decodeAnswers(q, '!!!')).toMatchObject({ ok: false, error: 'format' });
    for (const input of [undefined, null, 42, {}, '', ' ', '#', '🙂'.repeat(5000)]) {
      const r = decodeAnswers(q, input);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.message.length).toBeGreaterThan(20);
    }
  });

  it('property: any answers and first name round-trip', () => {
    fc.assert(
      fc.property(answersArb, nameArb, (answers, name) => {
        const decoded = decodeAnswers(q, encodeAnswers(q, answers, name));
        expect(decoded).toEqual(name === undefined ? { ok: true, answers } : { ok: true, answers, name });
      }),
      { numRuns: 500 },
    );
  });

  it('property: a corrupted code never throws and is never accepted', () => {
    fc.assert(
      fc.property(
        answersArb,
        nameArb,
        fc.array(corruptionArb, { minLength: 1, maxLength: 3 }),
        (answers, name, corruptions) => {
          const code = encodeAnswers(q, answers, name);
          const damaged = corruptions.reduce(corrupt, code);
          fc.pre(damaged !== code);
          const decoded = decodeAnswers(q, damaged);
          expect(decoded.ok).toBe(false);
          if (!decoded.ok) expect(decoded.message).toMatch(/\S{3}/);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('property: random strings never throw and are never accepted', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 80 }),
          fc.string({ maxLength: 80, unit: fc.constantFrom(...B64) }),
          fc.string({ unit: 'grapheme', maxLength: 60 }),
        ),
        (text) => {
          const decoded = decodeAnswers(q, text);
          expect(decoded.ok).toBe(false);
          expect(() => decodePasted(q, text)).not.toThrow();
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('property: random bytes inside a valid envelope are refused or decode to valid answers only', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const decoded = decodeAnswers(q, encode('test', 1, bytes));
        if (decoded.ok) {
          for (const [id, a] of Object.entries(decoded.answers)) {
            expect(ids).toContain(id);
            expect([1, 2, 3, 4, 5, 'unknown']).toContain(a);
          }
          // A payload accepted as valid is exactly the canonical encoding of what it decodes to.
          expect(encodeAnswers(q, decoded.answers, decoded.name)).toBe(encode('test', 1, bytes));
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('extractShareCode', () => {
  const code = encodeAnswers(q, { 'd0-s0': 4 });
  it('finds the code in a link, a fragment or alone, ignoring what e-mail clients add', () => {
    expect(
      extractShareCode(`https://faire-ensemble.example/outils/autodiagnostic-cooperation/${shareFragment(code)}`),
    ).toBe(code);
    expect(extractShareCode(`<https://x.example/outils/a/#r=${code}>`)).toBe(code);
    expect(extractShareCode(`https://x.example/outils/a/%23r=${code}.`)).toBe(code);
    expect(extractShareCode(`#r=${code}`)).toBe(code);
    expect(extractShareCode(`r=${code}`)).toBe(code);
    expect(extractShareCode(`  ${code}. `)).toBe(code);
    expect(extractShareCode(`« ${code} »`)).toBe(code);
  });

  it('returns undefined when there is no code', () => {
    expect(extractShareCode('https://x.example/outils/a/')).toBeUndefined();
    expect(extractShareCode('')).toBeUndefined();
    expect(extractShareCode('#r=')).toBeUndefined();
    expect(decodePasted(q, 'bonjour à tous')).toMatchObject({ ok: false, error: 'missing' });
    expect(decodePasted(q, `lien : https://x.example/#r=${code}`)).toEqual({ ok: true, answers: { 'd0-s0': 4 } });
  });
});
