/**
 * Earlier versions of a questionnaire.
 *
 * When statements change, the questionnaire's version is raised and the statements of the version
 * it replaces stay frozen in content/questionnaires/v<version>/<id>.yaml, so that the share links
 * and saved answers of that version keep opening with the statements they were given for. An
 * earlier version is read as a whole questionnaire: the titles and statements of its time, with the
 * current version's labels, scale and advice (dimension by dimension, so each of its dimensions must
 * still exist).
 *
 * A statement id keeps its words from one version to the next: a rewritten statement takes a new id.
 * Two versions are compared statement by statement on id, text and orientation (`sameStatement`);
 * only such statements may be compared between members who answered different versions.
 */
import type { z } from 'zod';
import type { earlierVersionSchema } from './schema.ts';
import type { Answer, Answers, Questionnaire, Statement } from './types.ts';
import { allStatements, answerFits, isAnswer } from './types.ts';
import { VERSION_MESSAGES } from './messages.ts';

/** A frozen earlier version, as its file holds it. */
export type EarlierVersion = z.output<typeof earlierVersionSchema>;

/** Same id, same words, same orientation: an answer to one is an answer to the other. */
export function sameStatement(a: Statement, b: Statement): boolean {
  return a.id === b.id && a.text === b.text && (a.reversed ?? false) === (b.reversed ?? false);
}

/**
 * What is wrong with these frozen versions next to the current one, in French for the build (empty
 * when nothing is): share code, version order, dimensions that no longer exist, an id whose words
 * changed between two versions.
 */
export function versionProblems(current: Questionnaire, earlier: readonly EarlierVersion[]): string[] {
  const problems: string[] = [];
  const seen = new Set<number>();
  const byId = new Map<string, { statement: Statement; version: number }>();
  for (const { statement } of allStatements(current)) byId.set(statement.id, { statement, version: current.version });
  for (const e of [...earlier].sort((a, b) => b.version - a.version)) {
    if (e.shareCode !== current.shareCode) problems.push(VERSION_MESSAGES.shareCode(e.version, e.shareCode, current.shareCode));
    if (e.version >= current.version) problems.push(VERSION_MESSAGES.notEarlier(e.version, current.version));
    if (seen.has(e.version)) problems.push(VERSION_MESSAGES.twice(e.version));
    seen.add(e.version);
    for (const d of e.dimensions) {
      if (!current.dimensions.some((c) => c.id === d.id)) problems.push(VERSION_MESSAGES.dimensionGone(e.version, d.id));
      for (const statement of d.statements) {
        const later = byId.get(statement.id);
        if (later && !sameStatement(later.statement, statement)) {
          problems.push(VERSION_MESSAGES.reworded(statement.id, e.version, later.version));
        } else if (!later) {
          byId.set(statement.id, { statement, version: e.version });
        }
      }
    }
  }
  return problems;
}

/** An earlier version as a questionnaire: its titles and statements, the current labels and advice. */
export function earlierQuestionnaire(current: Questionnaire, earlier: EarlierVersion): Questionnaire {
  const { earlierVersions: _, ...base } = current;
  return {
    ...base,
    version: earlier.version,
    replacedBy: current.version,
    dimensions: earlier.dimensions.map((d) => {
      const now = current.dimensions.find((c) => c.id === d.id);
      if (!now) throw new Error(VERSION_MESSAGES.dimensionGone(earlier.version, d.id));
      return { ...now, title: d.title, statements: d.statements };
    }),
  };
}

/** The current questionnaire, able to read its earlier versions (newest first). */
export function withEarlierVersions(current: Questionnaire, earlier: readonly EarlierVersion[]): Questionnaire {
  const versions = [...earlier].sort((a, b) => b.version - a.version).map((e) => earlierQuestionnaire(current, e));
  return { ...current, earlierVersions: versions };
}

/** This questionnaire at a given version: itself or one of its earlier versions. */
export function atVersion(questionnaire: Questionnaire, version: number): Questionnaire | undefined {
  if (questionnaire.version === version) return questionnaire;
  return questionnaire.earlierVersions?.find((q) => q.version === version);
}

export interface VersionComparison {
  /** Statements of `to` worded the same in `from`, in `to`'s order. */
  readonly kept: readonly Statement[];
  /** Statements of `to` that `from` did not have in these words (new or rewritten). */
  readonly added: readonly Statement[];
  /** Statements of `from` that `to` no longer has in these words (removed or rewritten). */
  readonly removed: readonly Statement[];
}

export function compareVersions(from: Questionnaire, to: Questionnaire): VersionComparison {
  const before = new Map(allStatements(from).map(({ statement }) => [statement.id, statement]));
  const after = allStatements(to).map((s) => s.statement);
  const same = (s: Statement) => {
    const old = before.get(s.id);
    return old !== undefined && sameStatement(old, s);
  };
  const keptIds = new Set(after.filter(same).map((s) => s.id));
  return {
    kept: after.filter((s) => keptIds.has(s.id)),
    added: after.filter((s) => !keptIds.has(s.id)),
    removed: [...before.values()].filter((s) => !keptIds.has(s.id)),
  };
}

/** Answers given to `from`, carried to the statements of `to` worded the same; the others are left out. */
export function carryAnswers(from: Questionnaire, to: Questionnaire, answers: Answers): Answers {
  const carried: Record<string, Answer> = {};
  for (const statement of compareVersions(from, to).kept) {
    const answer = answers[statement.id];
    if (isAnswer(answer) && answerFits(statement, answer)) carried[statement.id] = answer;
  }
  return carried;
}
