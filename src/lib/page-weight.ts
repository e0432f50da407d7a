/**
 * What a first visit to a built page downloads: its HTML (inline scripts and styles included),
 * the stylesheets it links, and the JavaScript it runs at once: its module scripts, its islands'
 * components and framework renderer, and everything these import statically. Modules imported
 * with `import()` load later, on demand, and are not counted. Used by the weight budgets
 * (tests/build/page-weight.test.ts) and the benchmark (tests/bench/page-weight.mjs).
 *
 * Pure: the caller passes how to read a file of the built site and how to compress it.
 */

/** The files a page references for a first visit, as site paths (`/_astro/x.js`). */
export interface PageAssets {
  stylesheets: string[];
  /** `<script type="module" src>`. */
  scripts: string[];
  /** The islands' components (`component-url`). */
  islands: string[];
  /** The islands' framework renderers (`renderer-url`). */
  renderers: string[];
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);

/** Local (same-site) paths only: a page of this site never loads anything from elsewhere. */
const local = (paths: (string | undefined)[]): string[] => [
  ...new Set(paths.filter((p): p is string => p !== undefined && p.startsWith('/') && !p.startsWith('//'))),
];

export function pageAssets(html: string): PageAssets {
  const tags = (name: string) => [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'gi'))].map((m) => m[0]);
  const links = tags('link').filter((t) => /^stylesheet$/i.test(attr(t, 'rel') ?? ''));
  const scripts = tags('script').filter((t) => attr(t, 'type') === 'module');
  const islands = tags('astro-island');
  // An inline module script counts with the HTML, and what it imports with the scripts.
  const inline = [...html.matchAll(/<script\b[^>]*\btype=["']?module["']?[^>]*>([\s\S]*?)<\/script>/gi)].flatMap((m) =>
    staticImports(m[1] ?? '', '/'),
  );
  return {
    stylesheets: local(links.map((t) => attr(t, 'href'))),
    scripts: local([...scripts.map((t) => attr(t, 'src')), ...inline]),
    islands: local(islands.map((t) => attr(t, 'component-url'))),
    renderers: local(islands.map((t) => attr(t, 'renderer-url'))),
  };
}

/**
 * The modules a bundled ES module imports statically (`import … from "./x.js"`, `import "./x.js"`,
 * `export … from "./x.js"`), resolved against the module's own path. `import("./x.js")` is left
 * out: it loads on demand.
 */
export function staticImports(code: string, from: string): string[] {
  const found = code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g);
  return local([...found].map((m) => new URL(m[1] ?? '', `https://site.invalid${from}`).pathname));
}

/** A module and everything it imports statically, each once. */
export function moduleGraph(entries: readonly string[], read: (path: string) => string | undefined): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = read(path);
    if (code !== undefined) for (const dep of staticImports(code, path)) visit(dep);
  };
  for (const entry of entries) visit(entry);
  return [...seen];
}

export interface Size {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  html: Size;
  css: Size & { files: string[] };
  js: Size & { files: string[] };
  /** HTML and CSS, gzipped: what the guides' budget counts. */
  htmlCssGzip: number;
  /** Whether the page runs framework code (an island or a framework module). */
  framework: boolean;
}

export interface SiteFiles {
  /** A file of the built site by its site path, or undefined when it is not there. */
  read(path: string): Uint8Array | undefined;
  gzipSize(bytes: Uint8Array): number;
}

const decoder = new TextDecoder();

/**
 * The weight of a page for a first visit. Gzip sizes are per file, as a server compresses
 * them; a file counts once even when several tags name it.
 */
export function pageWeight(html: Uint8Array, files: SiteFiles, frameworkModules: ReadonlySet<string> = new Set()): PageWeight {
  const text = decoder.decode(html);
  const assets = pageAssets(text);
  const readText = (path: string) => {
    const bytes = files.read(path);
    return bytes === undefined ? undefined : decoder.decode(bytes);
  };
  const js = moduleGraph([...assets.scripts, ...assets.islands, ...assets.renderers], readText);
  const sum = (paths: readonly string[]): Size =>
    paths.reduce(
      (total, path) => {
        const bytes = files.read(path);
        if (bytes === undefined) throw new Error(`${path} est référencé par la page mais absent du site construit.`);
        return { raw: total.raw + bytes.length, gzip: total.gzip + files.gzipSize(bytes) };
      },
      { raw: 0, gzip: 0 },
    );
  const page = { raw: html.length, gzip: files.gzipSize(html) };
  const css = { ...sum(assets.stylesheets), files: assets.stylesheets };
  return {
    html: page,
    css,
    js: { ...sum(js), files: js },
    htmlCssGzip: page.gzip + css.gzip,
    framework: assets.islands.length > 0 || /<astro-island\b/i.test(text) || js.some((path) => frameworkModules.has(path)),
  };
}

/**
 * The framework's modules: every island renderer of the site, and the modules that renderers and
 * islands import which bundle the framework (named after it: `preact.module.…js`,
 * `hooks.module.…js`, `signals.module.…js`). Shared helpers they also import (the preload helper)
 * are not framework code.
 */
export function frameworkModules(pages: readonly string[], read: (path: string) => string | undefined): Set<string> {
  const assets = pages.map(pageAssets);
  const renderers = [...new Set(assets.flatMap((a) => a.renderers))];
  const islands = [...new Set(assets.flatMap((a) => a.islands))];
  const bundled = moduleGraph([...renderers, ...islands], read).filter((path) => FRAMEWORK_CHUNK.test(path));
  return new Set([...renderers, ...bundled]);
}

const FRAMEWORK_CHUNK = /\/(?:preact|hooks\.module|signals|jsxRuntime)[^/]*\.js$/;

/** The page types the budgets and the benchmark report, from a page's path. */
export type PageKind =
  | 'accueil'
  | 'guide'
  | 'fiche'
  | 'thème'
  | 'glossaire'
  | 'outil'
  | 'recherche'
  | '404'
  | 'index'
  | 'autre';

export function pageKind(path: string): PageKind {
  if (path === '/') return 'accueil';
  if (path === '/404.html') return '404';
  if (path === '/recherche/') return 'recherche';
  if (path === '/glossaire/') return 'glossaire';
  if (/^\/guides\/[^/]+\/$/.test(path)) return 'guide';
  if (/^\/fiches\/[^/]+\/$/.test(path)) return 'fiche';
  if (/^\/themes\/[^/]+\/$/.test(path)) return 'thème';
  if (/^\/outils\/.+\/$/.test(path)) return 'outil';
  if (/^\/(?:guides|fiches|outils)\/$/.test(path)) return 'index';
  return 'autre';
}
