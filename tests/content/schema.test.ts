/**
 * Invalid content must fail the build with a message naming the file and the field.
 * Each case copies the real content/ folder, breaks one thing and runs a real `astro build`.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWithEditedContent as buildWith, removeCopies, replaceIn } from './build-with';

afterAll(removeCopies);

describe('content validation at build time', { timeout: 180_000 }, () => {
  it('fails on a malformed date, naming the file, line and field', () => {
    const { status, output } = buildWith((dir) =>
      replaceIn(join(dir, 'guides/confiance.mdx'), /^published: .*$/m, 'published: 2026-13-45'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/guides\/confiance\.mdx, ligne \d+ : le champ « published » vaut « 2026-13-45 »/);
  });

  it('fails on a missing description, naming the entry and the field', () => {
    const { status, output } = buildWith((dir) =>
      replaceIn(join(dir, 'guides/ptce.mdx'), /^description: .*\n/m, ''),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/guides → ptce/);
    expect(output).toMatch(/description/);
  });

  it('fails on a theme outside the fixed list', () => {
    const { status, output } = buildWith((dir) =>
      replaceIn(join(dir, 'fiches/world-cafe.mdx'), /^themes: \[/m, 'themes: [bricolage, '),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/fiches → world-cafe/);
    expect(output).toMatch(/themes/);
  });

  it('fails on a related page that does not exist', () => {
    const { status, output } = buildWith((dir) =>
      replaceIn(join(dir, 'guides/vision-partagee.mdx'), /^relatedGuides: \[/m, 'relatedGuides: [guide-fantome, '),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/guide-fantome/);
  });

  it('fails on a broken internal link in the body', () => {
    const { status, output } = buildWith((dir) =>
      replaceIn(join(dir, 'guides/ptce.mdx'), /\]\(\/guides\/([a-z-]+)\/\)/, '](/guides/$1/#section-absente)'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/\/guides\/ptce\/ → \/guides\/[a-z-]+\/#section-absente \(ancre introuvable\)/);
  });
});
