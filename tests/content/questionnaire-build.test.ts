/**
 * A broken questionnaire must stop the build with a message naming the file and the field.
 * Each case copies the real content/ folder, breaks one thing and runs a real `astro build`.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWithEditedContent, removeCopies, replaceIn } from './build-with';

function buildWith(file: string, from: string, to: string) {
  return buildWithEditedContent((content) => replaceIn(join(content, file), from, to));
}

afterAll(removeCopies);

describe('questionnaire validation at build time', { timeout: 180_000 }, () => {
  it('fails on a recommendation pointing to a missing section, naming the file and the field', () => {
    const { status, output } = buildWith(
      'questionnaires/cooperation.yaml',
      '/guides/confiance/#les-leviers-daction',
      '/guides/confiance/#les-leviers',
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'questionnaires/cooperation.yaml, champ dimensions[1] (confiance).advice.discuter.links[0].href',
    );
    expect(output).toMatch(/section introuvable/);
  });

  it('fails on a recommendation pointing to a missing page', () => {
    const { status, output } = buildWith(
      'questionnaires/posture.yaml',
      '/fiches/world-cafe/',
      '/fiches/cafe-du-monde/',
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'questionnaires/posture.yaml, champ dimensions[1] (equite).advice.travailler.links[1].href',
    );
    expect(output).toMatch(/page introuvable/);
  });

  it('fails on a duplicate statement id, naming the field', () => {
    const { status, output } = buildWith(
      'questionnaires/cooperation.yaml',
      'id: confiance-engagements',
      'id: confiance-information',
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/questionnaires → cooperation/);
    expect(output).toMatch(/dimensions\.1\.statements\.1\.id: identifiant d’affirmation en double/);
  });
});
