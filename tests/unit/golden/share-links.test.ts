/**
 * Share links already sent must keep opening the same results: every committed version-1 link is
 * decoded by today's code and compared with the values written in the fixture, and re-encoding
 * those values must give the very same link (one set of answers, one link).
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  ANSWER_CODES,
  allStatements,
  decodePasted,
  encodeAnswers,
  shareFragment,
  type Questionnaire,
} from '../../../src/lib/questionnaire/index.ts';
import { decodeScenario, encodeScenario, SCENARIO_WIRE_CODES, SHARE_PREFIX } from '../../../src/lib/decision/scenario-codec.ts';
import { DECISION_RULE_KINDS, POSITIONS } from '../../../src/lib/decision/types.ts';
import { ANSWERS_LINKS, SCENARIO_LINKS, STATEMENT_ORDER, WIRE_CODES } from './share-links.v1.ts';

function questionnaire(id: string): Questionnaire {
  const data = parse(readFileSync(`content/questionnaires/v1/${id}.yaml`, 'utf8')) as Omit<Questionnaire, 'id'>;
  return { id, ...data };
}

/**
 * The page a link opens must still exist (pages are never renamed without a redirect): an Astro
 * page, or a tool page written in content/outils/ (served by src/pages/outils/[outil].astro).
 */
function pageExists(link: string): boolean {
  const slug = link.slice(1, link.indexOf('/#'));
  return (
    existsSync(`src/pages/${slug}/index.astro`) ||
    (slug.startsWith('outils/') && ['md', 'mdx'].some((ext) => existsSync(`content/${slug}.${ext}`)))
  );
}

describe('questionnaire links of version 1', () => {
  it.each(Object.entries(STATEMENT_ORDER))('%s still reads version-1 links in the same statement order', (id, pinned) => {
    const q = questionnaire(id);
    expect(q.shareCode).toBe(pinned.shareCode);
    // Raising the version makes every link already sent unreadable: keep a reader of version 1
    // (with this statement order) before raising it, then update this test, not the fixture.
    expect(q.version, 'questionnaire version raised: links already sent would be refused').toBe(pinned.version);
    expect(allStatements(q).map((s) => s.statement.id)).toEqual(pinned.statements);
  });

  it.each(ANSWERS_LINKS.map((g) => [`${g.questionnaire} ${g.label}`, g] as const))('%s opens the same answers', (_, golden) => {
    const q = questionnaire(golden.questionnaire);
    expect(pageExists(golden.link)).toBe(true);
    const expected = golden.name === undefined
      ? { ok: true, answers: golden.answers }
      : { ok: true, answers: golden.answers, name: golden.name };
    expect(decodePasted(q, golden.link)).toStrictEqual(expected);
    expect(decodePasted(q, `https://example.org${golden.link}`)).toStrictEqual(expected);
    const path = golden.link.slice(0, golden.link.indexOf('#'));
    expect(`${path}${shareFragment(encodeAnswers(q, golden.answers, golden.name))}`).toBe(golden.link);
  });
});

describe('simulator links of version 1', () => {
  it.each(SCENARIO_LINKS.map((g) => [g.label, g] as const))('%s opens the same scenario', (_, golden) => {
    expect(pageExists(golden.link)).toBe(true);
    const at = golden.link.indexOf(SHARE_PREFIX);
    expect(at, `the fragment must start with ${SHARE_PREFIX}`).toBeGreaterThan(0);
    const text = golden.link.slice(at + SHARE_PREFIX.length);
    expect(decodeScenario(text)).toStrictEqual({ ok: true, scenario: golden.scenario });
    expect(encodeScenario(golden.scenario)).toStrictEqual({ ok: true, text });
  });

  it('the fixture covers every rule kind, position and option code', () => {
    const rules = SCENARIO_LINKS.map((g) => g.scenario.rule);
    expect(new Set(rules.map((r) => r.kind)).size).toBe(8);
    const positions = new Set(SCENARIO_LINKS.flatMap((g) => Object.values(g.scenario.positions)));
    expect(positions.size).toBe(5);
    expect(rules.some((r) => r.quorum?.of === 'members') && rules.some((r) => r.quorum?.of === 'weight')).toBe(true);
    expect(rules.some((r) => r.abstentionPolicy === 'counted-as-against')).toBe(true);
    expect(rules.some((r) => r.abstentionPolicy === undefined)).toBe(true);
  });
});

describe('wire codes are append-only', () => {
  it('answer codes of version 1 are a prefix of today’s, within 3 bits', () => {
    expect(ANSWER_CODES.slice(0, WIRE_CODES.answers.length)).toEqual(WIRE_CODES.answers);
    expect(ANSWER_CODES.length).toBeLessThanOrEqual(8);
  });

  it.each(Object.entries(WIRE_CODES.scenario))('scenario %s of version 1 are a prefix of today’s', (list, pinned) => {
    const current: readonly string[] = SCENARIO_WIRE_CODES[list as keyof typeof SCENARIO_WIRE_CODES];
    expect(current.slice(0, pinned.length)).toEqual(pinned);
    expect(new Set(current).size).toBe(current.length);
  });

  it('every rule kind and position has a code', () => {
    expect([...SCENARIO_WIRE_CODES.ruleKinds].sort()).toEqual([...DECISION_RULE_KINDS].sort());
    expect([...SCENARIO_WIRE_CODES.positions].sort()).toEqual([...POSITIONS].sort());
  });
});
