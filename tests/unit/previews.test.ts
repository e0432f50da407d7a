import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PREVIEW_SIZE,
  forPreviewFont,
  previewAlt,
  previewImagePath,
  previewTree,
  titleFontSize,
  type PreviewNode,
} from '../../src/lib/previews/card.ts';
import { pngSize } from '../../src/lib/previews/png.ts';
import { previewRenderer } from '../../src/integrations/preview-render.ts';
import { writePreviewImages } from '../../src/integrations/link-previews.ts';
import type { PageHead } from '../../src/lib/page-head.ts';

/** Every text of the tree, in order. */
function texts(node: PreviewNode | string): string[] {
  if (typeof node === 'string') return [node];
  const children = node.props.children;
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(texts);
}

describe('previewImagePath', () => {
  it('gives each page its own image under /apercus/', () => {
    expect(previewImagePath('/guides/ptce/')).toBe('/apercus/guides/ptce.png');
    expect(previewImagePath('/outils/autodiagnostic-cooperation/synthese/')).toBe('/apercus/outils/autodiagnostic-cooperation/synthese.png');
    expect(previewImagePath('/')).toBe('/apercus/accueil.png');
    expect(previewImagePath('/404')).toBe('/apercus/404.png');
    expect(previewImagePath('/404.html')).toBe('/apercus/404.png');
    expect(previewImagePath('/guides')).toBe(previewImagePath('/guides/'));
  });
});

describe('previewAlt', () => {
  it('says what the image shows, in French typography', () => {
    expect(previewAlt({ title: 'World café', kind: 'Fiche pratique', theme: 'Vision partagée' }, 'Faire ensemble')).toBe(
      'Fiche pratique, thème «\u202fVision partagée\u202f»\u202f: World café — Faire ensemble',
    );
    expect(previewAlt({ title: 'Outils', kind: 'Page' }, 'Faire ensemble')).toBe('Page\u202f: Outils — Faire ensemble');
    expect(previewAlt({ title: 'Accompagner' }, 'Faire ensemble')).toBe('Accompagner — Faire ensemble');
  });
});

describe('the card', () => {
  it('shrinks the title as it grows, never below a size readable as a thumbnail', () => {
    const sizes = [5, 32, 33, 50, 51, 70, 71, 90].map((n) => titleFontSize('x'.repeat(n)));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    // Shown 300 px wide (a quarter of 1200), the smallest title is still about 14 px tall.
    expect(Math.min(...sizes) / 4).toBeGreaterThanOrEqual(14);
  });

  it('shows the type, the theme, the title and the site, with spaces the font can draw', () => {
    const tree = previewTree({ title: 'Les PTCE\u202f: ce que ça change', kind: 'Guide', theme: 'Comprendre' }, 'Faire ensemble');
    expect(texts(tree)).toEqual(['Guide', 'Comprendre', 'Les PTCE\u00a0: ce que ça change', 'Faire ensemble']);
    expect(tree.props.style).toMatchObject({ width: PREVIEW_SIZE.width, height: PREVIEW_SIZE.height });
    expect(forPreviewFont('a\u202f;b\u2009c')).toBe('a\u00a0;b\u00a0c');
  });

  it('leaves out what a page does not have', () => {
    expect(texts(previewTree({ title: 'Accompagner' }, 'Faire ensemble'))).toEqual(['Accompagner', 'Faire ensemble']);
  });
});

describe('rendering', () => {
  const renderer = previewRenderer('Faire ensemble');
  const card = { title: 'Structurer la gouvernance d’un collectif qui grandit', kind: 'Guide', theme: 'Gouvernance et rôles' };

  it('draws a 1200×630 PNG, and a different one for a different title', async () => {
    const png = await renderer.render(card);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    const other = await renderer.render({ ...card, title: 'World café' });
    expect(Buffer.compare(png, other)).not.toBe(0);
  });

  it('keys the cache by everything drawn, and only that', () => {
    expect(renderer.key(card)).toBe(renderer.key({ ...card }));
    const keys = [card, { ...card, title: 'Autre' }, { ...card, kind: 'Outil' }, { ...card, theme: undefined }].map(renderer.key);
    expect(new Set(keys).size).toBe(4);
    expect(previewRenderer('Autre site').key(card)).not.toBe(renderer.key(card));
  });

  it('reads PNG sizes and refuses what is not a PNG', () => {
    expect(pngSize(new Uint8Array([1, 2, 3]))).toBeUndefined();
    expect(pngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeUndefined();
  });
});

describe('writePreviewImages', () => {
  const head = (title: string, path: string): PageHead => ({ noindex: false, modified: undefined, preview: { path, card: { title, kind: 'Page' } } });

  it('draws each declared image once, then takes it from the cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apercus-test-'));
    try {
      const heads = new Map<string, PageHead>([
        ['/a/', head('Première page du test', '/apercus/a.png')],
        ['/b/', head('Seconde page du test', '/apercus/b.png')],
        ['/redirection/', { noindex: false, modified: undefined, preview: undefined }],
      ]);
      const cache = join(dir, 'cache');
      expect(await writePreviewImages(join(dir, 'un'), heads, cache)).toEqual({ drawn: 2, cached: 0 });
      expect(await writePreviewImages(join(dir, 'deux'), heads, cache)).toEqual({ drawn: 0, cached: 2 });
      expect(readFileSync(join(dir, 'deux/apercus/b.png'))).toEqual(readFileSync(join(dir, 'un/apercus/b.png')));
      expect(pngSize(readFileSync(join(dir, 'deux/apercus/a.png')))).toEqual({ width: 1200, height: 630 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses two pages that declare the same image with different titles', async () => {
    const heads = new Map([
      ['/a/', head('Un titre', '/apercus/a.png')],
      ['/b/', head('Un autre titre', '/apercus/a.png')],
    ]);
    await expect(writePreviewImages(tmpdir(), heads)).rejects.toThrow(/même image d’aperçu \/apercus\/a\.png/);
  });
});
