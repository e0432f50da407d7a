/**
 * Share codes of « Anticiper les écueils » answers, carried in the URL fragment `#r=…`.
 *
 * Payload, inside the checked envelope of src/lib/share/codec.ts (kind = `shareCode`,
 * version = the rules' `version`): question count (varint), then one byte per question in
 * the order of content/ecueils/questions: 0 = unanswered, 1 = « je ne sais pas », 2 + n =
 * the n-th choice. Questions and choices are append only, so a link made before a question
 * was added still opens (the new question is unanswered).
 */
import { decode, encode, type ShareErrorCode } from '../share/codec.ts';
import { ByteReader, ByteWriter } from '../share/bytes.ts';
import { findShareCode } from '../share/find-code.ts';
import { UNKNOWN, type EcueilsAnswers } from './engine.ts';
import { ECUEILS_MESSAGES } from './messages.ts';
import { choicesOf } from './choices.ts';
import type { EcueilsRules } from './schema.ts';

/** Wire codes: APPEND ONLY — written in share links already sent. */
const UNANSWERED_CODE = 0;
const UNKNOWN_CODE = 1;
const FIRST_CHOICE_CODE = 2;
const MAX_CODE_LENGTH = 1_000;

export type EcueilsCodeError = ShareErrorCode | 'outdated' | 'newer' | 'content' | 'missing';

export type DecodedEcueils =
  | { readonly ok: true; readonly answers: Record<string, string> }
  | { readonly ok: false; readonly error: EcueilsCodeError; readonly message: string };

export function encodeEcueils(rules: EcueilsRules, answers: EcueilsAnswers): string {
  const writer = new ByteWriter().varint(rules.questions.length);
  for (const question of rules.questions) {
    const answer = answers[question.id];
    const choice = choicesOf(question).findIndex((c) => c.id === answer);
    writer.uint8(answer === UNKNOWN ? UNKNOWN_CODE : choice >= 0 ? FIRST_CHOICE_CODE + choice : UNANSWERED_CODE);
  }
  return encode(rules.shareCode, rules.version, writer.toBytes());
}

/** The answers of a code or of a whole link (`…#r=CODE`); never throws. */
export function decodeEcueils(rules: EcueilsRules, input: unknown): DecodedEcueils {
  const fail = (error: EcueilsCodeError, message: string): DecodedEcueils => ({ ok: false, error, message });
  if (typeof input !== 'string' || input.trim() === '') return fail('missing', ECUEILS_MESSAGES.shareErrors.missing);
  const text = input.trim();
  // What an e-mail client adds around a link (a final full stop, `<…>`) is left out.
  const code = findShareCode(text, 'r') ?? (text.includes('#') ? '' : text);
  if (code === '') return fail('missing', ECUEILS_MESSAGES.shareErrors.missing);
  const envelope = decode(code, rules.shareCode, { maxLength: MAX_CODE_LENGTH });
  if (!envelope.ok) return fail(envelope.error, envelope.message);
  if (envelope.version < rules.version) return fail('outdated', ECUEILS_MESSAGES.shareErrors.outdated);
  if (envelope.version > rules.version) return fail('newer', ECUEILS_MESSAGES.shareErrors.newer);
  const reader = new ByteReader(envelope.payload);
  const count = reader.varint();
  if (count === undefined || count > rules.questions.length || reader.remaining !== count) {
    return fail('content', ECUEILS_MESSAGES.shareErrors.content);
  }
  const answers: Record<string, string> = {};
  for (let i = 0; i < count; i += 1) {
    const question = rules.questions[i];
    const value = reader.uint8();
    if (!question || value === undefined) return fail('content', ECUEILS_MESSAGES.shareErrors.content);
    if (value === UNANSWERED_CODE) continue;
    if (value === UNKNOWN_CODE) {
      answers[question.id] = UNKNOWN;
      continue;
    }
    const choice = choicesOf(question)[value - FIRST_CHOICE_CODE];
    if (!choice) return fail('content', ECUEILS_MESSAGES.shareErrors.content);
    answers[question.id] = choice.id;
  }
  return { ok: true, answers };
}
