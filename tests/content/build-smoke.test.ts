/**
 * Build smoke tests: invalid content must stop a real `astro build` with a message naming the file
 * and the field. Each case copies the real content/ folder, breaks one thing and builds it. They
 * prove the wiring of each check (date check of the loaders, collection schemas, recommendation
 * links of the tool pages, the Déroulé of a fiche read for its presentation view, link check of the
 * built site); what each check accepts or refuses is unit-tested without a build
 * (tests/unit/content-schema.test.ts, questionnaire/schema.test.ts, frontmatter-dates.test.ts,
 * links.test.ts, questionnaire/exports.test.ts, presentation/steps.test.ts).
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWithEditedContent, removeCopies, replaceIn } from './build-with.ts';

function buildWith(file: string, from: string | RegExp, to: string) {
  return buildWithEditedContent((content) => replaceIn(join(content, file), from, to));
}

afterAll(removeCopies);

describe('invalid content stops the build', { timeout: 180_000 }, () => {
  it('a malformed date, naming the file, line and field', () => {
    const { status, output } = buildWith('guides/confiance.mdx', /^published: .*$/m, 'published: 2026-13-45');
    expect(status).not.toBe(0);
    expect(output).toMatch(/guides\/confiance\.mdx, ligne \d+ : le champ « published » vaut « 2026-13-45 »/);
  });

  it('a missing frontmatter field, naming the entry and the field', () => {
    const { status, output } = buildWith('guides/ptce.mdx', /^description: .*\n/m, '');
    expect(status).not.toBe(0);
    expect(output).toMatch(/guides → ptce/);
    expect(output).toMatch(/description/);
  });

  it('a recommendation pointing to a missing section, naming the file and the field', () => {
    const { status, output } = buildWith(
      'questionnaires/cooperation.yaml',
      '/guides/confiance/#les-leviers-daction',
      '/guides/confiance/#les-leviers',
    );
    expect(status).not.toBe(0);
    expect(output).toContain('questionnaires/cooperation.yaml, champ dimensions[1] (confiance).advice.discuter.links[0].href');
    expect(output).toMatch(/section introuvable/);
  });

  it('a statement of a frozen version reworded under the same id, naming the file and the id', () => {
    const { status, output } = buildWith(
      'questionnaires/v1/cooperation.yaml',
      'Je connais l’histoire du collectif',
      'Je connais bien l’histoire du collectif',
    );
    expect(status).not.toBe(0);
    expect(output).toContain('questionnaires/cooperation.yaml, versions antérieures');
    expect(output).toMatch(/l’affirmation «\s?histoire-origines\s?» n’a pas le même texte dans la version 1 et dans la version 2/);
  });

  it('a fiche whose Déroulé cannot be projected, naming the file, the step and what is wrong', () => {
    const { status, output } = buildWith('fiches/world-cafe.mdx', '3. **Changer de table** (2 min).', '3. **Changer de table** (deux minutes).');
    expect(status).not.toBe(0);
    expect(output).toMatch(/fiches\/world-cafe\.mdx\u202f: section «\u202fDéroulé\u202f», étape 3 \(«\u202fChanger de table\u202f»\)\u202f: durée illisible «\u202fdeux minutes\u202f»/);
  });

  it('a broken internal link in a page body, naming the page and the link', () => {
    const { status, output } = buildWith('guides/ptce.mdx', /\]\(\/guides\/([a-z-]+)\/\)/, '](/guides/$1/#section-absente)');
    expect(status).not.toBe(0);
    expect(output).toMatch(/\/guides\/ptce\/ → \/guides\/[a-z-]+\/#section-absente \(ancre introuvable\)/);
  });
});
