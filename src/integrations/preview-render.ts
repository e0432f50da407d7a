/**
 * Renders link-preview images: Satori lays out the card of src/lib/previews/card.ts with the
 * Atkinson Hyperlegible font from its npm package (no font CDN), resvg draws it as a PNG.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import satori, { type SatoriOptions } from 'satori';
import { encodeRgbaPng } from './png-encode.ts';
import { PREVIEW_FONT, PREVIEW_SIZE, previewTree, type PreviewCard } from '../lib/previews/card.ts';

type Font = SatoriOptions['fonts'][number];

const require = createRequire(import.meta.url);

/** The regular and bold faces, Latin and Latin Extended subsets (WOFF: Satori reads it). */
function loadFonts(): Font[] {
  return (['latin', 'latin-ext'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: PREVIEW_FONT,
      weight,
      style: 'normal' as const,
      data: readFileSync(require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-${subset}-${weight}-normal.woff`)),
    })),
  );
}

export interface PreviewRenderer {
  /**
   * What decides the picture: the card's layout tree, the fonts and the renderers' versions. Two
   * cards with the same key give the same PNG, so it keys a cache of drawn images.
   */
  key(card: PreviewCard): string;
  /** The card as a 1200×630 PNG: laid out by Satori, drawn by resvg and compressed on libuv's thread pool. */
  render(card: PreviewCard): Promise<Buffer>;
}

export function previewRenderer(siteName: string): PreviewRenderer {
  const fonts = loadFonts();
  const versions = ['satori', '@resvg/resvg-js'].map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`);
  const base = createHash('sha256').update(versions.join(' '));
  for (const font of fonts) base.update(font.data as Buffer);
  return {
    key: (card) => base.copy().update(JSON.stringify(previewTree(card, siteName))).digest('hex').slice(0, 32),
    async render(card) {
      const svg = await satori(previewTree(card, siteName) as Parameters<typeof satori>[0], { ...PREVIEW_SIZE, fonts });
      const image = await renderAsync(svg, { fitTo: { mode: 'width', value: PREVIEW_SIZE.width }, font: { loadSystemFonts: false } });
      return encodeRgbaPng(image.width, image.height, image.pixels);
    },
  };
}
