/**
 * Fixed lists of the facts registry (content/faits.yaml): themes, in the order the « Sources et
 * vérification » page shows them, and who can help, with the French label shown to readers.
 * Add an entry here before using its id in the registry.
 */

export const FACT_THEMES = {
  ptce: 'PTCE et appels de l’État',
  juridique: 'Formes juridiques',
  gouvernance: 'Règles de décision',
  fiscal: 'Fiscalité des associations',
  rh: 'Emploi et partage de personnel',
  financement: 'Subventions et aides publiques',
  'marches-publics': 'Commande publique',
  elus: 'Élus et collectivités',
  accompagnement: 'Qui accompagne qui',
  'tiers-lieux': 'Tiers-lieux et collectifs citoyens',
} as const;

export type FactTheme = keyof typeof FACT_THEMES;
export const FACT_THEME_IDS = Object.keys(FACT_THEMES) as [FactTheme, ...FactTheme[]];

export interface Helper {
  /** Short name, as in a list: « le DLA ». */
  label: string;
  /** What it does for a collective, in a few words. */
  detail: string;
}

export const FACT_HELPERS = {
  dla: { label: 'le DLA', detail: 'dispositif local d’accompagnement, pour les structures employeuses de l’ESS' },
  cress: { label: 'la CRESS', detail: 'chambre régionale de l’ESS, pour s’orienter' },
  'guid-asso': { label: 'un point Guid’Asso', detail: 'réseau local d’information et d’appui aux associations' },
  'france-active': { label: 'France Active', detail: 'financement solidaire et plan de financement' },
  'federation-scic': { label: 'la fédération des SCIC', detail: 'réseau des coopératives d’intérêt collectif' },
  avocat: { label: 'un avocat', detail: 'statuts, contrats, responsabilité' },
  'expert-comptable': { label: 'un expert-comptable', detail: 'comptes, fiscalité, sectorisation' },
  notaire: { label: 'un notaire', detail: 'biens immobiliers, apports' },
  sie: { label: 'le service des impôts des entreprises', detail: 'questions fiscales, demande de rescrit' },
  urssaf: { label: 'l’URSSAF', detail: 'cotisations sociales des salariés' },
  dreets: { label: 'la DREETS ou la DDETS', detail: 'services de l’État pour le travail, l’emploi et l’insertion' },
  prefecture: { label: 'la préfecture', detail: 'contrôle de légalité, autorisations' },
  'association-des-maires': { label: 'l’association départementale des maires', detail: 'conseil juridique aux élus' },
  'service-juridique': { label: 'le service juridique de la collectivité', detail: 'délibérations, conventions, achats' },
  gal: { label: 'le GAL', detail: 'groupe d’action locale LEADER de votre territoire, pour les fonds européens ruraux' },
  draaf: { label: 'la DRAAF', detail: 'direction régionale de l’alimentation, de l’agriculture et de la forêt, pour les projets alimentaires territoriaux et la restauration collective' },
} as const satisfies Record<string, Helper>;

export type FactHelper = keyof typeof FACT_HELPERS;
export const FACT_HELPER_IDS = Object.keys(FACT_HELPERS) as [FactHelper, ...FactHelper[]];

/** Nouns that name a fact's value, with their grammatical gender (for « non encore publié·e »). */
export const VALUE_NOUNS = {
  montant: 'm',
  seuil: 'm',
  plafond: 'm',
  taux: 'm',
  nombre: 'm',
  valeur: 'f',
} as const;

export type ValueNoun = keyof typeof VALUE_NOUNS;
export const VALUE_NOUN_IDS = Object.keys(VALUE_NOUNS) as [ValueNoun, ...ValueNoun[]];

export const FACT_STATUSES = ['vérifié', 'à vérifier'] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];
