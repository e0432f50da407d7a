/**
 * Bad input for « Anticiper les écueils », on the real rules: share links (`#r=…`) and the answers
 * saved in the browser. Whatever comes in, the tool gets answers to its questions among the choices
 * each offers — so ranking, vigilance points and exports work — or nothing, with a French message.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanAnswers, rankForms, UNKNOWN, vigilancePoints } from '../../../src/lib/ecueils/engine.ts';
import { ecueilsCsv, ecueilsJson, parseProgress, serializeProgress } from '../../../src/lib/ecueils/exports.ts';
import { ECUEILS_MESSAGES } from '../../../src/lib/ecueils/messages.ts';
import { choicesOf } from '../../../src/lib/ecueils/schema.ts';
import { decodeEcueils, encodeEcueils, type DecodedEcueils } from '../../../src/lib/ecueils/share.ts';
import { SHARE_ERROR_MESSAGES, encode } from '../../../src/lib/share/codec.ts';
import { damagedBytes, garbage, garbageText, HUGE_INPUTS, payloadOf } from '../share/fuzz.ts';
import { corruption } from '../share/corruption.ts';
import { realRules } from './fixture.ts';

const rules = realRules();
const REFUSALS = new Set<string>([...Object.values(SHARE_ERROR_MESSAGES), ...Object.values(ECUEILS_MESSAGES.shareErrors)]);
const STORAGE = new Set<string>(Object.values(ECUEILS_MESSAGES.storage));

const answersArb: fc.Arbitrary<Record<string, string>> = fc
  .record(Object.fromEntries(rules.questions.map((q) => [q.id, fc.constantFrom(...choicesOf(q).map((c) => c.id), UNKNOWN)])), { requiredKeys: [] })
  .map((answers) => answers as Record<string, string>);

/** Answers the tool can work with: each names a question and one of its answers; ranking and exports run. */
function expectUsable(answers: Record<string, string>): void {
  expect(cleanAnswers(rules, answers)).toEqual(answers);
  const ranking = rankForms(rules, answers);
  expect(ranking).toHaveLength(rules.formes.length);
  for (const a of ranking) expect(Number.isInteger(a.score)).toBe(true);
  vigilancePoints(rules, answers);
  expect(ecueilsCsv(rules, answers, new Date(0))).not.toMatch(/undefined|NaN/);
  expect(() => JSON.parse(ecueilsJson(rules, answers, 'code', new Date(0)))).not.toThrow();
}

function expectClear(decoded: DecodedEcueils): void {
  if (decoded.ok) expectUsable(decoded.answers);
  else expect(REFUSALS.has(decoded.message), decoded.message).toBe(true);
}

describe('« Anticiper les écueils » links: bad input', () => {
  it('anything at all is refused with a typed French message, never an exception', () => {
    fc.assert(
      fc.property(garbage, (input) => {
        const decoded = decodeEcueils(rules, input);
        expect(decoded.ok).toBe(false);
        expectClear(decoded);
      }),
      { numRuns: 1000 },
    );
    for (const input of HUGE_INPUTS) expect(decodeEcueils(rules, input).ok).toBe(false);
  });

  it('a link with what an e-mail client or a person adds around it opens the same answers', () => {
    fc.assert(
      fc.property(
        answersArb,
        fc.constantFrom('', '<', '« ', '(', '\u00ab\u202f'),
        fc.constantFrom('', '.', '>', ' »', '\u202f»', ')', ' !', '>.'),
        fc.boolean(),
        (answers, before, after, whole) => {
          const code = encodeEcueils(rules, answers);
          const link = whole ? `https://exemple.org/outils/anticiper-les-ecueils/#r=${code}` : code;
          expect(decodeEcueils(rules, `${before}${link}${after}`)).toEqual({ ok: true, answers });
          if (whole) expect(decodeEcueils(rules, `Lien : ${link}${after}`)).toEqual({ ok: true, answers });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a link damaged when copied is refused or opens the same answers', () => {
    fc.assert(
      fc.property(
        answersArb.chain((answers) => fc.tuple(fc.constant(answers), corruption(encodeEcueils(rules, answers)))),
        ([answers, damaged]) => {
          const decoded = decodeEcueils(rules, damaged);
          expectClear(decoded);
          if (decoded.ok) expect(decoded.answers).toEqual(answers);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('damaged answers in a valid envelope, of any version number, give usable answers or a clear refusal', () => {
    fc.assert(
      fc.property(
        answersArb.chain((answers) => fc.oneof(damagedBytes(payloadOf(encodeEcueils(rules, answers))), fc.uint8Array({ maxLength: 40 }))),
        fc.constantFrom(0, rules.version, rules.version + 1),
        (payload, version) => {
          const decoded = decodeEcueils(rules, encode(rules.shareCode, version, payload));
          expectClear(decoded);
          if (version !== rules.version) expect(decoded.ok).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('« Anticiper les écueils » saved answers: bad input', () => {
  function expectSafe(raw: string | null): void {
    const parsed = parseProgress(rules, raw);
    expectUsable(parsed.answers);
    if (parsed.message !== undefined) {
      expect(STORAGE.has(parsed.message)).toBe(true);
      expect(parsed.answers).toEqual({});
    }
    if (parsed.savedAt !== undefined) expect(Number.isNaN(parsed.savedAt.getTime())).toBe(false);
  }

  it('any text saved under the key is read safely', () => {
    fc.assert(
      fc.property(fc.oneof(garbageText, fc.jsonValue().map((v) => JSON.stringify(v))), expectSafe),
      { numRuns: 1000 },
    );
    for (const raw of HUGE_INPUTS) expectSafe(raw);
  });

  it('saved answers with any field changed are read safely; what is valid in them is kept', () => {
    fc.assert(
      fc.property(
        answersArb,
        fc.dictionary(fc.constantFrom('format', 'version', 'savedAt', 'answers', 'extra'), fc.jsonValue(), { maxKeys: 2 }),
        fc.dictionary(fc.oneof(fc.constantFrom(...rules.questions.map((q) => q.id)), fc.string()), fc.jsonValue(), { maxKeys: 3 }),
        (answers, replaced, answerPatch) => {
          const record = JSON.parse(serializeProgress(rules, answers, new Date(Date.UTC(2026, 10, 30)))) as Record<string, unknown>;
          const raw = JSON.stringify({ ...record, answers: { ...answers, ...answerPatch }, ...replaced });
          expectSafe(raw);
          if (Object.keys(replaced).length === 0) {
            expect(parseProgress(rules, raw).answers).toEqual(cleanAnswers(rules, { ...answers, ...answerPatch }));
          }
        },
      ),
      { numRuns: 800 },
    );
  });

  it('round-trips, and says why answers were ignored: unreadable or of another version', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const savedAt = new Date(Date.UTC(2026, 10, 30, 12));
        expect(parseProgress(rules, serializeProgress(rules, answers, savedAt))).toEqual({ answers, savedAt });
      }),
      { numRuns: 200 },
    );
    expect(parseProgress(rules, null)).toEqual({ answers: {} });
    const older = JSON.stringify({ format: 1, version: rules.version - 1, savedAt: '2026-01-01T00:00:00.000Z', answers: { vendre: 'non' } });
    expect(parseProgress(rules, older)).toEqual({ answers: {}, message: ECUEILS_MESSAGES.storage.outdated });
    for (const raw of ['{', 'null', '"texte"', '42', '[]', '{}', '{"answers":{"vendre":"non"}}', JSON.stringify({ format: 2, version: rules.version, answers: {} })]) {
      expect(parseProgress(rules, raw), raw).toEqual({ answers: {}, message: ECUEILS_MESSAGES.storage.corrupt });
    }
  });
});
