/**
 * What a questionnaire page does not carry, and loads only when it needs it: the advice of each
 * dimension (about half the questionnaire's words), which only a result shows, and the frozen
 * earlier versions, which only an old share link or answers saved with an old version need. The
 * build writes them to one static JSON file of the site per questionnaire version, named after
 * its content (`extrasPath`), and the page gives the island the questionnaire without them.
 */
import { decode } from '../share/codec.ts';
import { extractShareCode } from './share.ts';
import { splitNamedLine } from './collect.ts';
import { LEVEL_IDS, type DimensionAdvice, type Questionnaire, type QuestionnaireFile } from './types.ts';
import type { EarlierVersion } from './versions.ts';

export interface QuestionnaireExtras {
  /** The questionnaire and version they belong to. */
  readonly id: string;
  readonly version: number;
  /** Each dimension's advice, by dimension id (earlier versions use the current advice). */
  readonly advice: Readonly<Record<string, DimensionAdvice>>;
  /** The frozen earlier versions, as their files hold them. */
  readonly earlier: readonly EarlierVersion[];
}

/** A questionnaire file split into what the page carries and what it loads when needed. */
export function splitQuestionnaire(
  file: QuestionnaireFile,
  earlier: readonly EarlierVersion[],
): { questionnaire: Questionnaire; extras: QuestionnaireExtras } {
  const questionnaire: Questionnaire = {
    ...file,
    dimensions: file.dimensions.map(({ advice: _, ...dimension }) => dimension),
  };
  const advice = Object.fromEntries(file.dimensions.map((d) => [d.id, d.advice]));
  return { questionnaire, extras: { id: file.id, version: file.version, advice, earlier: [...earlier] } };
}

/** The name of the file of a questionnaire's extras (without `.json`): `hash` names their content, so it never goes stale in a cache. */
export function extrasFileName(id: string, hash: string): string {
  return `${id}-${hash}`;
}

/** Where the build writes a questionnaire's extras (src/pages/donnees/questionnaires/). */
export function extrasPath(fileName: string): string {
  return `/donnees/questionnaires/${fileName}.json`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';

function isAdvice(value: unknown): value is DimensionAdvice {
  return (
    isObject(value) &&
    LEVEL_IDS.every((level) => {
      const advice = value[level];
      return (
        isObject(advice) &&
        isText(advice['text']) &&
        Array.isArray(advice['links']) &&
        advice['links'].every((link) => isObject(link) && isText(link['label']) && isText(link['href']) && link['href'].startsWith('/'))
      );
    })
  );
}

function isEarlierVersion(value: unknown): value is EarlierVersion {
  return (
    isObject(value) &&
    Number.isInteger(value['version']) &&
    isText(value['shareCode']) &&
    Array.isArray(value['dimensions']) &&
    value['dimensions'].every(
      (d) =>
        isObject(d) &&
        isText(d['id']) &&
        isText(d['title']) &&
        Array.isArray(d['statements']) &&
        d['statements'].every((s) => isObject(s) && isText(s['id']) && isText(s['text']) && typeof s['reversed'] === 'boolean'),
    )
  );
}

/**
 * The extras of this questionnaire read from what was fetched, or undefined when it is not them:
 * another questionnaire or version (a page and a file of two deployments), or malformed data.
 */
export function readExtras(questionnaire: Questionnaire, data: unknown): QuestionnaireExtras | undefined {
  if (!isObject(data) || data['id'] !== questionnaire.id || data['version'] !== questionnaire.version) return undefined;
  const { advice, earlier } = data;
  if (!isObject(advice) || !questionnaire.dimensions.every((d) => isAdvice(advice[d.id]))) return undefined;
  if (!Array.isArray(earlier) || !earlier.every(isEarlierVersion)) return undefined;
  if (earlier.some((e) => e.shareCode !== questionnaire.shareCode || e.version >= questionnaire.version)) return undefined;
  return { id: questionnaire.id, version: questionnaire.version, advice: advice as Record<string, DimensionAdvice>, earlier };
}

/** The version a share code of this questionnaire was made with; undefined when it is not one. */
export function shareCodeVersion(questionnaire: Questionnaire, code: string | undefined): number | undefined {
  if (code === undefined) return undefined;
  const envelope = decode(code, questionnaire.shareCode);
  return envelope.ok ? envelope.version : undefined;
}

/** The version answers saved in the browser were given with (see ./storage.ts); undefined when unreadable. */
export function savedVersion(questionnaire: Questionnaire, raw: string | null | undefined): number | undefined {
  if (!raw) return undefined;
  try {
    const data: unknown = JSON.parse(raw);
    return isObject(data) && data['questionnaire'] === questionnaire.id && Number.isInteger(data['version']) ? (data['version'] as number) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether one of these versions is older than the questionnaire's: the earlier versions are needed to read it. */
export function needsEarlierVersions(questionnaire: Questionnaire, versions: readonly (number | undefined)[]): boolean {
  return versions.some((v) => v !== undefined && v < questionnaire.version);
}

/**
 * The versions of the results handed to the synthesis: each pasted line's code (see ./collect.ts)
 * and each imported file's `code`.
 */
export function pastedVersions(questionnaire: Questionnaire, text: string, files: readonly string[] = []): (number | undefined)[] {
  const fromLines = text
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => shareCodeVersion(questionnaire, extractShareCode(splitNamedLine(line).codeText)));
  const fromFiles = files.map((file) => {
    try {
      const data: unknown = JSON.parse(file.replace(/^\uFEFF/, ''));
      return isObject(data) && isText(data['code']) ? shareCodeVersion(questionnaire, data['code']) : undefined;
    } catch {
      return undefined;
    }
  });
  return [...fromLines, ...fromFiles];
}
