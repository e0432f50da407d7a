/**
 * Bad input for the self-assessment questionnaires, on the real questionnaires (current version 2,
 * and version 1 whose links were sent): result links and codes, what a facilitator pastes into the
 * synthesis, the JSON exports it imports, and the progress saved in the browser — of this version or
 * of an older one. Whatever comes in, the tools get answers valid for the version they belong to,
 * or a typed refusal with a French message; never answers to unknown statements, out of range, or
 * « sans objet » where a statement does not offer it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  allStatements,
  carryAnswers,
  choicesFor,
  collectFromFile,
  collectFromText,
  decodePastedResult,
  decodeResult,
  encodeAnswers,
  IMPORT_MESSAGES,
  normalizeName,
  parseProgress,
  resultJson,
  scoreQuestionnaire,
  serializeProgress,
  SHARE_MESSAGES,
  shareFragment,
  STORAGE_MESSAGES,
  synthesizeResults,
  type Answer,
  type Answers,
  type Questionnaire,
} from '../../../src/lib/questionnaire/index.ts';
import { INITIAL_FLOW, questionnaireFlow } from '../../../src/lib/questionnaire/flow.ts';
import { SHARE_ERROR_MESSAGES, encode } from '../../../src/lib/share/codec.ts';
import { damagedBytes, garbage, garbageText, HUGE_INPUTS, payloadOf } from '../share/fuzz.ts';
import { corruption } from '../share/corruption.ts';
import { site, type QuestionnaireId } from './real.ts';

const SITES: Readonly<Record<QuestionnaireId, Questionnaire>> = { cooperation: site('cooperation'), posture: site('posture') };
const IDS = Object.keys(SITES) as QuestionnaireId[];
/** Every version a tool page reads: the current one and the earlier ones it keeps. */
const versionsOf = (q: Questionnaire): Questionnaire[] => [q, ...(q.earlierVersions ?? [])];

/** Every French message a refused code may show. */
const REFUSALS = new Set<string>([
  ...Object.values(SHARE_ERROR_MESSAGES),
  SHARE_MESSAGES.content,
  SHARE_MESSAGES.missing,
]);
function expectClearRefusal(message: string): void {
  const versioned = /^Ce lien a été créé avec une version (?:précédente|plus récente) du questionnaire \(version \d+\b/.test(message);
  expect(versioned || REFUSALS.has(message), message).toBe(true);
}

/** Answers valid for a version: known statements, answers it offers. */
function expectValidAnswers(q: Questionnaire, answers: Answers): void {
  const statements = new Map(allStatements(q).map(({ statement }) => [statement.id, statement]));
  for (const [id, answer] of Object.entries(answers)) {
    const statement = statements.get(id);
    expect(statement, `unknown statement ${id}`).toBeDefined();
    if (statement) expect(choicesFor(statement)).toContain(answer);
  }
}

/** Any answers a respondent may give to a version, some left unanswered. */
function answersArb(q: Questionnaire): fc.Arbitrary<Answers> {
  const statements = allStatements(q).map((s) => s.statement);
  return fc
    .tuple(...statements.map((s) => fc.option(fc.constantFrom<Answer>(...choicesFor(s)), { nil: undefined, freq: 4 })))
    .map((values) => Object.fromEntries(statements.flatMap((s, i) => (values[i] === undefined ? [] : [[s.id, values[i]]]))));
}

const nameArb = fc.option(fc.string({ unit: 'grapheme', maxLength: 50 }).map(normalizeName).filter((n) => n !== ''), { nil: undefined });

/**
 * A respondent: a questionnaire of the site, the version they answered (one the page reads), their
 * answers and first name. Named by ids, so that a counterexample stays short.
 */
interface Respondent {
  readonly id: QuestionnaireId;
  readonly version: number;
  readonly answers: Answers;
  readonly name: string | undefined;
}
const respondentOf = (id: QuestionnaireId): fc.Arbitrary<Respondent> =>
  fc.constantFrom(...versionsOf(SITES[id]).map((v) => v.version)).chain((version) =>
    fc.record({ id: fc.constant(id), version: fc.constant(version), answers: answersArb(answered({ id, version })), name: nameArb }),
  );
const respondentArb: fc.Arbitrary<Respondent> = fc.constantFrom(...IDS).chain(respondentOf);
/** The version a respondent answered. */
function answered(r: Pick<Respondent, 'id' | 'version'>): Questionnaire {
  return versionsOf(SITES[r.id]).find((v) => v.version === r.version) as Questionnaire;
}
const codeOf = (r: Respondent): string => encodeAnswers(answered(r), r.answers, r.name);

describe('result links and codes', () => {
  it('anything pasted or put after #r= gives a typed refusal in French, never an exception', () => {
    fc.assert(
      fc.property(fc.constantFrom(...IDS), garbage, (id, input) => {
        const q = SITES[id];
        const decoded = decodeResult(q, input);
        expect(decoded.ok).toBe(false);
        if (!decoded.ok) expectClearRefusal(decoded.message);
        if (typeof input === 'string') {
          const pasted = decodePastedResult(q, input);
          expect(pasted.ok).toBe(false);
          if (!pasted.ok) expectClearRefusal(pasted.message);
        }
      }),
      { numRuns: 1000 },
    );
    for (const input of HUGE_INPUTS) expect(decodePastedResult(SITES.cooperation, input).ok).toBe(false);
  });

  it('a link of any version the page reads opens its own answers, with that version’s statements', () => {
    fc.assert(
      fc.property(respondentArb, (r) => {
        const q = SITES[r.id];
        const expected = { ok: true, questionnaire: answered(r), answers: r.answers, ...(r.name === undefined ? {} : { name: r.name }) };
        expect(decodeResult(q, codeOf(r))).toEqual(expected);
        expect(decodePastedResult(q, `https://exemple.org/outils/${q.id}/${shareFragment(codeOf(r))}`)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('a link damaged when copied is refused with a clear message or opens the same answers', () => {
    fc.assert(
      fc.property(
        respondentArb.chain((r) => fc.tuple(fc.constant(r), corruption(codeOf(r)))),
        ([r, damaged]) => {
          const decoded = decodeResult(SITES[r.id], damaged);
          if (decoded.ok) {
            expect(decoded.questionnaire).toBe(answered(r));
            expect(decoded.answers).toEqual(r.answers);
          } else expectClearRefusal(decoded.message);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('damaged answers inside a valid envelope, of any version number, are refused or valid for their version', () => {
    fc.assert(
      fc.property(
        respondentArb.chain((r) =>
          fc.tuple(fc.constant(r.id), fc.constantFrom(0, 1, 2, 3), fc.oneof(damagedBytes(payloadOf(codeOf(r))), fc.uint8Array({ maxLength: 40 }))),
        ),
        ([id, versionNumber, payload]) => {
          const q = SITES[id];
          const code = encode(q.shareCode, versionNumber, payload);
          const decoded = decodeResult(q, code);
          if (decoded.ok) {
            expect(versionsOf(q)).toContain(decoded.questionnaire);
            expect(decoded.questionnaire.version).toBe(versionNumber);
            expectValidAnswers(decoded.questionnaire, decoded.answers);
            if (decoded.name !== undefined) expect(normalizeName(decoded.name)).toBe(decoded.name);
            // One set of answers, one code: what was accepted is exactly what the tool would write.
            expect(encodeAnswers(decoded.questionnaire, decoded.answers, decoded.name)).toBe(code);
          } else expectClearRefusal(decoded.message);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('the tool page opened at any address shows the shared answers or a French error, and keeps working', () => {
    fc.assert(
      fc.property(fc.constantFrom(...IDS), fc.oneof(garbageText, respondentArb.map(codeOf)), (id, code) => {
        const q = SITES[id];
        const opened = questionnaireFlow(q, INITIAL_FLOW, { type: 'open', code });
        const screen = opened.state.screen;
        expect(['shared', 'shared-error']).toContain(screen.kind);
        if (screen.kind === 'shared') expectValidAnswers(screen.earlier ?? q, screen.answers);
        if (screen.kind === 'shared-error') {
          expectClearRefusal(screen.message);
          expect(opened.effects.announce).toBe(screen.message);
        }
        // From there, one's own questionnaire opens.
        expect(questionnaireFlow(q, opened.state, { type: 'leaveShared' }).state.screen).toEqual({ kind: 'start' });
      }),
      { numRuns: 500 },
    );
  });
});

describe('pasted lists and imported files of the synthesis', () => {
  /** A line as people paste it: a first name and a separator before the link or code, punctuation after. */
  interface Line {
    readonly respondent: Respondent;
    readonly typedName: string | undefined;
    readonly before: string;
    readonly after: string;
    readonly asLink: boolean;
  }
  const lineArb = (id: QuestionnaireId): fc.Arbitrary<Line> =>
    fc.record({
      respondent: respondentOf(id),
      typedName: fc.option(fc.constantFrom('Camille', 'Anne-Marie', 'Jean Dupont', 'Élodie', 'Ngozi'), { nil: undefined }),
      before: fc.constantFrom(' ', ' : ', ' – ', ' <', ' « ', '\t', ' (', '\u202f:\u202f'),
      after: fc.constantFrom('', '.', '>', ' »', '\u202f»', ' ', ',', ')', ' !'),
      asLink: fc.boolean(),
    });
  const lineText = ({ respondent: r, typedName, before, after, asLink }: Line): string => {
    const link = asLink ? `https://exemple.org/outils/${r.id}/${shareFragment(codeOf(r))}` : codeOf(r);
    return `${typedName === undefined ? before.trimStart() : `${typedName}${before}`}${link}${after}`;
  };

  it('every non-empty line becomes a member or a problem naming its line, in French', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...IDS).chain((id) => fc.tuple(fc.constant(id), fc.array(fc.oneof(garbageText, lineArb(id).map(lineText)), { maxLength: 12 }))),
        ([id, lines]) => {
          const q = SITES[id];
          const text = lines.join('\n');
          const collected = collectFromText(q, text);
          const nonEmpty = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '').length;
          expect(collected.entries.length + collected.problems.length).toBe(nonEmpty);
          for (const entry of collected.entries) {
            expect(versionsOf(q)).toContain(entry.questionnaire);
            expectValidAnswers(entry.questionnaire, entry.answers);
          }
          for (const problem of collected.problems) {
            expect(problem.source).toMatch(/^ligne \d+$/);
            expect(problem.message).toMatch(/^\p{Lu}.*\.$/u);
          }
          // The synthesis of whatever was collected computes.
          if (collected.entries.length > 0) {
            const { synthesis } = synthesizeResults(q, collected.entries);
            for (const d of synthesis.dimensions) if (d.score !== undefined) expect(Number.isFinite(d.score)).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a link or a code pasted with a first name, separators and punctuation is read with its name and answers', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...IDS).chain((id) => fc.array(lineArb(id), { minLength: 1, maxLength: 6 })),
        (lines) => {
          const collected = collectFromText(SITES[lines[0]!.respondent.id], lines.map(lineText).join('\n'));
          const seen = new Set<string>();
          lines.forEach((line, i) => {
            const r = line.respondent;
            const name = line.typedName ?? r.name;
            const entry = collected.entries.find((e) => e.source === `ligne ${i + 1}`);
            const key = `${codeOf(r)} ${name ?? ''}`;
            if (seen.has(key)) {
              expect(entry).toBeUndefined();
              return;
            }
            seen.add(key);
            expect(entry, lineText(line)).toMatchObject({ answers: r.answers, questionnaire: answered(r), name });
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('an imported file of any content gives one member or one French problem', () => {
    const jsonish = fc.oneof(
      garbageText,
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.record({ code: fc.oneof(garbageText, fc.jsonValue()), prenom: fc.oneof(garbageText, fc.jsonValue()) }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
    );
    fc.assert(
      fc.property(fc.constantFrom(...IDS), jsonish, fc.string({ maxLength: 30 }), (id, text, fileName) => {
        const q = SITES[id];
        const collected = collectFromFile(q, fileName, text);
        expect(collected.entries.length + collected.problems.length).toBe(1);
        for (const entry of collected.entries) expectValidAnswers(entry.questionnaire, entry.answers);
        for (const problem of collected.problems) expect(problem.source).toBe(IMPORT_MESSAGES.file(fileName));
      }),
      { numRuns: 800 },
    );
    expect(collectFromFile(SITES.cooperation, 'film.mp4', 'x'.repeat(2_000_000)).problems[0]?.message).toBe(IMPORT_MESSAGES.tooLarge);
  });

  it('a result exported as JSON, by any version, is imported with its answers and first name', () => {
    fc.assert(
      fc.property(respondentArb, fc.boolean(), (r, withBom) => {
        const version = answered(r);
        const code = codeOf(r);
        const file = resultJson(version, scoreQuestionnaire(version, r.answers), r.answers, code, { date: new Date(0), name: r.name });
        const collected = collectFromFile(SITES[r.id], 'resultat.json', withBom ? `\uFEFF${file}` : file);
        expect(collected.problems).toEqual([]);
        expect(collected.entries).toEqual([{ source: IMPORT_MESSAGES.file('resultat.json'), file: IMPORT_MESSAGES.file('resultat.json'), code, name: r.name, answers: r.answers, questionnaire: version }]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('progress saved in the browser', () => {
  const STATUS_MESSAGES = new Set<string>([STORAGE_MESSAGES.corrupt, STORAGE_MESSAGES.outdated, STORAGE_MESSAGES.other]);

  /** A parsed progress is empty, valid for the current version, or ignored with its French message. */
  function expectSafe(q: Questionnaire, raw: string | null): void {
    const parsed = parseProgress(q, raw);
    if (parsed.status === 'ignored') expect(STATUS_MESSAGES.has(parsed.message)).toBe(true);
    if (parsed.status === 'ok') {
      expectValidAnswers(q, parsed.progress.answers);
      expect(Number.isInteger(parsed.progress.step)).toBe(true);
      expect(parsed.progress.step).toBeGreaterThanOrEqual(0);
      expect(parsed.progress.step).toBeLessThanOrEqual(q.dimensions.length);
      expect(Number.isNaN(parsed.progress.savedAt.getTime())).toBe(false);
      if (parsed.message !== undefined) expect(parsed.message).toMatch(/^Le questionnaire a été révisé/);
    }
  }

  /** A record as a version saves it, each field possibly replaced by any JSON value. */
  const savedRecordArb = respondentArb.chain((r) =>
    fc
      .record({
        step: fc.integer({ min: -2, max: 12 }),
        replaced: fc.dictionary(fc.constantFrom('format', 'questionnaire', 'version', 'step', 'savedAt', 'answers', 'extra'), fc.jsonValue(), { maxKeys: 2 }),
        answerPatch: fc.dictionary(fc.oneof(fc.constantFrom(...allStatements(answered(r)).map((s) => s.statement.id)), fc.string()), fc.jsonValue(), { maxKeys: 2 }),
      })
      .map(({ step, replaced, answerPatch }) => {
        const record = JSON.parse(serializeProgress(answered(r), r.answers, step, new Date(Date.UTC(2026, 10, 30)))) as Record<string, unknown>;
        return { id: r.id, raw: JSON.stringify({ ...record, answers: { ...(record['answers'] as object), ...answerPatch }, ...replaced }) };
      }),
  );

  it('any text saved under the key is read safely', () => {
    fc.assert(
      fc.property(fc.constantFrom(...IDS), fc.oneof(garbageText, fc.jsonValue().map((v) => JSON.stringify(v))), (id, raw) => expectSafe(SITES[id], raw)),
      { numRuns: 1000 },
    );
    for (const raw of HUGE_INPUTS) expect(parseProgress(SITES.cooperation, raw)).toMatchObject({ status: 'ignored', reason: 'corrupt' });
  });

  it('saved progress with any field changed is read safely', () => {
    fc.assert(
      fc.property(savedRecordArb, ({ id, raw }) => expectSafe(SITES[id], raw)),
      { numRuns: 800 },
    );
  });

  it('progress saved by version 1 is carried to the current version: unchanged statements only, with a message', () => {
    fc.assert(
      fc.property(respondentArb, fc.integer({ min: 0, max: 8 }), (r, step) => {
        const q = SITES[r.id];
        const version = answered(r);
        const parsed = parseProgress(q, serializeProgress(version, r.answers, step, new Date(Date.UTC(2026, 5, 1))));
        expect(parsed.status).toBe('ok');
        if (parsed.status !== 'ok') return;
        expect(parsed.progress.answers).toEqual(version === q ? r.answers : carryAnswers(version, q, r.answers));
        expect(parsed.message === undefined).toBe(version === q);
        expectValidAnswers(q, parsed.progress.answers);
      }),
      { numRuns: 300 },
    );
  });
});
