/**
 * Renders link-preview images: Satori lays out the card of src/lib/previews/card.ts with the
 * Atkinson Hyperlegible font from its npm package (no font CDN), resvg draws it as a PNG.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import satori, { type SatoriOptions } from 'satori';
import { PREVIEW_FONT, PREVIEW_SIZE, previewTree, type PreviewCard } from '../lib/previews/card.ts';

export type PreviewFont = SatoriOptions['fonts'][number];

const require = createRequire(import.meta.url);

/** The regular and bold faces, Latin and Latin Extended subsets (WOFF: Satori reads it). */
export function loadPreviewFonts(): PreviewFont[] {
  return (['latin', 'latin-ext'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: PREVIEW_FONT,
      weight,
      style: 'normal' as const,
      data: readFileSync(require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-${subset}-${weight}-normal.woff`)),
    })),
  );
}

/** The card laid out as SVG, its text drawn as paths (the PNG step needs no font). */
export function previewSvg(card: PreviewCard, siteName: string, fonts: PreviewFont[]): Promise<string> {
  return satori(previewTree(card, siteName) as Parameters<typeof satori>[0], { ...PREVIEW_SIZE, fonts });
}

/** The SVG drawn as a 1200×630 PNG, on libuv's thread pool. */
export async function svgToPng(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, { fitTo: { mode: 'width', value: PREVIEW_SIZE.width }, font: { loadSystemFonts: false } });
  return image.asPng();
}

/** The card as a 1200×630 PNG. */
export async function renderPreviewPng(card: PreviewCard, siteName: string, fonts: PreviewFont[]): Promise<Buffer> {
  return svgToPng(await previewSvg(card, siteName, fonts));
}
