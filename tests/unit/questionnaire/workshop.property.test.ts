/**
 * The stored workshop session is user data read back from the browser: whatever localStorage holds
 * (a session of any shape, damaged by hand or by another version of the site, or anything at all),
 * `decodeSession` never throws; it gives back a session whose members have valid answers for the
 * version they answered, distinct labels and ids, or refuses with one of its French messages.
 * A session it wrote is read back unchanged.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allStatements, atVersion, choicesFor, normalizeName, type Answer, type Answers, type Questionnaire } from '../../../src/lib/questionnaire/index.ts';
import {
  answerTurn,
  decodeSession,
  finishTurn,
  memberLabel,
  newSession,
  removeMember,
  serializeSession,
  startTurn,
  turnAtStep,
  type WorkshopSession,
} from '../../../src/lib/questionnaire/workshop.ts';
import { WORKSHOP_MESSAGES } from '../../../src/lib/questionnaire/workshop-messages.ts';
import { garbage, HUGE_INPUTS } from '../share/fuzz.ts';
import { site } from './real.ts';

const Q = site('cooperation');
const MESSAGES = new Set(Object.values(WORKSHOP_MESSAGES.stored));

function answersArb(q: Questionnaire): fc.Arbitrary<Answers> {
  const statements = allStatements(q).map((s) => s.statement);
  return fc
    .tuple(...statements.map((s) => fc.option(fc.constantFrom<Answer>(...choicesFor(s)), { nil: undefined, freq: 3 })))
    .map((values) => Object.fromEntries(statements.flatMap((s, i) => (values[i] === undefined ? [] : [[s.id, values[i]]]))));
}

/** What people do on the device: turns (named or anonymous), removals, a turn left in progress. */
type Step = { kind: 'turn'; name: string; answers: Answers } | { kind: 'remove'; index: number };
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('turn' as const), name: fc.oneof(fc.constant(''), fc.string({ unit: 'grapheme', maxLength: 45 })), answers: answersArb(Q) }), weight: 4 },
  fc.record({ kind: fc.constant('remove' as const), index: fc.nat(10) }),
);
const sessionArb: fc.Arbitrary<WorkshopSession> = fc
  .tuple(fc.array(stepArb, { maxLength: 8 }), fc.option(fc.tuple(fc.string({ maxLength: 12 }), answersArb(Q), fc.nat(7)), { nil: undefined }))
  .map(([steps, pending]) => {
    let s = newSession(Q, new Date(Date.UTC(2026, 11, 1, 9)));
    for (const step of steps) {
      if (step.kind === 'remove') {
        const member = s.members[step.index % Math.max(1, s.members.length)];
        if (member) s = removeMember(s, member.id);
        continue;
      }
      const started = startTurn(s, Q, step.name);
      if (!started.ok) continue;
      s = started.session;
      for (const [id, value] of Object.entries(step.answers)) s = answerTurn(s, id, value);
      s = finishTurn(s, new Date(Date.UTC(2026, 11, 1, 10)));
    }
    if (pending) {
      const started = startTurn(s, Q, pending[0]);
      if (started.ok) {
        s = started.session;
        for (const [id, value] of Object.entries(pending[1])) s = answerTurn(s, id, value);
        s = turnAtStep(s, pending[2]);
      }
    }
    return s;
  });

/** The decoder's promises on what it accepts. */
function expectSound(session: WorkshopSession): void {
  const labels = session.members.map((m) => memberLabel(m).toLocaleLowerCase('fr'));
  expect(new Set(labels).size).toBe(labels.length);
  expect(new Set(session.members.map((m) => m.id)).size).toBe(session.members.length);
  for (const m of session.members) {
    expect(normalizeName(m.name)).toBe(m.name);
    const version = atVersion(Q, m.version);
    expect(version).toBeDefined();
    const statements = new Map(allStatements(version!).map(({ statement }) => [statement.id, statement]));
    for (const [id, answer] of Object.entries(m.answers)) expect(choicesFor(statements.get(id)!)).toContain(answer);
    expect(Number.isNaN(m.finishedAt.getTime())).toBe(false);
  }
  if (session.turn) {
    expect(session.turn.version).toBe(Q.version);
    expect(session.turn.step).toBeLessThan(Q.dimensions.length);
  }
}

/** One change to a stored session's JSON: a field set to anything, removed, or a member duplicated. */
const damage = (json: string) =>
  fc.oneof(
    fc.tuple(fc.constantFrom('format', 'kind', 'questionnaire', 'startedAt', 'anonymous', 'members', 'turn'), garbage).map(([key, value]) => {
      const data = JSON.parse(json) as Record<string, unknown>;
      data[key] = value;
      return JSON.stringify(data) ?? '';
    }),
    fc.tuple(fc.nat(), fc.constantFrom('id', 'name', 'anonymous', 'version', 'finishedAt', 'answers'), garbage).map(([i, key, value]) => {
      const data = JSON.parse(json) as { members: Record<string, unknown>[] };
      const member = data.members[i % Math.max(1, data.members.length)];
      if (member) member[key] = value;
      return JSON.stringify(data) ?? '';
    }),
    fc.tuple(fc.nat(), fc.nat()).map(([cut, at]) => json.slice(0, cut % (json.length + 1)) + json.slice((cut % (json.length + 1)) + (at % 5))),
  );

describe('decodeSession', () => {
  it('reads back every session it wrote, unchanged', () => {
    fc.assert(
      fc.property(sessionArb, (session) => {
        const decoded = decodeSession(Q, serializeSession(session));
        expect(decoded).toEqual({ status: 'ok', session });
        if (decoded.status === 'ok') expectSound(decoded.session);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on a damaged session: a sound session, or a refusal with its French message', () => {
    fc.assert(
      fc.property(
        sessionArb.chain((session) => damage(serializeSession(session))),
        (raw) => {
          const decoded = decodeSession(Q, raw);
          if (decoded.status === 'ok') expectSound(decoded.session);
          else if (decoded.status === 'ignored') expect(MESSAGES.has(decoded.message), decoded.message).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never throws on anything at all', () => {
    fc.assert(
      fc.property(garbage, (value) => {
        const raw = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
        const decoded = decodeSession(Q, raw);
        expect(['empty', 'ignored']).toContain(decoded.status);
      }),
      { numRuns: 300 },
    );
    for (const huge of HUGE_INPUTS) expect(decodeSession(Q, huge)).toMatchObject({ status: 'ignored', reason: 'corrupt' });
  });
});
