import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encode } from '../../../src/lib/share/codec.ts';
import { UNKNOWN } from '../../../src/lib/ecueils/engine.ts';
import { choicesOf, citedFacts, ecueilsSchema } from '../../../src/lib/ecueils/schema.ts';
import { decodeEcueils, encodeEcueils } from '../../../src/lib/ecueils/share.ts';
import { realRules } from './fixture.ts';

const rules = realRules();

describe('rules schema', () => {
  const base = () => structuredClone(rules) as unknown as Record<string, unknown> & {
    questions: { id: string }[];
    formes: { regles: { si: unknown }[] }[];
    vigilances: { faits: string[] }[];
  };
  const messages = (data: unknown) => {
    const r = ecueilsSchema.safeParse(data);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts the real rules', () => {
    expect(messages(rules)).toEqual([]);
  });
  it('names a condition on an unknown question or answer', () => {
    const data = base();
    data.formes[0]!.regles[0]!.si = { 'question-fantome': ['oui'] };
    expect(messages(data)).toEqual([expect.stringMatching(/^formes\.0\.regles\.0\.si\.question-fantome: question inconnue/)]);
    const other = base();
    other.formes[0]!.regles[0]!.si = { vendre: ['peut-etre'] };
    expect(messages(other)[0]).toMatch(/réponse inconnue «\u202fpeut-etre\u202f» pour la question «\u202fvendre\u202f» \(possibles\u202f: non, membres, clients\)/);
  });
  it('refuses duplicate ids and a vigilance point without a fact', () => {
    const data = base();
    data.questions.push({ ...data.questions[0]! });
    data.vigilances[0]!.faits = [];
    const found = messages(data);
    expect(found.some((m) => m.includes('question en double'))).toBe(true);
    expect(found.some((m) => m.includes('cite au moins un fait'))).toBe(true);
  });
  it('lists every cited fact with where it is cited', () => {
    const cited = citedFacts(rules);
    expect(cited.length).toBeGreaterThan(20);
    expect(cited).toContainEqual({ factId: 'scic-capital-collectivites', where: 'vigilances.collectivites-au-capital.faits' });
  });
});

describe('share codes', () => {
  const answersArb = fc.record(
    Object.fromEntries(rules.questions.map((q) => [q.id, fc.constantFrom(...choicesOf(q).map((c) => c.id), UNKNOWN)])),
    { requiredKeys: [] },
  );

  it('round-trips any answers', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const decoded = decodeEcueils(rules, encodeEcueils(rules, answers as Record<string, string>));
        expect(decoded).toEqual({ ok: true, answers });
      }),
    );
  });
  it('opens a whole link as well as the code alone', () => {
    const code = encodeEcueils(rules, { vendre: 'clients' });
    expect(decodeEcueils(rules, `https://exemple.fr/outils/anticiper-les-ecueils/#r=${code}`)).toEqual({ ok: true, answers: { vendre: 'clients' } });
  });
  it('still opens a link made before questions were appended', () => {
    const older = { ...rules, questions: rules.questions.slice(0, 3) };
    const code = encodeEcueils(older, { 'argent-commun': 'oui', embaucher: UNKNOWN });
    expect(decodeEcueils(rules, code)).toEqual({ ok: true, answers: { 'argent-commun': 'oui', embaucher: UNKNOWN } });
  });
  it('never throws and never misreads a corrupted, foreign or outdated code', () => {
    const code = encodeEcueils(rules, { vendre: 'clients', embaucher: 'oui' });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: code.length - 1 }), fc.constantFrom(...'ABCabc019-_'), (i, ch) => {
        const broken = code.slice(0, i) + ch + code.slice(i + 1);
        const decoded = decodeEcueils(rules, broken);
        if (broken !== code) expect(decoded.ok).toBe(false);
      }),
    );
    expect(decodeEcueils(rules, 'n’importe quoi')).toMatchObject({ ok: false, error: 'format' });
    expect(decodeEcueils(rules, '')).toMatchObject({ ok: false, error: 'missing' });
    expect(decodeEcueils(rules, encode('autre', 1, new Uint8Array([0])))).toMatchObject({ ok: false, error: 'kind' });
    expect(decodeEcueils(rules, encode(rules.shareCode, rules.version + 1, new Uint8Array([0])))).toMatchObject({ ok: false, error: 'newer' });
    const tooMany = encode(rules.shareCode, rules.version, new Uint8Array([rules.questions.length + 1, ...Array(rules.questions.length + 1).fill(0)]));
    expect(decodeEcueils(rules, tooMany)).toMatchObject({ ok: false, error: 'content' });
    const badChoice = encode(rules.shareCode, rules.version, new Uint8Array([1, 200]));
    expect(decodeEcueils(rules, badChoice)).toMatchObject({ ok: false, error: 'content' });
  });
});
