/**
 * Builds the site from an edited copy of content/, for tests that check how invalid
 * content fails the build. Copies are removed by `removeCopies()` (call it in afterAll).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const copies: string[] = [];

export function buildWithEditedContent(edit: (contentDir: string) => void): { status: number | null; output: string; dist: string } {
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
  return { status: result.status, output, dist: join(dir, 'dist') };
}

/** Replaces the first match in a file; throws if nothing matched, so a test cannot pass by accident. */
export function replaceIn(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit had no effect on ${file}`);
  writeFileSync(file, next);
}

/**
 * Adds entries to the copy's redirects file after the site's own (an empty `[]` list is dropped):
 * the real redirects keep the addresses already moved reachable, as the build requires.
 */
export function addRedirects(dir: string, entries: string): void {
  const file = join(dir, 'redirections.yaml');
  const own = readFileSync(file, 'utf8').replace(/^\[\]\s*$/m, '').trimEnd();
  writeFileSync(file, `${own}\n${entries}`);
}

export function removeCopies(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Every text file of a content folder (pages and data). */
function contentFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(?:mdx?|ya?ml)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Applies `change` to every content file, writing only those it changes. */
function rewriteAll(dir: string, change: (text: string) => string): void {
  for (const file of contentFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    const next = change(text);
    if (next !== text) writeFileSync(file, next);
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/** Changes `slug` in the related-page lists of the frontmatter (inline or one item a line). */
function replaceInRelated(text: string, slug: string, replacement: string | undefined): string {
  return text
    .replace(/^(\s*related(?:Guides|Fiches):\s*\[)([^\]]*)\]/gm, (_, head: string, list: string) => {
      const items = list.split(',').map((item) => item.trim()).filter((item) => item !== '');
      const next = items.flatMap((item) => (item === slug ? (replacement === undefined ? [] : [replacement]) : [item]));
      return `${head}${next.join(', ')}]`;
    })
    .replace(new RegExp(`^(\\s*-\\s*)${escapeRegExp(slug)}\\s*$\\n`, 'gm'), (_, dash: string) => (replacement === undefined ? '' : `${dash}${replacement}\n`));
}

/**
 * Removes a page the way an editor would: its file, its slug from the related-page lists, the
 * links to it (their text kept) and the glossary's « more » pointing to it.
 */
export function removePage(dir: string, collection: 'guides' | 'fiches', slug: string): void {
  rmSync(join(dir, collection, `${slug}.mdx`));
  const path = escapeRegExp(`/${collection}/${slug}/`);
  rewriteAll(dir, (text) =>
    replaceInRelated(text, slug, undefined)
      .replace(new RegExp(`\\[([^\\]]*)\\]\\(${path}[^)]*\\)`, 'g'), '$1')
      .replace(new RegExp(`^\\s*more:\\s*["']?${path}["']?\\s*$\\n`, 'gm'), ''),
  );
}

/** Renames a page the way an editor would: its file, and every link and reference to it. */
export function renamePage(dir: string, collection: 'guides' | 'fiches', slug: string, newSlug: string): void {
  renameSync(join(dir, collection, `${slug}.mdx`), join(dir, collection, `${newSlug}.mdx`));
  rewriteAll(dir, (text) => replaceInRelated(text, slug, newSlug).replaceAll(`/${collection}/${slug}/`, `/${collection}/${newSlug}/`));
}
