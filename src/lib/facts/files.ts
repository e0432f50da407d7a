/**
 * The facts registry on disk: where it is, which day the build considers « today », and which
 * content files cite which facts. Node only (reads files), no Astro: shared by the content loader,
 * the build integration, `npm run facts` and the « Sources et vérification » page.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isCalendarDate } from '../frontmatter-dates.ts';
import { mdxCitations, tokenCitations, yamlListCitations, type Citation } from './citations.ts';
import { parseFactsRegistry, type RegistryResult } from './registry.ts';

/** The content folder (tests point FE_CONTENT_DIR at an edited copy). */
export function contentDir(): string {
  return process.env['FE_CONTENT_DIR'] ?? './content';
}

export const REGISTRY_FILE = 'faits.yaml';
export const GLOSSARY_FILE = 'glossaire.yaml';

/** The day facts are evaluated for: FE_TODAY (AAAA-MM-JJ) when set, for reproducible builds; else today. */
export function today(): Date {
  const fixed = process.env['FE_TODAY'];
  if (fixed !== undefined && fixed !== '') {
    if (!isCalendarDate(fixed)) throw new Error(`FE_TODAY vaut «\u202f${fixed}\u202f» : date AAAA-MM-JJ attendue.`);
    return new Date(`${fixed}T00:00:00Z`);
  }
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Path of a content file as shown in messages: « content/guides/ptce.mdx ». */
export function displayPath(path: string): string {
  return relative(process.cwd(), path).replace(/\\/g, '/');
}

export function readRegistry(dir = contentDir()): RegistryResult {
  const path = join(dir, REGISTRY_FILE);
  return parseFactsRegistry(readFileSync(path, 'utf8'), displayPath(path));
}

export interface FileCitations {
  /** As shown in messages. */
  file: string;
  /** Site path of the page that shows the citations, e.g. « /guides/ptce/ »; a glossary term adds its anchor. */
  url: (citation: Citation) => string;
  citations: Citation[];
}

function pageUrl(dir: string, path: string): string {
  const rel = relative(dir, path).replace(/\\/g, '/').replace(/\.mdx?$/, '');
  return `/${rel}/`;
}

/** The glossary term whose entry contains a line: the nearest `- id:` above it. */
function glossaryAnchor(source: string, line: number): string {
  const lines = source.split('\n').slice(0, line);
  for (let i = lines.length - 1; i >= 0; i--) {
    const match = /^-\s+id:\s*["']?([^"'\s]+)/.exec(lines[i] ?? '');
    if (match) return `/glossaire/#${match[1]}`;
  }
  return '/glossaire/';
}

/**
 * Data files whose `faits:` lists cite facts, with the page that shows them: the rules of the tool
 * « Anticiper les écueils ». Add a file here when another tool cites facts.
 */
export const FACT_DATA_FILES: Readonly<Record<string, string>> = {
  'ecueils/regles.yaml': '/outils/anticiper-les-ecueils/',
};

/**
 * Every citation of a fact in the content: `<Fait id>` in pages, `{fait:id}` in the glossary,
 * `faits:` lists in the data files of the tools.
 */
export function collectCitations(dir = contentDir()): FileCitations[] {
  const pages = readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  const files: FileCitations[] = pages.map((path) => {
    const url = pageUrl(dir, path);
    return { file: displayPath(path), url: () => url, citations: mdxCitations(readFileSync(path, 'utf8')) };
  });
  const glossaryPath = join(dir, GLOSSARY_FILE);
  const glossary = readFileSync(glossaryPath, 'utf8');
  files.push({
    file: displayPath(glossaryPath),
    url: (c) => glossaryAnchor(glossary, c.line),
    citations: tokenCitations(glossary),
  });
  for (const [file, url] of Object.entries(FACT_DATA_FILES)) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    files.push({ file: displayPath(path), url: () => url, citations: yamlListCitations(readFileSync(path, 'utf8')) });
  }
  return files.filter((f) => f.citations.length > 0);
}
