import { describe, expect, it } from 'vitest';
import { frameworkModules, moduleGraph, pageAssets, pageKind, pageWeight, staticImports } from '../../src/lib/page-weight.ts';

const encoder = new TextEncoder();

describe('pageAssets', () => {
  it('finds the stylesheets, module scripts and islands of a page, this site’s only', () => {
    const html = `<head><link rel="stylesheet" href="/_astro/a.css"><link rel=stylesheet href=/_astro/b.css>
      <link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="https://cdn.example/x.css">
      <script type="module" src="/_astro/page.js"></script><script>inline()</script>
      <script type="module">import "/_astro/inline-dep.js";</script></head>
      <astro-island component-url="/_astro/Tool.js" renderer-url="/_astro/client.js" props="{}"></astro-island>`;
    expect(pageAssets(html)).toEqual({
      stylesheets: ['/_astro/a.css', '/_astro/b.css'],
      scripts: ['/_astro/page.js', '/_astro/inline-dep.js'],
      islands: ['/_astro/Tool.js'],
      renderers: ['/_astro/client.js'],
    });
  });
});

describe('staticImports', () => {
  it('reads the static imports of a bundled module, not its dynamic ones', () => {
    const code =
      'import{r as e}from"./preact.module.js";import"./side.js";export{x}from"../other/y.js";' +
      'const later=()=>import("./lazy.js");var s="import z from \'./in-a-string\'";';
    expect(staticImports(code, '/_astro/Tool.js')).toEqual(['/_astro/preact.module.js', '/_astro/side.js', '/other/y.js']);
  });
});

describe('pageWeight', () => {
  const files: Record<string, string> = {
    '/_astro/a.css': 'body{margin:0}',
    '/_astro/page.js': 'import"./shared.js";const k=()=>import("./kit.js");',
    '/_astro/shared.js': 'export const s=1;',
    '/_astro/kit.js': 'export const big="' + 'x'.repeat(5000) + '";',
    '/_astro/Tool.js': 'import{h}from"./preact.module.js";import"./shared.js";',
    '/_astro/client.js': 'import{h}from"./preact.module.js";import"./preload-helper.js";',
    '/_astro/preact.module.js': 'export const h=1;',
    '/_astro/preload-helper.js': 'export const p=1;',
  };
  const site = {
    read: (path: string) => (path in files ? encoder.encode(files[path]) : undefined),
    gzipSize: (bytes: Uint8Array) => Math.ceil(bytes.length / 2),
  };
  const readText = (path: string) => files[path];
  const content = '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/page.js"></script><p>Texte</p>';
  const tool = `${content}<astro-island component-url="/_astro/Tool.js" renderer-url="/_astro/client.js"></astro-island>`;
  const framework = frameworkModules([content, tool], readText);

  it('counts the page, its stylesheets, and its scripts with what they import statically, each once', () => {
    const weight = pageWeight(encoder.encode(content), site, framework);
    expect(weight.html).toEqual({ raw: content.length, gzip: Math.ceil(content.length / 2) });
    expect(weight.css).toEqual({ raw: 14, gzip: 7, files: ['/_astro/a.css'] });
    expect(weight.js.files.sort()).toEqual(['/_astro/page.js', '/_astro/shared.js']);
    expect(weight.js.raw).toBe(files['/_astro/page.js']!.length + files['/_astro/shared.js']!.length);
    expect(weight.htmlCssGzip).toBe(weight.html.gzip + weight.css.gzip);
    expect(weight.framework).toBe(false);
  });

  it('counts an island with its framework renderer, and knows the framework when it runs', () => {
    expect([...framework].sort()).toEqual(['/_astro/client.js', '/_astro/preact.module.js']);
    const weight = pageWeight(encoder.encode(tool), site, framework);
    expect(weight.js.files.sort()).toEqual([
      '/_astro/Tool.js',
      '/_astro/client.js',
      '/_astro/page.js',
      '/_astro/preact.module.js',
      '/_astro/preload-helper.js',
      '/_astro/shared.js',
    ]);
    expect(weight.framework).toBe(true);
    // A content page that imported the framework through its own script would be caught too.
    files['/_astro/page.js'] = 'import"./preact.module.js";';
    expect(pageWeight(encoder.encode(content), site, framework).framework).toBe(true);
  });

  it('stops on a file the page names but the site lacks', () => {
    expect(() => pageWeight(encoder.encode('<link rel="stylesheet" href="/_astro/absent.css">'), site)).toThrow(/absent\.css/);
  });

  it('follows a chain of imports once, even in a cycle', () => {
    const cyclic: Record<string, string> = { '/a.js': 'import"./b.js";', '/b.js': 'import"./a.js";import"./c.js";', '/c.js': '' };
    expect(moduleGraph(['/a.js'], (p) => cyclic[p])).toEqual(['/a.js', '/b.js', '/c.js']);
  });
});

describe('pageKind', () => {
  it('names the page types the budgets and the benchmark report', () => {
    expect(
      ['/', '/guides/ptce/', '/fiches/world-cafe/', '/themes/vision/', '/glossaire/', '/outils/simulateur-decision/', '/outils/autodiagnostic-cooperation/synthese/', '/recherche/', '/404.html', '/guides/', '/outils/', '/sources/'].map(
        pageKind,
      ),
    ).toEqual(['accueil', 'guide', 'fiche', 'thème', 'glossaire', 'outil', 'outil', 'recherche', '404', 'index', 'index', 'autre']);
  });
});
