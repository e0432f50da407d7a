/**
 * Share codes for questionnaire answers, carried in the URL fragment `#r=…` (never sent to a
 * server).
 *
 * The payload, inside the generic checked envelope of `src/lib/share/codec.ts` (kind =
 * the questionnaire's `shareCode`, version = the questionnaire's `version`, CRC-32):
 *   flags (1 byte: bit 0 = a first name follows) · statement count (varint)
 *   · answers, 3 bits each, most significant first, zero-padded to a whole byte
 *     (0 = not answered, 1–5 = rating, 6 = « je ne sais pas », 7 = « sans objet », only on the
 *     statements that offer it)
 *   · first name (varint length + UTF-8), when flagged.
 * 40 answers take 15 bytes; with the envelope the code is 39 characters.
 *
 * Decoding never throws: any input gives either the answers or a typed error with a French
 * message. An outdated, tampered, truncated or padded code is refused, never misread.
 * `decodeAnswers` reads the links of one version; `decodeResult` reads those of the current
 * version and of every earlier version the questionnaire keeps (see ./versions.ts).
 */
import { decode, encode, type ShareErrorCode } from '../share/codec.ts';
import { ByteReader, ByteWriter } from '../share/bytes.ts';
import { findShareCode } from '../share/find-code.ts';
import { SHARE_MESSAGES } from './messages.ts';
import type { Answer, Answers, Questionnaire } from './types.ts';
import { allStatements, answerFits, isAnswer } from './types.ts';
import { atVersion } from './versions.ts';

// Wire format: flag bits, answer codes and the 3-bit width are written in links already sent.
const NAME_FLAG = 1;
const BITS_PER_ANSWER = 3;
/** The code of an answer is its index; undefined = not answered. */
// Wire code: APPEND ONLY — index is written in share links already sent (3 bits: at most 8 codes).
export const ANSWER_CODES: readonly (Answer | undefined)[] = [undefined, 1, 2, 3, 4, 5, 'unknown', 'na'];
/** Longest first name kept in a share code, in characters. */
export const MAX_NAME_LENGTH = 40;
const MAX_NAME_BYTES = MAX_NAME_LENGTH * 4;
/** Longest code accepted before decoding (a first name included). */
const MAX_CODE_LENGTH = 2_000;

export type AnswersCodeError = ShareErrorCode | 'outdated' | 'newer' | 'content' | 'missing';

/** Why a share code was refused, with a French message for the reader. */
export interface DecodeFailure {
  readonly ok: false;
  readonly error: AnswersCodeError;
  readonly message: string;
}

export type DecodedAnswers = { readonly ok: true; readonly answers: Answers; readonly name?: string | undefined } | DecodeFailure;

/** Trims a first name, collapses spaces, drops control characters and keeps 40 characters. */
export function normalizeName(name: string): string {
  const cleaned = name
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return Array.from(cleaned).slice(0, MAX_NAME_LENGTH).join('').trim();
}

function answerToCode(answer: Answer | undefined): number {
  return Math.max(0, ANSWER_CODES.indexOf(answer));
}

/** The answer of a code; null for a code no version wrote. */
function codeToAnswer(code: number): Answer | undefined | null {
  return code < ANSWER_CODES.length ? ANSWER_CODES[code] : null;
}

/** The share code of these answers, optionally carrying the respondent's first name. */
export function encodeAnswers(questionnaire: Questionnaire, answers: Answers, name?: string): string {
  const statements = allStatements(questionnaire);
  const packed = new Uint8Array(Math.ceil((statements.length * BITS_PER_ANSWER) / 8));
  statements.forEach(({ statement }, i) => {
    const raw = answers[statement.id];
    const code = answerToCode(isAnswer(raw) && answerFits(statement, raw) ? raw : undefined);
    for (let b = 0; b < BITS_PER_ANSWER; b += 1) {
      if ((code >> (BITS_PER_ANSWER - 1 - b)) & 1) {
        const bit = i * BITS_PER_ANSWER + b;
        packed[bit >> 3] = (packed[bit >> 3] ?? 0) | (0x80 >> (bit & 7));
      }
    }
  });
  const cleanName = name === undefined ? '' : normalizeName(name);
  const writer = new ByteWriter().uint8(cleanName ? NAME_FLAG : 0).varint(statements.length);
  for (const byte of packed) writer.uint8(byte);
  if (cleanName) writer.string(cleanName);
  return encode(questionnaire.shareCode, questionnaire.version, writer.toBytes());
}

function failure(error: AnswersCodeError, message: string): DecodeFailure {
  return { ok: false, error, message };
}

/** Reads a share code (the part after `#r=`). Never throws. */
export function decodeAnswers(questionnaire: Questionnaire, code: unknown): DecodedAnswers {
  const envelope = decode(code, questionnaire.shareCode, { maxLength: MAX_CODE_LENGTH });
  if (!envelope.ok) return failure(envelope.error, envelope.message);
  if (envelope.version < questionnaire.version) {
    return failure('outdated', SHARE_MESSAGES.outdated(envelope.version, questionnaire.version));
  }
  if (envelope.version > questionnaire.version) {
    return failure('newer', SHARE_MESSAGES.newer(envelope.version, questionnaire.version));
  }
  const statements = allStatements(questionnaire);
  const reader = new ByteReader(envelope.payload);
  const flags = reader.uint8();
  const count = reader.varint();
  if (flags === undefined || (flags & ~NAME_FLAG) !== 0 || count !== statements.length) {
    return failure('content', SHARE_MESSAGES.content);
  }
  const packedLength = Math.ceil((count * BITS_PER_ANSWER) / 8);
  const packed: number[] = [];
  for (let i = 0; i < packedLength; i += 1) {
    const byte = reader.uint8();
    if (byte === undefined) return failure('content', SHARE_MESSAGES.content);
    packed.push(byte);
  }
  const answers: Record<string, Answer> = {};
  for (let i = 0; i < count; i += 1) {
    let value = 0;
    for (let b = 0; b < BITS_PER_ANSWER; b += 1) {
      const bit = i * BITS_PER_ANSWER + b;
      value = (value << 1) | (((packed[bit >> 3] ?? 0) >> (7 - (bit & 7))) & 1);
    }
    const answer = codeToAnswer(value);
    const statement = statements[i]?.statement;
    if (answer === null || statement === undefined) return failure('content', SHARE_MESSAGES.content);
    if (answer !== undefined) {
      if (!answerFits(statement, answer)) return failure('content', SHARE_MESSAGES.content);
      answers[statement.id] = answer;
    }
  }
  // Padding bits must be zero, so that one set of answers has exactly one code.
  const usedBits = count * BITS_PER_ANSWER;
  if (usedBits % 8 !== 0) {
    const last = packed[packed.length - 1] ?? 0;
    if ((last & (0xff >> (usedBits % 8))) !== 0) return failure('content', SHARE_MESSAGES.content);
  }
  let name: string | undefined;
  if (flags & NAME_FLAG) {
    name = reader.string(MAX_NAME_BYTES);
    if (name === undefined || name === '' || normalizeName(name) !== name) {
      return failure('content', SHARE_MESSAGES.content);
    }
  }
  if (reader.remaining !== 0) return failure('content', SHARE_MESSAGES.content);
  return name === undefined ? { ok: true, answers } : { ok: true, answers, name };
}

export type DecodedResult =
  | {
      readonly ok: true;
      /** The version the link was made with: the questionnaire itself or one of its earlier versions. */
      readonly questionnaire: Questionnaire;
      readonly answers: Answers;
      readonly name?: string | undefined;
    }
  | DecodeFailure;

/**
 * Reads a share code made with the current version of the questionnaire or with any earlier version
 * it keeps; the answers come with the version they belong to. Never throws.
 */
export function decodeResult(questionnaire: Questionnaire, code: unknown): DecodedResult {
  const envelope = decode(code, questionnaire.shareCode, { maxLength: MAX_CODE_LENGTH });
  const version = envelope.ok ? atVersion(questionnaire, envelope.version) : undefined;
  const decoded = decodeAnswers(version ?? questionnaire, code);
  if (!decoded.ok) return decoded;
  return { ...decoded, questionnaire: version ?? questionnaire };
}

/** Reads whatever was pasted (link, fragment or code), of any version the questionnaire keeps. */
export function decodePastedResult(questionnaire: Questionnaire, text: string): DecodedResult {
  const code = extractShareCode(text);
  if (code === undefined) return failure('missing', SHARE_MESSAGES.missing);
  return decodeResult(questionnaire, code);
}

/**
 * Finds the share code in what someone pasted: a whole link (`…#r=CODE`), the fragment
 * (`#r=CODE`, `r=CODE`) or the bare code, without what an e-mail client adds around a link.
 * Returns undefined when there is no code.
 */
export function extractShareCode(text: string): string | undefined {
  return findShareCode(text, 'r');
}

/** The fragment that carries a result: `#r=…`. Written in every link already sent. */
export const SHARE_PREFIX = '#r=';

/** The fragment to put in a result link. */
export function shareFragment(code: string): string {
  return `${SHARE_PREFIX}${code}`;
}

/** Decodes whatever was pasted (link, fragment or code). Never throws. */
export function decodePasted(questionnaire: Questionnaire, text: string): DecodedAnswers {
  const code = extractShareCode(text);
  if (code === undefined) return failure('missing', SHARE_MESSAGES.missing);
  return decodeAnswers(questionnaire, code);
}
