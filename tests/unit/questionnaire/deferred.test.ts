import { describe, expect, it } from 'vitest';
import {
  encodeAnswers,
  extrasFileName,
  extrasPath,
  needsEarlierVersions,
  pastedVersions,
  readExtras,
  savedVersion,
  serializeProgress,
  shareCodeVersion,
  splitQuestionnaire,
  withEarlierVersions,
  type EarlierVersion,
} from '../../../src/lib/questionnaire/index.ts';
import { dimension, questionnaire } from './fixture.ts';

const v2 = questionnaire([dimension('a', [{ id: 'a1' }, { id: 'a3' }]), dimension('b', [{ id: 'b1' }, { id: 'b2' }])], 2);
const v1: EarlierVersion = {
  version: 1,
  shareCode: 'test',
  dimensions: [
    { id: 'a', title: 'Dimension a', statements: [{ id: 'a1', text: 'Affirmation a1', reversed: false }, { id: 'a2', text: 'Ancienne a2', reversed: false }] },
    { id: 'b', title: 'Dimension b', statements: [{ id: 'b1', text: 'Affirmation b1', reversed: false }, { id: 'b2', text: 'Affirmation b2', reversed: false }] },
  ],
};
const { questionnaire: page, extras } = splitQuestionnaire(v2, [v1]);
/** What the browser gets back from the file: the extras through JSON. */
const fetched = (): unknown => JSON.parse(JSON.stringify(extras));

describe('splitQuestionnaire', () => {
  it('leaves the advice and the earlier versions out of what the page carries', () => {
    expect(page.dimensions.map((d) => Object.keys(d))).not.toContainEqual(expect.arrayContaining(['advice']));
    expect(page.earlierVersions).toBeUndefined();
    expect(JSON.stringify(page)).not.toContain('Un conseil de test');
    expect(JSON.stringify(page).length).toBeLessThan(JSON.stringify(v2).length);
  });

  it('keeps every dimension’s advice, by id, and the earlier versions as their files hold them', () => {
    expect(extras).toEqual({
      id: 'test',
      version: 2,
      advice: { a: v2.dimensions[0]?.advice, b: v2.dimensions[1]?.advice },
      earlier: [v1],
    });
  });

  it('names the file after its content, under the site’s data folder', () => {
    expect(extrasPath(extrasFileName('cooperation', '0123456789'))).toBe('/donnees/questionnaires/cooperation-0123456789.json');
  });
});

describe('readExtras', () => {
  it('reads back what the build wrote', () => {
    expect(readExtras(page, fetched())).toEqual(extras);
  });

  it('refuses the extras of another questionnaire or version, and malformed data', () => {
    const other = (change: (data: Record<string, any>) => void) => {
      const data = fetched() as Record<string, any>;
      change(data);
      return readExtras(page, data);
    };
    expect(readExtras(page, null)).toBeUndefined();
    expect(readExtras(page, 'texte')).toBeUndefined();
    expect(other((d) => (d['id'] = 'autre'))).toBeUndefined();
    expect(other((d) => (d['version'] = 3))).toBeUndefined();
    expect(other((d) => delete d['advice']['b'])).toBeUndefined();
    expect(other((d) => (d['advice']['a']['fort']['links'] = [{ label: 'Ailleurs', href: 'https://example.org/' }]))).toBeUndefined();
    expect(other((d) => (d['earlier'][0]['shareCode'] = 'autre'))).toBeUndefined();
    expect(other((d) => (d['earlier'][0]['version'] = 2))).toBeUndefined();
    expect(other((d) => (d['earlier'][0]['dimensions'][0]['statements'] = [{ id: 'a1' }]))).toBeUndefined();
  });
});

describe('what needs the earlier versions', () => {
  const full = withEarlierVersions(page, [v1]);
  const oldCode = encodeAnswers(full.earlierVersions![0]!, { a1: 4, a2: 2 });
  const newCode = encodeAnswers(page, { a1: 4 });

  it('reads the version of a share code and of saved answers without decoding the answers', () => {
    expect(shareCodeVersion(page, oldCode)).toBe(1);
    expect(shareCodeVersion(page, newCode)).toBe(2);
    expect(shareCodeVersion(page, 'illisible')).toBeUndefined();
    expect(shareCodeVersion(page, undefined)).toBeUndefined();
    expect(savedVersion(page, serializeProgress(full.earlierVersions![0]!, { a1: 4 }, 0, new Date()))).toBe(1);
    expect(savedVersion(page, serializeProgress(page, { a1: 4 }, 0, new Date()))).toBe(2);
    expect(savedVersion(page, '{"questionnaire":"autre","version":1}')).toBeUndefined();
    expect(savedVersion(page, '{pas du json')).toBeUndefined();
    expect(savedVersion(page, null)).toBeUndefined();
  });

  it('only an older version calls for them', () => {
    expect(needsEarlierVersions(page, [1])).toBe(true);
    expect(needsEarlierVersions(page, [2, undefined, 3])).toBe(false);
    expect(needsEarlierVersions(page, [])).toBe(false);
  });

  it('finds the versions of pasted lines and imported files, for the synthesis', () => {
    const text = `Camille : https://exemple.org/outils/x/#r=${newCode}\n\n  Dominique ${oldCode}\nn’importe quoi`;
    expect(pastedVersions(page, text, [JSON.stringify({ code: newCode }), '{"prenom":"Sans code"}', 'pas du json'])).toEqual([
      2,
      1,
      undefined,
      2,
      undefined,
      undefined,
    ]);
  });
});
