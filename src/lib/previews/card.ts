/**
 * The link-preview image of a page: what it says (title, type, theme), where it is published, its
 * alt text, and its layout as an element tree for Satori (plain objects, no UI framework). The
 * build renders the tree to a PNG (src/integrations/preview-images.ts).
 */

/** Open Graph's recommended size, also used by the large Twitter/X card. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** Where the preview images are published. */
export const PREVIEW_DIR = '/apercus/';

export interface PreviewCard {
  /** The page's own title (without the site name). */
  title: string;
  /** Its type as readers see it: « Guide », « Fiche pratique », « Outil », « Page »… (none on the home page). */
  kind?: string | undefined;
  /** The label of its main theme, when it has one. */
  theme?: string | undefined;
}

/**
 * URL path of a page's preview image: `/guides/ptce/` → `/apercus/guides/ptce.png`, the home
 * page → `/apercus/accueil.png`.
 */
export function previewImagePath(pagePath: string): string {
  const trimmed = pagePath.replace(/\/index\.html$|\.html$/, '').replace(/^\/+|\/+$/g, '');
  return `${PREVIEW_DIR}${trimmed === '' ? 'accueil' : trimmed}.png`;
}

/** Alt text of the image: it says what the image shows, in the order it shows it. */
export function previewAlt(card: PreviewCard, siteName: string): string {
  const theme = card.theme ? `, thème «\u202f${card.theme}\u202f»` : '';
  return card.kind ? `${card.kind}${theme}\u202f: ${card.title} — ${siteName}` : `${card.title} — ${siteName}`;
}

/** Title size in pixels: as large as the title allows, so it stays readable as a thumbnail. */
export function titleFontSize(title: string): number {
  const length = [...title].length;
  if (length <= 32) return 88;
  if (length <= 50) return 76;
  if (length <= 70) return 66;
  return 58;
}

/**
 * Text as the preview font can draw it: the narrow no-break space of French typography (absent
 * from the font) becomes a no-break space, so « : » and « ! » keep their spacing and never wrap.
 */
export function forPreviewFont(text: string): string {
  return text.replace(/[\u202F\u2009]/g, '\u00A0');
}

/** Background and text colours of each type's label (contrast over 7:1 with white text). */
const KIND_COLOURS: Record<string, string> = {
  Guide: '#0b5e57',
  'Fiche pratique': '#8c3a10',
  Outil: '#2f4a8a',
};
const OTHER_KIND_COLOUR = '#4a4842';

export const PREVIEW_FONT = 'Atkinson Hyperlegible';

/** An element of Satori's tree: the shape a JSX element compiles to. */
export interface PreviewNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: PreviewNode | string | (PreviewNode | string)[]; [attribute: string]: unknown };
}

function el(type: string, props: PreviewNode['props']): PreviewNode {
  return { type, props };
}

/** The site's logo (two linked rings), as on the favicon. */
function logo(size: number): PreviewNode {
  const ring = (cx: number) => el('circle', { cx, cy: 16, r: 8, fill: 'none', stroke: '#0b5e57', 'stroke-width': 3 });
  return el('svg', { width: size, height: size, viewBox: '0 0 32 32', children: [ring(11), ring(21)] });
}

/** The page type, white on its colour. */
function kindLabel(kind: string, colour: string): PreviewNode {
  return el('div', {
    style: {
      display: 'flex',
      flexShrink: 0,
      background: colour,
      color: '#ffffff',
      fontSize: 42,
      fontWeight: 700,
      padding: '6px 24px 8px',
      borderRadius: 10,
    },
    children: forPreviewFont(kind),
  });
}

/** Layout of the image: type and theme on top, the title large, the site's name at the bottom. */
export function previewTree(card: PreviewCard, siteName: string): PreviewNode {
  const colour = (card.kind && KIND_COLOURS[card.kind]) || OTHER_KIND_COLOUR;
  const title = forPreviewFont(card.title);
  return el('div', {
    style: {
      display: 'flex',
      flexDirection: 'column',
      boxSizing: 'border-box',
      width: PREVIEW_SIZE.width,
      height: PREVIEW_SIZE.height,
      background: '#fdfcf8',
      color: '#1e1e1b',
      fontFamily: PREVIEW_FONT,
      borderTop: `18px solid ${colour}`,
      padding: '56px 72px 48px',
    },
    children: [
      el('div', {
        style: { display: 'flex', alignItems: 'center', gap: 28 },
        children: [
          ...(card.kind ? [kindLabel(card.kind, colour)] : []),
          ...(card.theme
            ? [
                el('div', {
                  style: { display: 'block', fontSize: 40, color: '#3d3b36', lineClamp: 1, textOverflow: 'ellipsis' },
                  children: forPreviewFont(card.theme),
                }),
              ]
            : []),
        ],
      }),
      el('div', {
        style: { display: 'flex', flexGrow: 1, alignItems: 'center', minHeight: 0 },
        children: [
          el('div', {
            style: {
              display: 'block',
              width: '100%',
              fontSize: titleFontSize(card.title),
              fontWeight: 700,
              lineHeight: 1.12,
              lineClamp: 4,
              textOverflow: 'ellipsis',
            },
            children: title,
          }),
        ],
      }),
      el('div', {
        style: { display: 'flex', alignItems: 'center', gap: 16, fontSize: 36, fontWeight: 700, color: '#0b5e57' },
        children: [logo(60), forPreviewFont(siteName)],
      }),
    ],
  });
}
