/**
 * Invalid content must fail the build with a message naming the file and the field.
 * Each case copies the real content/ folder, breaks one thing and runs a real `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const fixture = 'content';
const workDirs: string[] = [];

function buildWith(edit: (dir: string) => void): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'fe-content-'));
  workDirs.push(dir);
  const content = join(dir, 'content');
  cpSync(fixture, content, { recursive: true });
  edit(content);
  const result = spawnSync('npx', ['astro', 'build', '--outDir', join(dir, 'dist')], {
    env: { ...process.env, FE_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function replaceIn(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit had no effect on ${file}`);
  writeFileSync(file, next);
}

afterAll(() => {
  for (const dir of workDirs) rmSync(dir, { recursive: true, force: true });
});

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
