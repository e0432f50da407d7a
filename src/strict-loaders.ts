/**
 * Content loaders that check frontmatter dates on the source text before Astro parses it,
 * so a malformed date fails the build with the file, line and field named.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { file, glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { describeInvalidDates, findInvalidDates, frontmatterOf } from './lib/frontmatter-dates.ts';

function listFiles(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && pattern.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

function assertDates(paths: string[], extract: (source: string) => string): void {
  const messages = paths.flatMap((path) => {
    const problems = findInvalidDates(extract(readFileSync(path, 'utf8')));
    return problems.length > 0 ? [describeInvalidDates(relative(process.cwd(), path), problems)] : [];
  });
  if (messages.length > 0) throw new Error(`Date invalide dans le contenu :\n${messages.join('\n')}`);
}

function withDateCheck(inner: Loader, check: () => void): Loader {
  return {
    ...inner,
    load: async (context) => {
      check();
      return inner.load(context);
    },
  };
}

/** glob() for Markdown/MDX pages, with strict frontmatter dates. */
export function pagesLoader(base: string): Loader {
  return withDateCheck(glob({ base, pattern: '**/*.{md,mdx}' }), () =>
    assertDates(listFiles(base, /\.mdx?$/), frontmatterOf),
  );
}

/** file() for a YAML data file, with strict dates. */
export function yamlFileLoader(path: string): Loader {
  return withDateCheck(file(path), () => assertDates([path], (source) => source));
}
