/**
 * One import style: relative imports name their file with its extension (`./fr.ts`), so the same
 * modules run in Astro, Vitest and plain Node (`node --experimental-strip-types`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SOURCE = /\.(ts|tsx|astro|mjs)$/;
const RELATIVE_IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]|\bimport\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;
/** The file's extension, then perhaps a Vite query (`./kit.css?inline`). */
const WITH_EXTENSION = /\.(ts|tsx|astro|css|mjs|js|json)(\?[\w&=]+)?$/;

/** Installed packages and build output (the benchmark's Starlight peer has both under tests/). */
const NOT_OURS = new Set(['node_modules', 'dist', '.astro']);

function files(dir: string): string[] {
  return readdirSync(dir).filter((name) => !NOT_OURS.has(name)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : SOURCE.test(name) ? [path] : [];
  });
}

/** Relative imports without an extension in a source text. */
function bareImports(text: string): string[] {
  return [...text.matchAll(RELATIVE_IMPORT)].map((m) => m[1] ?? m[2] ?? '').filter((spec) => !WITH_EXTENSION.test(spec));
}

describe('import style', () => {
  it('finds a bare relative import, and accepts one with its extension', () => {
    expect(bareImports("import { a } from './fr';\nimport b from '../x.ts';\nconst c = await import('./y');")).toEqual(['./fr', './y']);
    expect(bareImports("import css from '../a.css?inline';\nimport d from './d?inline';")).toEqual(['./d?inline']);
  });

  it('every relative import in src/ and tests/ names its extension', () => {
    const found = [...files('src'), ...files('tests')]
      .filter((file) => !file.endsWith('import-style.test.ts') && !file.endsWith('lib-purity.test.ts'))
      .flatMap((file) => bareImports(readFileSync(file, 'utf8')).map((spec) => `${file}: ${spec}`));
    expect(found).toEqual([]);
  });
});
