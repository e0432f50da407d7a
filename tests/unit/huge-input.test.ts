/**
 * Long pasted or typed text, built to defeat regular expressions: every parser of user input must
 * answer in time linear in its length. (A `[…]+$` regex retries from every position of a long
 * run of its characters: 40 000 spaces in a pasted line froze the synthesis for seconds.)
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { collectFromFile, collectFromText, decodePastedResult, normalizeName, parseProgress } from '../../src/lib/questionnaire/index.ts';
import { decodeScenario } from '../../src/lib/decision/scenario-codec.ts';
import { parseFieldInput } from '../../src/lib/decision/field-input.ts';
import { parseFraction } from '../../src/lib/decision/presets.ts';
import { readMemberList } from '../../src/lib/decision/member-list.ts';
import { decodeEcueils } from '../../src/lib/ecueils/share.ts';
import { parseProgress as parseEcueilsProgress } from '../../src/lib/ecueils/exports.ts';
import { findShareCode } from '../../src/lib/share/find-code.ts';
import { searchWordsOf } from '../../src/lib/urls/address-words.ts';
import { withoutTracking } from '../../src/lib/urls/tracking.ts';
import { liveQuery } from '../../src/lib/search-query.ts';
import { forty } from './questionnaire/fixture.ts';
import { realRules } from './ecueils/fixture.ts';

const q = forty();
const rules = realRules();
/** Long enough that a quadratic parser takes seconds, a linear one milliseconds. */
const LENGTH = 50_000;
/** Per call: generous for a loaded machine, far below what a quadratic parser needs. */
const BUDGET_MS = 400;

const PARSERS: Readonly<Record<string, (text: string) => unknown>> = {
  decodeScenario,
  decodeEcueils: (text) => decodeEcueils(rules, text),
  decodePastedResult: (text) => decodePastedResult(q, text),
  collectFromText: (text) => collectFromText(q, text),
  collectFromFile: (text) => collectFromFile(q, 'f.json', text),
  questionnaireProgress: (text) => parseProgress(q, text),
  ecueilsProgress: (text) => parseEcueilsProgress(rules, text),
  findShareCode: (text) => findShareCode(text, 'r'),
  normalizeName,
  weightField: (text) => parseFieldInput('number', text),
  percentField: (text) => parseFieldInput('percent', text),
  parseFraction,
  memberList: (text) => readMemberList(text, { room: 60, colleges: ['Salariés'] }),
  searchWordsOf,
  liveQuery,
  withoutTracking: (text) => withoutTracking(`https://exemple.org/guides/a/?${text}#${text}`),
};

/** A run of one short piece, with something at either end that makes a backtracking regex fail late. */
const adversarial = fc
  .record({
    piece: fc.constantFrom(' ', '.', '»', ' »', 'a ', 'a.', 'a', 'é', '-', '_', '\u202f', '« ', ': ', '%', '%23r=', '#r=', '&', '=', '0', '0,', '\n', '\t\n', '(', '"', ';', '1/'),
    before: fc.constantFrom('', 'x', 'Camille ', '#r=', '1', '«'),
    after: fc.constantFrom('', 'x', '!', '»', '%', 'é', '1'),
  })
  .map(({ piece, before, after }) => `${before}${piece.repeat(Math.ceil(LENGTH / piece.length))}${after}`);

describe('long adversarial input', () => {
  it.each(Object.entries(PARSERS))('%s answers in linear time', (_, parse) => {
    fc.assert(
      fc.property(adversarial, (text) => {
        const start = performance.now();
        parse(text);
        expect(performance.now() - start).toBeLessThan(BUDGET_MS);
      }),
      { numRuns: 25 },
    );
  });
});
