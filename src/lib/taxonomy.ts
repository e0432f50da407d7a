/**
 * The site's fixed vocabularies. One name per concept across content, code and UI:
 * content frontmatter is validated against these lists, and navigation reads them.
 */

export const THEMES = {
  comprendre: 'Comprendre la coopération et les PTCE',
  diagnostic: 'Diagnostiquer le collectif',
  gouvernance: 'Gouvernance et rôles',
  posture: 'La posture de l’accompagnateur',
  vision: 'Vision partagée et arbitrage collectif',
  temps: 'Le temps, la motivation et les temps forts',
  autonomie: 'Autonomie et transmission des outils',
  financement: 'Financer et évaluer la coopération',
  territoire: 'Territoire, collectivités et partenaires',
  ecueils: 'Écueils juridiques, fiscaux et RH',
  experimentation: 'Droit à l’erreur et expérimentation',
} as const;
export type ThemeId = keyof typeof THEMES;
export const THEME_IDS = Object.keys(THEMES) as [ThemeId, ...ThemeId[]];

export const AUDIENCES = {
  accompagnateur: 'Accompagnateurs',
  collectif: 'Collectifs',
  collectivite: 'Collectivités locales',
} as const;
export type AudienceId = keyof typeof AUDIENCES;
export const AUDIENCE_IDS = Object.keys(AUDIENCES) as [AudienceId, ...AudienceId[]];

/** Page types, also used as the Pagefind "type" filter. */
export const PAGE_TYPES = {
  guide: 'Guide',
  fiche: 'Fiche pratique',
  outil: 'Outil',
  glossaire: 'Glossaire',
  page: 'Page',
} as const;
export type PageType = keyof typeof PAGE_TYPES;

/** Interactive tools; `path` is their stable URL, `available` says whether its page is built yet. */
export const TOOLS = {
  'autodiagnostic-cooperation': {
    title: 'Autodiagnostic de la coopération',
    path: '/outils/autodiagnostic-cooperation/',
    available: true,
  },
  'autodiagnostic-posture': {
    title: 'Autodiagnostic de posture de l’accompagnateur',
    path: '/outils/autodiagnostic-posture/',
    available: true,
  },
  'simulateur-decision': {
    title: 'Simulateur de décision collective',
    path: '/outils/simulateur-decision/',
    available: true,
  },
  'anticiper-les-ecueils': {
    title: 'Anticiper les écueils juridiques, fiscaux et RH',
    path: '/outils/anticiper-les-ecueils/',
    available: true,
  },
} as const satisfies Record<string, { title: string; path: string; available: boolean }>;
export type ToolId = keyof typeof TOOLS;
export const TOOL_IDS = Object.keys(TOOLS) as [ToolId, ...ToolId[]];
