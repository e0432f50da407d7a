/**
 * Builds the site from an edited copy of content/, for tests that check how invalid
 * content fails the build. Copies are removed by `removeCopies()` (call it in afterAll).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const copies: string[] = [];

export function buildWithEditedContent(edit: (contentDir: string) => void): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'fe-content-'));
  copies.push(dir);
  const content = join(dir, 'content');
  cpSync('content', content, { recursive: true });
  edit(content);
  const result = spawnSync('npx', ['astro', 'build', '--outDir', join(dir, 'dist')], {
    env: { ...process.env, FE_CONTENT_DIR: content, FE_CACHE_DIR: join(dir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  // Colours (on in CI) would split the words the tests look for.
  const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}

/** Replaces the first match in a file; throws if nothing matched, so a test cannot pass by accident. */
export function replaceIn(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit had no effect on ${file}`);
  writeFileSync(file, next);
}

export function removeCopies(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}
