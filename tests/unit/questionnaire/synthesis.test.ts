import { describe, expect, it } from 'vitest';
import {
  collectFromFile,
  collectFromText,
  collectSummary,
  compareDisagreement,
  encodeAnswers,
  labelMembers,
  range,
  resultJson,
  scoreQuestionnaire,
  splitNamedLine,
  summarize,
  synthesize,
  T,
  type Answers,
} from '../../../src/lib/questionnaire/index.ts';
import { dimension, forty, questionnaire } from './fixture.ts';

describe('summarize', () => {
  it('computes n, mean, population standard deviation and range', () => {
    const s = summarize([1, 3, 5]);
    expect(s.n).toBe(3);
    expect(s.mean).toBe(3);
    expect(s.sd).toBeCloseTo(Math.sqrt(8 / 3), 10);
    expect([s.min, s.max, range(s)]).toEqual([1, 5, 4]);
    expect(summarize([4])).toEqual({ n: 1, mean: 4, sd: 0, min: 4, max: 4 });
    expect(summarize([])).toEqual({ n: 0, mean: undefined, sd: undefined, min: undefined, max: undefined });
    expect(range(summarize([]))).toBeUndefined();
  });
});

describe('synthesize', () => {
  const q = questionnaire([
    dimension('a', [{ id: 'a1' }, { id: 'a2' }, { id: 'a3', reversed: true }]),
    dimension('b', [{ id: 'b1' }, { id: 'b2' }]),
  ]);
  const members = labelMembers([
    { name: 'Camille', answers: { a1: 5, a2: 4, a3: 1, b1: 1, b2: 3 } },
    { answers: { a1: 5, a2: 4, a3: 2, b1: 5, b2: 3 } },
    { answers: { a1: 4, a2: 'unknown', a3: 'unknown', b1: 3, b2: 3 } },
  ]);
  const s = synthesize(q, members);

  it('keeps members anonymous unless they gave a first name', () => {
    expect(s.members.map((m) => [m.label, m.named])).toEqual([
      ['Camille', true],
      ['Membre 2', false],
      ['Membre 3', false],
    ]);
  });

  it('summarises each dimension over the members’ dimension means, reversed items oriented', () => {
    const [a, b] = s.dimensions;
    // Camille: (5 + 4 + 5) / 3; member 2: (5 + 4 + 4) / 3; member 3: 1 rating of 3 → too few.
    expect(a!.summary.n).toBe(2);
    expect(a!.insufficient).toBe(1);
    expect(a!.summary.mean).toBeCloseTo((14 / 3 + 13 / 3) / 2, 10);
    expect(a!.level).toBe('fort');
    expect(b!.summary).toMatchObject({ n: 3, mean: 3, min: 2, max: 4 });
    expect(b!.score).toBe(50);
    expect(b!.level).toBe('discuter');
  });

  it('summarises each statement as worded, counting « je ne sais pas » apart', () => {
    const a3 = s.statements.find((x) => x.statement.id === 'a3')!;
    expect(a3.summary).toMatchObject({ n: 2, mean: 1.5, min: 1, max: 2 });
    expect(a3.unknown).toBe(1);
    expect(a3.distribution).toEqual([1, 1, 0, 0, 0]);
    expect(a3.answers).toEqual([1, 2, 'unknown']);
  });

  it('lists the most disputed statements first and flags the points to discuss', () => {
    expect(s.byDisagreement.map((x) => x.statement.id)).toEqual(['b1', 'a3', 'a1', 'b2', 'a2']);
    expect(s.discussionPoints.map((x) => x.statement.id)).toEqual(['b1']);
  });

  it('puts statements with fewer than two ratings last', () => {
    const lonely = synthesize(q, labelMembers([{ answers: { a1: 1, b1: 2 } }, { answers: { b1: 2 } }]));
    expect(lonely.byDisagreement.at(-1)?.summary.n).toBeLessThan(2);
    expect(lonely.byDisagreement[0]!.statement.id).toBe('b1');
    expect(compareDisagreement(lonely.byDisagreement[0]!, lonely.byDisagreement[0]!)).toBe(0);
  });

  it('handles no members', () => {
    const empty = synthesize(q, []);
    expect(empty.dimensions.every((d) => d.summary.n === 0 && d.score === undefined)).toBe(true);
    expect(empty.discussionPoints).toEqual([]);
  });
});

describe('collecting members', () => {
  const q = forty();
  const answers = (v: 1 | 3 | 5): Answers => ({ 'd0-s0': v, 'd0-s1': v, 'd0-s2': v });
  const link = (code: string) => `https://faire-ensemble.example/outils/autodiagnostic-cooperation/#r=${code}`;

  it('splits an optional first name from the link or code', () => {
    expect(splitNamedLine('Camille : https://x.example/outils/a/#r=ABC')).toEqual({
      name: 'Camille',
      codeText: 'https://x.example/outils/a/#r=ABC',
    });
    expect(splitNamedLine('Jean-Pierre  ABCDEF')).toEqual({ name: 'Jean-Pierre', codeText: 'ABCDEF' });
    expect(splitNamedLine('ABCDEF')).toEqual({ name: '', codeText: 'ABCDEF' });
    expect(splitNamedLine('Zoé\t#r=ABC')).toEqual({ name: 'Zoé', codeText: '#r=ABC' });
  });

  it('reads a code followed by closing quotes or punctuation, not the quote as the code', () => {
    // Found by the property tests: « CODE » (French quotes, spaced) read « CODE » as a first name
    // and « » » as the code, so the line was refused.
    expect(splitNamedLine('« ABCDEF »')).toEqual({ name: '', codeText: 'ABCDEF »' });
    expect(splitNamedLine('Camille : « ABCDEF\u202f»')).toEqual({ name: 'Camille', codeText: 'ABCDEF\u202f»' });
    expect(splitNamedLine('Lou ABCDEF !')).toEqual({ name: 'Lou', codeText: 'ABCDEF !' });
    expect(splitNamedLine('Élodie')).toEqual({ name: '', codeText: 'Élodie' });
    const code = encodeAnswers(q, answers(3));
    expect(collectFromText(q, `Camille : « ${code} ».`).entries).toMatchObject([{ name: 'Camille', answers: answers(3) }]);
  });

  it('reads one member per line, says which lines were refused and why, and skips duplicates', () => {
    const a = encodeAnswers(q, answers(1));
    const b = encodeAnswers(q, answers(5), 'Lou');
    const text = [link(a), '', `Malik : ${link(b)}`, a.slice(0, 15), 'pas un lien', link(a)].join('\n');
    const { entries, problems } = collectFromText(q, text);
    expect(entries.map((e) => [e.source, e.name])).toEqual([
      ['ligne 1', undefined],
      ['ligne 3', 'Malik'],
    ]);
    expect(problems.map((p) => p.source)).toEqual(['ligne 4', 'ligne 5', 'ligne 6']);
    expect(problems[0]!.message).toMatch(/incomplet/);
    expect(problems[2]!.message).toMatch(/ligne 1/);
  });

  it('uses the first name carried by the code when none is typed', () => {
    const { entries } = collectFromText(q, encodeAnswers(q, answers(3), 'Lou'));
    expect(entries[0]!.name).toBe('Lou');
  });

  it('imports JSON exports and refuses other files with a message', () => {
    const a = answers(5);
    const json = resultJson(q, scoreQuestionnaire(q, a), a, encodeAnswers(q, a), { date: new Date(0), name: 'Inès' });
    const collected = collectFromFile(q, 'ines.json', json);
    expect(collected.entries).toHaveLength(1);
    expect(collected.entries[0]).toMatchObject({ name: 'Inès', answers: a });
    collectFromFile(q, 'x.json', '{"code": 12}', collected);
    collectFromFile(q, 'y.json', 'pas du json', collected);
    collectFromFile(q, 'z.json', '[1,2]', collected);
    collectFromFile(q, 'w.json', '{"code": "AAAA"}', collected);
    expect(collected.problems).toHaveLength(4);
    expect(collected.problems[0]!.source).toContain('x.json');
  });
});

describe('what the synthesis says it read', () => {
  const q = forty();
  const answers = (v: 1 | 2 | 3 | 4 | 5): Answers => Object.fromEntries(q.dimensions.flatMap((d) => d.statements.map((s) => [s.id, v])));

  it('counts the links and files kept and names what it ignored', () => {
    const a = encodeAnswers(q, answers(1));
    const b = encodeAnswers(q, answers(5));
    const collected = collectFromText(q, [a, b, 'pas un lien', encodeAnswers(q, answers(3)), a].join('\n'));
    expect(collectSummary(collected)).toEqual({ links: 3, files: 0, ignored: ['ligne 3', 'ligne 5'] });
    const { links, files, ignored } = collectSummary(collected);
    expect(T.synthRead(links, files, ignored)).toBe('3\u00a0liens lus, 2\u00a0ignorés\u202f: ligne 3 et ligne 5.');
    const json = resultJson(q, scoreQuestionnaire(q, answers(2)), answers(2), encodeAnswers(q, answers(2)), { date: new Date(0) });
    collectFromFile(q, 'a.json', json, collected);
    expect(collectSummary(collected)).toMatchObject({ links: 3, files: 1 });
  });

  it('writes the count in French, singular or plural', () => {
    expect(T.synthRead(1, 0, [])).toBe('1\u00a0lien lu.');
    expect(T.synthRead(0, 0, ['ligne 1'])).toBe('0\u00a0lien lu, 1\u00a0ignoré\u202f: ligne 1.');
    expect(T.synthRead(2, 1, [])).toBe('2\u00a0liens et 1\u00a0fichier lus.');
    expect(T.synthRead(0, 2, [])).toBe('2\u00a0fichiers lus.');
  });
});

describe('splitNamedLine with pasted punctuation', () => {
  it('drops brackets and quotes around a link', () => {
    expect(splitNamedLine('<https://x.example/#r=ABC>').name).toBe('');
    expect(splitNamedLine('« Lou » : <https://x.example/#r=ABC>').name).toBe('Lou');
    expect(splitNamedLine('- https://x.example/#r=ABC').name).toBe('');
  });
});
