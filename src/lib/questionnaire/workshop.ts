/**
 * « Mode atelier »: one device passed from hand to hand. The facilitator starts a session; each
 * member in turn answers under a first name or anonymously; once they finish, their answers join
 * the session and are no longer shown; the facilitator gets the collective synthesis
 * (./synthesis.ts) of the members on the device.
 *
 * The session lives in the browser (localStorage), as JSON:
 *   { format: 1, kind: "atelier", questionnaire: "cooperation", startedAt: "…", anonymous: 2,
 *     members: [{ id: 1, name: "Camille", version: 2, finishedAt: "…", answers: { id: 1–5 | "unknown" | "na" } },
 *               { id: 2, name: "", anonymous: 1, … }],
 *     turn: { name: "", version: 2, step: 3, answers: {…} } | null }
 * `anonymous` counts the anonymous members ever numbered, so that « Anonyme 2 » keeps its number
 * when « Anonyme 1 » is removed. Each member keeps the version of the questionnaire they answered:
 * the synthesis compares versions as it does for links (see ./versions.ts).
 *
 * `decodeSession` validates everything it reads and never throws: a damaged session, one of another
 * questionnaire or of a version this page no longer reads is refused with a French message.
 */
import { normalizeName, encodeAnswers } from './share.ts';
import type { MemberResult } from './synthesis.ts';
import type { Answer, Answers, Questionnaire } from './types.ts';
import { allStatements, answerFits, isAnswer } from './types.ts';
import { atVersion, carryAnswers } from './versions.ts';
import { readStoredObject } from './storage.ts';
import { WORKSHOP_MESSAGES } from './workshop-messages.ts';

const FORMAT = 1;
const KIND = 'atelier';
/** Most members in one session: a large board, as in the decision simulator. */
export const MAX_WORKSHOP_MEMBERS = 60;
/** Longest stored session read, in characters (60 members of 48 answers take about 60 000). */
const MAX_LENGTH = 400_000;

export interface WorkshopMember {
  /** Order of passage, from 1; never reused in a session. */
  readonly id: number;
  /** First name, or '' for an anonymous member. */
  readonly name: string;
  /** An anonymous member's number among the anonymous members: « Anonyme 2 ». */
  readonly anonymous?: number | undefined;
  /** The version of the questionnaire they answered. */
  readonly version: number;
  readonly answers: Answers;
  readonly finishedAt: Date;
}

/** The member answering now, not finished yet. */
export interface WorkshopTurn {
  /** First name, or '' to stay anonymous. */
  readonly name: string;
  readonly version: number;
  /** The dimension on screen (0-based). */
  readonly step: number;
  readonly answers: Answers;
}

export interface WorkshopSession {
  /** The questionnaire's id. */
  readonly questionnaire: string;
  readonly startedAt: Date;
  readonly members: readonly WorkshopMember[];
  /** Anonymous members numbered so far. */
  readonly anonymous: number;
  readonly turn?: WorkshopTurn | undefined;
}

export type WorkshopChange = { readonly ok: true; readonly session: WorkshopSession } | { readonly ok: false; readonly message: string };

export function newSession(questionnaire: Questionnaire, now: Date): WorkshopSession {
  return { questionnaire: questionnaire.id, startedAt: now, members: [], anonymous: 0 };
}

/** « Camille », or « Anonyme 2 ». */
export function memberLabel(member: Pick<WorkshopMember, 'name' | 'anonymous'>): string {
  return member.name || WORKSHOP_MESSAGES.anonymous(member.anonymous ?? 0);
}

/** First names compared as people read them: « camille » and « Camille » are the same person. */
function sameName(a: string, b: string): boolean {
  return a.localeCompare(b, 'fr', { sensitivity: 'base' }) === 0;
}

/**
 * Starts a member's turn, under a first name (cleaned as in a share link) or anonymously (''). A
 * first name already in the session, or one that reads as an anonymous member's label, is refused:
 * the synthesis could not tell the two apart.
 */
export function startTurn(session: WorkshopSession, questionnaire: Questionnaire, typedName: string): WorkshopChange {
  if (session.members.length >= MAX_WORKSHOP_MEMBERS) return { ok: false, message: WORKSHOP_MESSAGES.full(MAX_WORKSHOP_MEMBERS) };
  const name = normalizeName(typedName);
  if (name !== '' && session.members.some((m) => sameName(memberLabel(m), name))) return { ok: false, message: WORKSHOP_MESSAGES.nameTaken(name) };
  if (/^anonyme\s*\d+$/iu.test(name)) return { ok: false, message: WORKSHOP_MESSAGES.nameReserved };
  return { ok: true, session: { ...session, turn: { name, version: questionnaire.version, step: 0, answers: {} } } };
}

/** The turn with one more answer (or a changed one). */
export function answerTurn(session: WorkshopSession, statementId: string, answer: Answer): WorkshopSession {
  if (!session.turn) return session;
  return { ...session, turn: { ...session.turn, answers: { ...session.turn.answers, [statementId]: answer } } };
}

export function turnAtStep(session: WorkshopSession, step: number): WorkshopSession {
  return session.turn ? { ...session, turn: { ...session.turn, step } } : session;
}

/** Ends the turn: the member joins the session, numbered if anonymous. */
export function finishTurn(session: WorkshopSession, now: Date): WorkshopSession {
  const { turn } = session;
  if (!turn) return session;
  const id = session.members.reduce((max, m) => Math.max(max, m.id), 0) + 1;
  const anonymous = turn.name === '' ? session.anonymous + 1 : undefined;
  const member: WorkshopMember = { id, name: turn.name, anonymous, version: turn.version, answers: turn.answers, finishedAt: now };
  return { ...session, members: [...session.members, member], anonymous: anonymous ?? session.anonymous, turn: undefined };
}

/** Drops the turn in progress, and its answers. */
export function abandonTurn(session: WorkshopSession): WorkshopSession {
  return { ...session, turn: undefined };
}

export function removeMember(session: WorkshopSession, id: number): WorkshopSession {
  return { ...session, members: session.members.filter((m) => m.id !== id) };
}

/**
 * The members' results as the synthesis reads them (`synthesizeResults`): each labelled, with the
 * version they answered. A member of a version the questionnaire no longer holds is left out (a
 * decoded session has none).
 */
export function workshopResults(session: WorkshopSession, questionnaire: Questionnaire): MemberResult[] {
  return session.members.flatMap((m) => {
    const version = atVersion(questionnaire, m.version);
    return version ? [{ name: memberLabel(m), answers: m.answers, questionnaire: version }] : [];
  });
}

const iso = (date: Date) => date.toISOString();

export function serializeSession(session: WorkshopSession): string {
  const { turn } = session;
  return JSON.stringify({
    format: FORMAT,
    kind: KIND,
    questionnaire: session.questionnaire,
    startedAt: iso(session.startedAt),
    anonymous: session.anonymous,
    members: session.members.map((m) => ({
      id: m.id,
      name: m.name,
      ...(m.anonymous === undefined ? {} : { anonymous: m.anonymous }),
      version: m.version,
      finishedAt: iso(m.finishedAt),
      answers: m.answers,
    })),
    turn: turn ? { name: turn.name, version: turn.version, step: turn.step, answers: turn.answers } : null,
  });
}

/**
 * A session export (« Exporter la session »): each member's first name or label, version, answers
 * and result link, which the synthesis page also reads (`collectFromFile`). `resultLink` makes a
 * link from a share code.
 */
export function sessionExport(
  session: WorkshopSession,
  questionnaire: Questionnaire,
  now: Date,
  resultLink: (code: string) => string,
): string {
  const members = session.members.flatMap((m) => {
    const version = atVersion(questionnaire, m.version);
    if (!version) return [];
    const code = encodeAnswers(version, m.answers, m.name || undefined);
    return [
      {
        libelle: memberLabel(m),
        ...(m.name ? { prenom: m.name } : {}),
        version: m.version,
        termineLe: iso(m.finishedAt),
        code,
        lien: resultLink(code),
        reponses: m.answers,
      },
    ];
  });
  const data = {
    type: KIND,
    questionnaire: questionnaire.id,
    titre: questionnaire.title,
    commenceeLe: iso(session.startedAt),
    exporteeLe: iso(now),
    membres: members,
  };
  return JSON.stringify(data, null, 2) + '\n';
}

// ---- Reading a stored session ----

export type DecodedSession =
  | { readonly status: 'empty' }
  | { readonly status: 'ok'; readonly session: WorkshopSession }
  /**
   * `keep`: the session may be readable by a newer page (a newer format or version): keep it in
   * storage rather than erase it.
   */
  | { readonly status: 'ignored'; readonly reason: 'corrupt' | 'outdated' | 'newer' | 'other'; readonly message: string; readonly keep: boolean };

function ignored(reason: 'corrupt' | 'outdated' | 'newer' | 'other'): DecodedSession {
  return { status: 'ignored', reason, message: WORKSHOP_MESSAGES.stored[reason], keep: reason === 'newer' };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

function readDate(value: unknown): Date | undefined {
  if (typeof value !== 'string' || value.length > 40) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function readName(value: unknown): string | undefined {
  return typeof value === 'string' && normalizeName(value) === value ? value : undefined;
}

/** Answers valid for this version: known statements, answers they offer; undefined otherwise. */
function readAnswers(version: Questionnaire, value: unknown): Answers | undefined {
  if (!isRecord(value)) return undefined;
  const known = new Map(allStatements(version).map((s) => [s.statement.id, s.statement]));
  const answers: Record<string, Answer> = {};
  for (const [id, answer] of Object.entries(value)) {
    const statement = known.get(id);
    if (!statement || !isAnswer(answer) || !answerFits(statement, answer)) return undefined;
    answers[id] = answer;
  }
  return answers;
}

type Read<T> = T | 'corrupt' | 'outdated' | 'newer';

/** The version of a stored member or turn, among those the questionnaire reads. */
function readVersion(questionnaire: Questionnaire, value: unknown): Read<Questionnaire> {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) return 'corrupt';
  if (value > questionnaire.version) return 'newer';
  return atVersion(questionnaire, value) ?? 'outdated';
}

function readMember(questionnaire: Questionnaire, value: unknown): Read<WorkshopMember> {
  if (!isRecord(value)) return 'corrupt';
  const { id, name, anonymous, finishedAt } = value;
  const version = readVersion(questionnaire, value['version']);
  if (typeof version === 'string') return version;
  const answers = readAnswers(version, value['answers']);
  const date = readDate(finishedAt);
  const clean = readName(name);
  if (!isCount(id) || id < 1 || clean === undefined || answers === undefined || date === undefined) return 'corrupt';
  // Anonymous members, and them only, have a number.
  if (clean === '' ? !isCount(anonymous) || anonymous < 1 : anonymous !== undefined) return 'corrupt';
  return { id, name: clean, anonymous: clean === '' ? (anonymous as number) : undefined, version: version.version, answers, finishedAt: date };
}

/** The turn in progress; answers of an earlier version are carried to the current one. */
function readTurn(questionnaire: Questionnaire, value: unknown): Read<WorkshopTurn | undefined> {
  if (value === null || value === undefined) return undefined;
  if (!isRecord(value)) return 'corrupt';
  const version = readVersion(questionnaire, value['version']);
  if (typeof version === 'string') return version;
  const answers = readAnswers(version, value['answers']);
  const name = readName(value['name']);
  const step = value['step'];
  if (answers === undefined || name === undefined || !isCount(step)) return 'corrupt';
  return {
    name,
    version: questionnaire.version,
    step: version === questionnaire ? Math.min(step, questionnaire.dimensions.length - 1) : 0,
    answers: version === questionnaire ? answers : carryAnswers(version, questionnaire, answers),
  };
}

/**
 * The versions of the questionnaire a stored session holds answers of (members and turn), so that
 * a page loads the earlier versions before decoding it; [] when unreadable.
 */
export function sessionVersions(raw: string | null | undefined): number[] {
  const data = readStoredObject(raw, MAX_LENGTH);
  if (typeof data === 'string') return [];
  const items = [...(Array.isArray(data['members']) ? data['members'] : []), data['turn']];
  return items.flatMap((item) => (isRecord(item) && Number.isSafeInteger(item['version']) ? [item['version'] as number] : []));
}

/** Reads a stored session. Never throws. */
export function decodeSession(questionnaire: Questionnaire, raw: string | null | undefined): DecodedSession {
  const data = readStoredObject(raw, MAX_LENGTH);
  if (data === 'empty') return { status: 'empty' };
  if (data === 'corrupt' || data['kind'] !== KIND) return ignored('corrupt');
  const format = data['format'];
  if (typeof format === 'number' && Number.isSafeInteger(format) && format > FORMAT) return ignored('newer');
  if (format !== FORMAT) return ignored('corrupt');
  if (data['questionnaire'] !== questionnaire.id) return ignored('other');
  const startedAt = readDate(data['startedAt']);
  const anonymous = data['anonymous'];
  const rawMembers = data['members'];
  if (!startedAt || !isCount(anonymous) || !Array.isArray(rawMembers) || rawMembers.length > MAX_WORKSHOP_MEMBERS) return ignored('corrupt');
  const members: WorkshopMember[] = [];
  for (const value of rawMembers) {
    const member = readMember(questionnaire, value);
    if (typeof member === 'string') return ignored(member);
    // One id, one label per member; anonymous numbers within the count.
    if (members.some((m) => m.id === member.id || sameName(memberLabel(m), memberLabel(member)))) return ignored('corrupt');
    if ((member.anonymous ?? 0) > anonymous) return ignored('corrupt');
    members.push(member);
  }
  const turn = readTurn(questionnaire, data['turn']);
  if (typeof turn === 'string') return ignored(turn);
  return { status: 'ok', session: { questionnaire: questionnaire.id, startedAt, members, anonymous, turn } };
}
