/** Site-wide strings and settings, in one place. */
export const SITE = {
  name: 'Faire ensemble',
  tagline: 'Accompagner les projets de coopération territoriale de l’ESS',
  description:
    'Guides, fiches d’animation et outils pour les accompagnateurs et les collectifs qui coopèrent sur leur territoire : PTCE, collectifs citoyens, groupements de structures de l’ESS.',
  locale: 'fr-FR',
  /** Production origin; set SITE_URL at build time when deploying elsewhere. */
  defaultUrl: 'https://faire-ensemble.example',
} as const;
