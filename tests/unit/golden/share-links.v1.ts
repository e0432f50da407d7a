/**
 * Share links exactly as version 1 of the site wrote them, with what they must open. Generated
 * once, on 2026-11-30, with the code of commit 4e74947 (before any later change), for realistic
 * answers and scenarios; never regenerated.
 *
 * These links are in e-mails and meeting notes of the collectives: every later version of the site
 * must open them with the same answers and the same scenario. If a test over this file fails, the
 * change broke links already sent — fix the code, never this file. The decoded values are written
 * out literally on purpose: they are not recomputed by the encoder at test time.
 *
 * Links are stored as the tools show them, without the site's origin (which depends on SITE_URL).
 */
import type { Answer } from '../../../src/lib/questionnaire/index.ts';
import type { Scenario } from '../../../src/lib/decision/types.ts';

export interface GoldenAnswersLink {
  readonly questionnaire: 'cooperation' | 'posture';
  readonly label: string;
  readonly link: string;
  readonly name?: string;
  readonly answers: Readonly<Record<string, Answer>>;
}

export interface GoldenScenarioLink {
  readonly label: string;
  readonly link: string;
  readonly scenario: Scenario;
}

/**
 * Codes written in version-1 links: the code of a value is its index in its list (the tables in
 * the codecs say whether 0 means « not set » and the list starts at 1). The codecs' lists may grow
 * at the end, never change before it.
 */
export const WIRE_CODES = {
  /** Questionnaire answers, 3 bits each; 0 = not answered. */
  answers: [undefined, 1, 2, 3, 4, 5, 'unknown'],
  /** Scenario links (kind `d`, version 1). */
  scenario: {
    ruleKinds: ['simple', 'absolute', 'qualified', 'unanimity', 'consent', 'colleges-proportional', 'colleges-bloc', 'capital'],
    positions: ['absent', 'pour', 'contre', 'abstention', 'objection'],
    categories: ['salarie', 'producteur', 'beneficiaire', 'collectivite', 'autre'],
    bases: ['members', 'votesCast'],
    abstentionPolicies: ['excluded', 'counted-as-against'],
    quorumOf: ['members', 'weight'],
    unanimityAbsents: ['ignored', 'block'],
  },
} as const;

/** Statement order of each questionnaire at the version of the links below (the answers' order in a link). */
export const STATEMENT_ORDER = {
  cooperation: {
    shareCode: 'coop',
    version: 1,
    statements: [
      'histoire-origines', 'histoire-deja-ensemble', 'histoire-au-dela', 'histoire-episodes',
      'histoire-non-dits', 'histoire-perimetre', 'confiance-information', 'confiance-engagements',
      'confiance-petit-comite', 'confiance-desaccord', 'confiance-intentions', 'confiance-garanties',
      'vision-deux-phrases', 'vision-meme-reponse', 'vision-ecrite', 'vision-interet-propre',
      'vision-debat', 'gouvernance-qui-decide', 'gouvernance-roles', 'gouvernance-concentration',
      'gouvernance-trace', 'gouvernance-regles-choisies', 'gouvernance-relais', 'equite-poids',
      'equite-partage', 'equite-leses', 'equite-tensions', 'equite-recours',
      'temps-rythme', 'temps-essoufflement', 'temps-temps-forts', 'temps-murir',
      'temps-releve', 'anticipation-forme', 'anticipation-fiscalite', 'anticipation-personnel',
      'anticipation-financements', 'anticipation-plus-tard', 'anticipation-conseil', 'autonomie-animer',
      'autonomie-outils', 'autonomie-essai', 'autonomie-peur', 'autonomie-lecons',
    ],
  },
  posture: {
    shareCode: 'posture',
    version: 1,
    statements: [
      'neutralite-mandat', 'neutralite-preference', 'neutralite-comptes-rendus', 'neutralite-aparte',
      'equite-parole', 'equite-formats', 'equite-influents', 'facilitation-objectif',
      'facilitation-methodes', 'facilitation-parole', 'facilitation-cloture', 'conflits-signaux',
      'conflits-cadre', 'conflits-evitement', 'conflits-mediation', 'rythme-calendrier',
      'rythme-echeance', 'rythme-temps-forts', 'rythme-essoufflement', 'transmission-supports',
      'transmission-animation', 'transmission-dependance', 'anticipation-tot', 'anticipation-orienter',
      'anticipation-tard', 'anticipation-veille', 'erreur-droit', 'erreur-essais',
      'erreur-risques',
    ],
  },
} as const;

export const ANSWERS_LINKS: readonly GoldenAnswersLink[] = [
  {
    questionnaire: 'cooperation',
    label: 'complete-with-name',
    link: '/outils/autodiagnostic-cooperation/#r=AQRjb29wASUBLJWjJE7moXGpU4mU5qcnJY1gEVpvw6kgZOKAmUF1YmlnbsOpI_jC0Q',
    name: 'Zoé d’Aubigné',
    answers: {
      'histoire-origines': 4,
      'histoire-deja-ensemble': 5,
      'histoire-au-dela': 3,
      'histoire-episodes': 2,
      'histoire-non-dits': 1,
      'histoire-perimetre': 4,
      'confiance-information': 4,
      'confiance-engagements': 4,
      'confiance-petit-comite': 2,
      'confiance-desaccord': 3,
      'confiance-intentions': 5,
      'confiance-garanties': 'unknown',
      'vision-deux-phrases': 3,
      'vision-meme-reponse': 2,
      'vision-ecrite': 4,
      'vision-interet-propre': 1,
      'vision-debat': 3,
      'gouvernance-qui-decide': 4,
      'gouvernance-roles': 3,
      'gouvernance-concentration': 2,
      'gouvernance-trace': 4,
      'gouvernance-regles-choisies': 5,
      'gouvernance-relais': 2,
      'equite-poids': 3,
      'equite-partage': 4,
      'equite-leses': 2,
      'equite-tensions': 3,
      'equite-recours': 1,
      'temps-rythme': 2,
      'temps-essoufflement': 3,
      'temps-temps-forts': 4,
      'temps-murir': 'unknown',
      'temps-releve': 5,
      'anticipation-forme': 1,
      'anticipation-fiscalite': 'unknown',
      'anticipation-personnel': 2,
      'anticipation-financements': 3,
      'anticipation-plus-tard': 4,
      'anticipation-conseil': 4,
      'autonomie-animer': 5,
      'autonomie-outils': 4,
      'autonomie-essai': 3,
      'autonomie-peur': 2,
      'autonomie-lecons': 'unknown',
    },
  },
  {
    questionnaire: 'cooperation',
    label: 'partial-no-name',
    link: '/outils/autodiagnostic-cooperation/#r=AQRjb29wARMALGBELSIwAAlZmCAJNgAAE22wchzZkg',
    answers: {
      'histoire-origines': 3,
      'histoire-episodes': 4,
      'histoire-non-dits': 2,
      'confiance-information': 5,
      'confiance-engagements': 5,
      'confiance-petit-comite': 1,
      'confiance-intentions': 4,
      'confiance-garanties': 3,
      'gouvernance-qui-decide': 2,
      'gouvernance-roles': 2,
      'gouvernance-concentration': 5,
      'gouvernance-trace': 4,
      'gouvernance-regles-choisies': 'unknown',
      'gouvernance-relais': 3,
      'equite-partage': 1,
      'temps-rythme': 4,
      'temps-essoufflement': 4,
      'temps-temps-forts': 'unknown',
      'temps-murir': 'unknown',
      'anticipation-conseil': 2,
      'autonomie-animer': 3,
      'autonomie-outils': 3,
      'autonomie-essai': 3,
      'autonomie-peur': 3,
      'autonomie-lecons': 3,
    },
  },
  {
    questionnaire: 'cooperation',
    label: 'empty',
    link: '/outils/autodiagnostic-cooperation/#r=AQRjb29wARMALAAAAAAAAAAAAAAAAAAAAAAAUJAicg',
    answers: {},
  },
  {
    questionnaire: 'posture',
    label: 'complete-with-name',
    link: '/outils/autodiagnostic-posture/#r=AQdwb3N0dXJlARYBHaoY1ZGmY7lIa1NGCEthcmltIEIuwuAHhw',
    name: 'Karim B.',
    answers: {
      'neutralite-mandat': 5,
      'neutralite-preference': 2,
      'neutralite-comptes-rendus': 4,
      'neutralite-aparte': 1,
      'equite-parole': 4,
      'equite-formats': 3,
      'equite-influents': 2,
      'facilitation-objectif': 5,
      'facilitation-methodes': 4,
      'facilitation-parole': 4,
      'facilitation-cloture': 3,
      'conflits-signaux': 2,
      'conflits-cadre': 3,
      'conflits-evitement': 1,
      'conflits-mediation': 4,
      'rythme-calendrier': 3,
      'rythme-echeance': 5,
      'rythme-temps-forts': 'unknown',
      'rythme-essoufflement': 2,
      'transmission-supports': 4,
      'transmission-animation': 4,
      'transmission-dependance': 1,
      'anticipation-tot': 5,
      'anticipation-orienter': 3,
      'anticipation-tard': 2,
      'anticipation-veille': 4,
      'erreur-droit': 'unknown',
      'erreur-essais': 4,
      'erreur-risques': 3,
    },
  },
  {
    questionnaire: 'posture',
    label: 'partial-no-name',
    link: '/outils/autodiagnostic-posture/#r=AQdwb3N0dXJlAQ0AHWwMKAAU4ALgAAEAapRpag',
    answers: {
      'neutralite-mandat': 3,
      'neutralite-preference': 3,
      'equite-parole': 'unknown',
      'equite-influents': 5,
      'conflits-signaux': 1,
      'conflits-cadre': 2,
      'conflits-evitement': 3,
      'conflits-mediation': 4,
      'rythme-essoufflement': 5,
      'transmission-supports': 'unknown',
      'erreur-droit': 2,
    },
  },
];

export const SCENARIO_LINKS: readonly GoldenScenarioLink[] = [
  {
    label: 'preset-scic-quatre-colleges',
    link: '/outils/simulateur-decision/#s=AQFkAacDBAhzYWxhcmllcwlTYWxhcmnDqXMBAwtwcm9kdWN0ZXVycwtQcm9kdWN0ZXVycwECB3VzYWdlcnMaQsOpbsOpZmljaWFpcmVzIGV0IHVzYWdlcnMBAwtwYXJ0ZW5haXJlcx1Db2xsZWN0aXZpdMOpcyBldCBwYXJ0ZW5haXJlcwECDAJtMQVJbsOocwEBAAECbTIGSnVsaWVuAQEAAQJtMwZLYXJpbWEBAQABAm00BEzDqW8BAQABAm01EUZlcm1lIGR1IFJ1aXNzZWF1AgIAAQJtNhVHQUVDIGRlcyBEZXV4IENow6puZXMCAgABAm03Ek1hcmHDrmNoYWdlIExlbm9pcgICAAECbTgbUGFyZW50cyBk4oCZw6lsw6h2ZXMgKEZDUEUpAwMAAQJtORJFSFBBRCBMZXMgVGlsbGV1bHMDAwABA20xMBJDcsOoY2hlIExlcyBMdXRpbnMDAwABA20xMRZDb21tdW5lIGRlIFNhaW50LUF1YmluBAQAAQNtMTIQRm9uZGF0aW9uIGxvY2FsZQQFAAEFAAEAAQECAQICAQEDAQIB0x8Iaw',
    scenario: {
      colleges: [
        { id: 'salaries', name: 'Salariés', share: 0.3 },
        { id: 'producteurs', name: 'Producteurs', share: 0.2 },
        { id: 'usagers', name: 'Bénéficiaires et usagers', share: 0.3 },
        { id: 'partenaires', name: 'Collectivités et partenaires', share: 0.2 },
      ],
      members: [
        { id: 'm1', name: 'Inès', weight: 1, college: 'salaries', category: 'salarie' },
        { id: 'm2', name: 'Julien', weight: 1, college: 'salaries', category: 'salarie' },
        { id: 'm3', name: 'Karima', weight: 1, college: 'salaries', category: 'salarie' },
        { id: 'm4', name: 'Léo', weight: 1, college: 'salaries', category: 'salarie' },
        { id: 'm5', name: 'Ferme du Ruisseau', weight: 1, college: 'producteurs', category: 'producteur' },
        { id: 'm6', name: 'GAEC des Deux Chênes', weight: 1, college: 'producteurs', category: 'producteur' },
        { id: 'm7', name: 'Maraîchage Lenoir', weight: 1, college: 'producteurs', category: 'producteur' },
        { id: 'm8', name: 'Parents d’élèves (FCPE)', weight: 1, college: 'usagers', category: 'beneficiaire' },
        { id: 'm9', name: 'EHPAD Les Tilleuls', weight: 1, college: 'usagers', category: 'beneficiaire' },
        { id: 'm10', name: 'Crèche Les Lutins', weight: 1, college: 'usagers', category: 'beneficiaire' },
        { id: 'm11', name: 'Commune de Saint-Aubin', weight: 1, college: 'partenaires', category: 'collectivite' },
        { id: 'm12', name: 'Fondation locale', weight: 1, college: 'partenaires', category: 'autre' },
      ],
      rule: { kind: 'colleges-proportional', abstentionPolicy: 'excluded' },
      positions: { m1: 'pour', m2: 'pour', m3: 'contre', m4: 'pour', m5: 'contre', m6: 'contre', m7: 'pour', m8: 'pour', m9: 'abstention', m10: 'pour', m11: 'contre', m12: 'pour' },
    },
  },
  {
    label: 'preset-conseil-cee-1958',
    link: '/outils/simulateur-decision/#s=AQFkAXsABgJtMQZGcmFuY2UAAAAEAm0yD0FsbGVtYWduZSAoUkZBKQAAAAQCbTMGSXRhbGllAAAABAJtNAhCZWxnaXF1ZQAAAAICbTUIUGF5cy1CYXMAAAACAm02Ckx1eGVtYm91cmcAAAABBwH_P-aWlpaWlpcBAQABAQEBAQLLxm3x',
    scenario: {
      colleges: [],
      members: [
        { id: 'm1', name: 'France', weight: 4 },
        { id: 'm2', name: 'Allemagne (RFA)', weight: 4 },
        { id: 'm3', name: 'Italie', weight: 4 },
        { id: 'm4', name: 'Belgique', weight: 2 },
        { id: 'm5', name: 'Pays-Bas', weight: 2 },
        { id: 'm6', name: 'Luxembourg', weight: 1 },
      ],
      rule: { kind: 'capital', threshold: 0.7058823529411765, base: 'members', abstentionPolicy: 'excluded' },
      positions: { m1: 'pour', m2: 'pour', m3: 'pour', m4: 'pour', m5: 'pour', m6: 'contre' },
    },
  },
  {
    label: 'preset-gie-unanimite',
    link: '/outils/simulateur-decision/#s=AQFkAakBAAQCbTEgVHJhbnNwb3J0cyBNb3JlbCAoMTIwIHNhbGFyacOpcykAAAA8Am0yHkF0ZWxpZXIgVmFzc2V1ciAoMzUgc2FsYXJpw6lzKQAAABkCbTMiSW1wcmltZXJpZSBkdSBCb2NhZ2UgKDggc2FsYXJpw6lzKQAAAAoCbTQfTWVudWlzZXJpZSBMYWNhemUgKDIgc2FsYXJpw6lzKQAAAAUDAgEAAQEBAlllNhY',
    scenario: {
      colleges: [],
      members: [
        { id: 'm1', name: 'Transports Morel (120 salariés)', weight: 60 },
        { id: 'm2', name: 'Atelier Vasseur (35 salariés)', weight: 25 },
        { id: 'm3', name: 'Imprimerie du Bocage (8 salariés)', weight: 10 },
        { id: 'm4', name: 'Menuiserie Lacaze (2 salariés)', weight: 5 },
      ],
      rule: { kind: 'unanimity', absents: 'block', abstentionPolicy: 'excluded' },
      positions: { m1: 'pour', m2: 'pour', m3: 'pour', m4: 'contre' },
    },
  },
  {
    label: 'preset-ptce-huit-structures',
    link: '/outils/simulateur-decision/#s=AQFkAZkCAAgCbTEXTGVzIEphcmRpbnMgZOKAmUFyZ2FuY2UAAAABAm0yElRlcnJlcyBk4oCZQXJnYW5jZQAAAAECbTMhTWFpcmllIGRlIFNhaW50LUF1YmluLWTigJlBcmdhbmNlAAAAAQJtNBJMZSBQYW5pZXIgcGFydGFnw6kAAAABAm01G0JhaWxsZXVyIHNvY2lhbCBWYWwgSGFiaXRhdAAAAAECbTYWTHljw6llIGFncmljb2xlIGR1IFZhbAAAAAECbTccQ29sbGVjdGlmIGNpdG95ZW4gVHJhbnNpdGlvbgAAAAECbTgXQ29tbXVuYXV0w6kgZGUgY29tbXVuZXMAAAABAv8_5VVVVVVVVQEBAQEFAQIBAQMBAQI0CQhR',
    scenario: {
      colleges: [],
      members: [
        { id: 'm1', name: 'Les Jardins d’Argance', weight: 1 },
        { id: 'm2', name: 'Terres d’Argance', weight: 1 },
        { id: 'm3', name: 'Mairie de Saint-Aubin-d’Argance', weight: 1 },
        { id: 'm4', name: 'Le Panier partagé', weight: 1 },
        { id: 'm5', name: 'Bailleur social Val Habitat', weight: 1 },
        { id: 'm6', name: 'Lycée agricole du Val', weight: 1 },
        { id: 'm7', name: 'Collectif citoyen Transition', weight: 1 },
        { id: 'm8', name: 'Communauté de communes', weight: 1 },
      ],
      rule: { kind: 'qualified', threshold: 0.6666666666666666, base: 'votesCast', abstentionPolicy: 'excluded', quorum: { fraction: 0.5, of: 'members' } },
      positions: { m1: 'pour', m2: 'contre', m3: 'pour', m4: 'pour', m5: 'abstention', m6: 'pour', m7: 'pour', m8: 'contre' },
    },
  },
  {
    label: 'preset-association-bureau-collegial',
    link: '/outils/simulateur-decision/#s=AQFkAb4BAAYCbTEWQW1pbmEgKGNvLXByw6lzaWRlbnRlKQAAAAECbTIVQnJ1bm8gKGNvLXByw6lzaWRlbnQpAAAAAQJtMxZDaGFudGFsICh0csOpc29yacOocmUpAAAAAQJtNBNEYXZpZCAoc2VjcsOpdGFpcmUpAAAAAQJtNRjDiWxvZGllIChjby1wcsOpc2lkZW50ZSkAAAABAm02FUZhcmlkIChjby1wcsOpc2lkZW50KQAAAAEAAQEBBQEBAgEDAELtZ_0',
    scenario: {
      colleges: [],
      members: [
        { id: 'm1', name: 'Amina (co-présidente)', weight: 1 },
        { id: 'm2', name: 'Bruno (co-président)', weight: 1 },
        { id: 'm3', name: 'Chantal (trésorière)', weight: 1 },
        { id: 'm4', name: 'David (secrétaire)', weight: 1 },
        { id: 'm5', name: 'Élodie (co-présidente)', weight: 1 },
        { id: 'm6', name: 'Farid (co-président)', weight: 1 },
      ],
      rule: { kind: 'simple', abstentionPolicy: 'excluded', quorum: { fraction: 0.5, of: 'members' } },
      positions: { m1: 'pour', m2: 'pour', m3: 'contre', m4: 'pour', m5: 'abstention', m6: 'absent' },
    },
  },
  {
    label: 'edited-colleges-bloc',
    link: '/outils/simulateur-decision/#s=AQFkAdwCBAJjMQlTYWxhcmnDqXMCIwJjMhtQcm9kdWN0ZXVycyBldCBwcm9kdWN0cmljZXMCGQJjMwdVc2FnZXJzA5MCAmM0DkNvbGxlY3Rpdml0w6lzA30KAm0xBUluw6hzAQEAAQJtMgZKdWxpZW4BAQEPAm0zBkthcmltYQEBAQUCbTQRRmVybWUgZHUgUnVpc3NlYXUCAgLhAQJtNRVHQUVDIGRlcyBEZXV4IENow6puZXMCAgADAm02GUNhZsOpIMKr4oCvTGUgUmVsYWlz4oCvwrsDAwJLAm03EkNyw6hjaGUgTGVzIEx1dGlucwMDAAoCbTgSRUhQQUQgTGVzIFRpbGxldWxzAwAAAQJtORZDb21tdW5lIGRlIFNhaW50LUF1YmluBAQAAQNtMTAQRm9uZGF0aW9uIGxvY2FsZQQFAAEGAQEGAf8_5VVVVVVVVQICAQQBAQIDAQABAAIB53hk9g',
    scenario: {
      colleges: [
        { id: 'c1', name: 'Salariés', share: 0.35 },
        { id: 'c2', name: 'Producteurs et productrices', share: 0.25 },
        { id: 'c3', name: 'Usagers', share: 0.275 },
        { id: 'c4', name: 'Collectivités', share: 0.125 },
      ],
      members: [
        { id: 'm1', name: 'Inès', weight: 1, college: 'c1', category: 'salarie' },
        { id: 'm2', name: 'Julien', weight: 1.5, college: 'c1', category: 'salarie' },
        { id: 'm3', name: 'Karima', weight: 0.5, college: 'c1', category: 'salarie' },
        { id: 'm4', name: 'Ferme du Ruisseau', weight: 2.25, college: 'c2', category: 'producteur' },
        { id: 'm5', name: 'GAEC des Deux Chênes', weight: 3, college: 'c2', category: 'producteur' },
        { id: 'm6', name: 'Café «\u202fLe Relais\u202f»', weight: 0.75, college: 'c3', category: 'beneficiaire' },
        { id: 'm7', name: 'Crèche Les Lutins', weight: 10, college: 'c3', category: 'beneficiaire' },
        { id: 'm8', name: 'EHPAD Les Tilleuls', weight: 1, college: 'c3' },
        { id: 'm9', name: 'Commune de Saint-Aubin', weight: 1, college: 'c4', category: 'collectivite' },
        { id: 'm10', name: 'Fondation locale', weight: 1, college: 'c4', category: 'autre' },
      ],
      rule: { kind: 'colleges-bloc', threshold: 0.6, innerThreshold: 0.6666666666666666, abstentionPolicy: 'counted-as-against', quorum: { fraction: 0.4, of: 'weight' } },
      positions: { m1: 'pour', m2: 'pour', m3: 'contre', m4: 'abstention', m5: 'pour', m6: 'absent', m7: 'pour', m8: 'absent', m9: 'contre', m10: 'pour' },
    },
  },
  {
    label: 'edited-capital-decimals',
    link: '/outils/simulateur-decision/#s=AQFkAYoBAAUCbTEHUsOpZ2lvbgAAANwLAm0yE0JhbnF1ZSBjb29ww6lyYXRpdmUAAAHJEwJtMwtTYWxhcmnDqWUgMQABAksCbTQaQXNzb2NpYXRpb24gwqsgTGVzIEFtaXMgwrsAAAPdXgJtNRBNZW1icmUgc2FucyBwYXJ0AAAAAAcBAQYCAAIBBQECAwEAY5HhuQ',
    scenario: {
      colleges: [],
      members: [
        { id: 'm1', name: 'Région', weight: 1500 },
        { id: 'm2', name: 'Banque coopérative', weight: 250.5 },
        { id: 'm3', name: 'Salariée 1', weight: 0.75, category: 'salarie' },
        { id: 'm4', name: 'Association « Les Amis »', weight: 12.125 },
        { id: 'm5', name: 'Membre sans part', weight: 0 },
      ],
      rule: { kind: 'capital', threshold: 0.6, base: 'votesCast', quorum: { fraction: 0.5, of: 'weight' } },
      positions: { m1: 'pour', m2: 'contre', m3: 'abstention', m4: 'pour', m5: 'absent' },
    },
  },
  {
    label: 'edited-consent-objection',
    link: '/outils/simulateur-decision/#s=AQFkAWEABgJtMQZBw69jaGEAAAABAm0yBUJydW5vAAAAAQJtMwZDaGxvw6kAAAABAm00B0RpbWl0cmkAAAABAm01B8OJbG9kaWUAAAABAm03BUZhdG91AAAAAQQAAQEFAQQCAwABFjH4sg',
    scenario: {
      colleges: [],
      members: [
        { id: 'm1', name: 'Aïcha', weight: 1 },
        { id: 'm2', name: 'Bruno', weight: 1 },
        { id: 'm3', name: 'Chloé', weight: 1 },
        { id: 'm4', name: 'Dimitri', weight: 1 },
        { id: 'm5', name: 'Élodie', weight: 1 },
        { id: 'm7', name: 'Fatou', weight: 1 },
      ],
      rule: { kind: 'consent', quorum: { fraction: 0.5, of: 'members' } },
      positions: { m1: 'pour', m2: 'objection', m3: 'contre', m4: 'abstention', m5: 'absent', m7: 'pour' },
    },
  },
  {
    label: 'edited-absolute-members',
    link: '/outils/simulateur-decision/#s=AQFkAWMABQJtMQtQcsOpc2lkZW50ZQAAAAECbTIKVHLDqXNvcmllcgAAAAECbTMLU2VjcsOpdGFpcmUAAAABAm00CE1lbWJyZSA0AAAAAQJtNQhNZW1icmUgNQAAAAEBAAIAAQEDAgG-s-nl',
    scenario: {
      colleges: [],
      members: [
        { id: 'm1', name: 'Présidente', weight: 1 },
        { id: 'm2', name: 'Trésorier', weight: 1 },
        { id: 'm3', name: 'Secrétaire', weight: 1 },
        { id: 'm4', name: 'Membre 4', weight: 1 },
        { id: 'm5', name: 'Membre 5', weight: 1 },
      ],
      rule: { kind: 'absolute', base: 'members', abstentionPolicy: 'counted-as-against' },
      positions: { m1: 'pour', m2: 'pour', m3: 'abstention', m4: 'contre', m5: 'pour' },
    },
  },
  {
    label: 'edited-unanimity-proportional',
    link: '/outils/simulateur-decision/#s=AQFkATsCAmMxCkZvbmRhdGV1cnMBBQJjMgtQYXJ0ZW5haXJlcwEFAgJtMQFBAQAAAQJtMgFCAgAAAgMBAAABASuYwbg',
    scenario: {
      colleges: [
        { id: 'c1', name: 'Fondateurs', share: 0.5 },
        { id: 'c2', name: 'Partenaires', share: 0.5 },
      ],
      members: [
        { id: 'm1', name: 'A', weight: 1, college: 'c1' },
        { id: 'm2', name: 'B', weight: 2, college: 'c2' },
      ],
      rule: { kind: 'unanimity', absents: 'ignored' },
      positions: { m1: 'pour', m2: 'pour' },
    },
  },
  {
    label: 'edited-colleges-proportional-threshold',
    link: '/outils/simulateur-decision/#s=AQFkAX8CAmMxCUhhYml0YW50cwEGAmMyClN0cnVjdHVyZXMBBAQCbTEKSGFiaXRhbnQgMQEAAAECbTILSGFiaXRhbnRlIDIBAAABAm0zElLDqWdpZSBkZSBxdWFydGllcgIAAAICbTQNQ2VudHJlIHNvY2lhbAIAAAEFAQI3AQABAgEDmgf1hw',
    scenario: {
      colleges: [
        { id: 'c1', name: 'Habitants', share: 0.6 },
        { id: 'c2', name: 'Structures', share: 0.4 },
      ],
      members: [
        { id: 'm1', name: 'Habitant 1', weight: 1, college: 'c1' },
        { id: 'm2', name: 'Habitante 2', weight: 1, college: 'c1' },
        { id: 'm3', name: 'Régie de quartier', weight: 2, college: 'c2' },
        { id: 'm4', name: 'Centre social', weight: 1, college: 'c2' },
      ],
      rule: { kind: 'colleges-proportional', threshold: 0.55, abstentionPolicy: 'excluded' },
      positions: { m1: 'pour', m2: 'contre', m3: 'pour', m4: 'abstention' },
    },
  },
];
