import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OFFLINE_FALLBACK_HTML } from '../../../src/lib/offline/fallback.ts';
import { addressVariants, fileOfUrl, formatBytes, precacheSize, readPrecacheManifest, urlOfFile } from '../../../src/lib/offline/precache.ts';

describe('addresses of stored files', () => {
  it('stores a page at the address it is served at, and finds its file back', () => {
    expect(urlOfFile('index.html')).toBe('/');
    expect(urlOfFile('guides/ptce/index.html')).toBe('/guides/ptce/');
    expect(urlOfFile('guides\\ptce\\index.html')).toBe('/guides/ptce/');
    expect(urlOfFile('_astro/a.B1c.js')).toBe('/_astro/a.B1c.js');
    expect(urlOfFile('pagefind/index/fr_1.pf_index')).toBe('/pagefind/index/fr_1.pf_index');
    expect(fileOfUrl('/')).toBe('index.html');
    expect(fileOfUrl('/guides/ptce/')).toBe('guides/ptce/index.html');
    expect(fileOfUrl('/fiches/m%C3%A9t%C3%A9o/')).toBe('fiches/météo/index.html');
    expect(fileOfUrl('/favicon.svg')).toBe('favicon.svg');
  });

  it('goes from file to address and back for any path of the built site', () => {
    const segment = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,11}$/);
    const file = fc.oneof(
      fc.array(segment, { maxLength: 4 }).map((parts) => [...parts, 'index.html'].join('/')),
      fc.tuple(fc.array(segment, { maxLength: 3 }), segment, fc.constantFrom('js', 'css', 'json', 'pf_index')).map(([dirs, name, ext]) => [...dirs, `${name}.${ext}`].join('/')),
    );
    fc.assert(fc.property(file, (path) => fileOfUrl(urlOfFile(path)) === path));
  });

  it('serves a page typed without its final « / » from its stored address, and nothing else', () => {
    expect(addressVariants('/fiches/world-cafe')).toEqual(['/fiches/world-cafe/']);
    expect(addressVariants('/fiches/world-cafe/')).toEqual([]);
    expect(addressVariants('/')).toEqual([]);
    expect(addressVariants('/pagefind/pagefind.js')).toEqual([]);
  });

  it('never throws on a request path, and only ever adds the final « / »', () => {
    fc.assert(
      fc.property(fc.string(), (path) => {
        const variants = addressVariants(path);
        return variants.every((variant) => variant === `${path}/`) && variants.length <= 1;
      }),
    );
  });
});

describe('the manifest in sw.js', () => {
  const worker = `"use strict";(()=>{var a=1;const p=new X;p.precache([{"integrity":"sha256-AAA=","revision":"abc","url":"/"},{"revision":null,"url":"/_astro/a.js"}]);})();`;

  it('is read back from the built worker', () => {
    expect(readPrecacheManifest(worker)).toEqual([
      { integrity: 'sha256-AAA=', revision: 'abc', url: '/' },
      { revision: null, url: '/_astro/a.js' },
    ]);
  });

  it('says when it cannot be found or read', () => {
    expect(() => readPrecacheManifest('self.__WB_MANIFEST')).toThrow('introuvable');
    expect(() => readPrecacheManifest('[{"url":"/"')).toThrow('incomplète');
    expect(() => readPrecacheManifest('[{"url":1}]')).toThrow('illisible');
  });

  it('weighs the files it lists, uncompressed', () => {
    const sizes: Record<string, number> = { 'index.html': 1000, '_astro/a.js': 24 };
    expect(precacheSize(readPrecacheManifest(worker), (file) => sizes[file] ?? Number.NaN)).toEqual({ files: 2, bytes: 1024 });
    expect(formatBytes(1024)).toBe('1,0\u00a0Ko');
    expect(formatBytes(3_088_582)).toBe('2,9\u00a0Mo');
  });
});

describe('the page the worker writes when nothing is stored', () => {
  it('is French, says what happened and what to do, and needs nothing a strict policy refuses', () => {
    expect(OFFLINE_FALLBACK_HTML).toContain('<html lang="fr">');
    expect(OFFLINE_FALLBACK_HTML).toContain('<h1>Cette page n’est pas disponible hors connexion</h1>');
    expect(OFFLINE_FALLBACK_HTML).toContain('rechargez la page\u202f: le site');
    expect(OFFLINE_FALLBACK_HTML).not.toMatch(/<script|<style|style=|<img|https?:/);
  });
});
