/**
 * src/lib/ is pure TypeScript: no Astro (virtual modules such as astro:content, or the astro
 * package), no UI framework, no data layer. What needs Astro's content store lives in src/data/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;
const FORBIDDEN = [/^astro(?:$|[:/])/, /^@astrojs\//, /^preact(?:$|\/)/, /\.astro$/, /(?:^|\/)data\//];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(?:ts|tsx|js|mjs)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

function forbiddenImports(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((m) => m[1] ?? '').filter((s) => FORBIDDEN.some((f) => f.test(s)));
}

describe('src/lib stays pure', () => {
  it('recognises the imports it forbids', () => {
    expect(
      forbiddenImports(`import { getCollection } from 'astro:content';
import type { APIContext } from "astro";
import { z } from 'astro/zod';
const m = await import('../../data/content');
import { h } from 'preact';
import { z as zod } from 'zod';
import { hrefOf } from './navigation';`),
    ).toEqual(['astro:content', 'astro', 'astro/zod', '../../data/content', 'preact']);
  });

  it('has no module importing Astro, a UI framework or the data layer', () => {
    const files = sources('src/lib');
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.flatMap((file) =>
      forbiddenImports(readFileSync(file, 'utf8')).map((specifier) => `${relative('src/lib', file)} → ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });
});
