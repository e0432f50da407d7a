/** The real questionnaires of content/questionnaires, validated as the build does, and their frozen versions. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { withEarlierVersions, type EarlierVersion, type Questionnaire, type QuestionnaireFile } from '../../../src/lib/questionnaire/index.ts';
import { earlierVersionSchema, questionnaireSchema } from '../../../src/lib/questionnaire/schema.ts';

export type QuestionnaireId = 'cooperation' | 'posture';

/** The current version alone. */
export function current(id: string): QuestionnaireFile {
  return { id, ...questionnaireSchema.parse(parse(readFileSync(`content/questionnaires/${id}.yaml`, 'utf8'))) };
}

/** A frozen earlier version, as its file holds it. */
export function frozen(id: string, version: number): EarlierVersion {
  return earlierVersionSchema.parse(parse(readFileSync(`content/questionnaires/v${version}/${id}.yaml`, 'utf8')));
}

/** A questionnaire as its tool page loads it: the current version, able to read version 1. */
export function site(id: QuestionnaireId): Questionnaire {
  return withEarlierVersions(current(id), [frozen(id, 1)]);
}
