/**
 * Every sentence and label of the decision simulator, in one place: the interface (`T`), the
 * step-by-step explanation of a vote, the descriptions of the rules, the power findings and notes,
 * the SCIC findings, and the error messages of the voting set-up, the share links and the presets.
 * The logic modules call these with raw values (numbers, names, flags); the wording, the number
 * formats and French typography are done here. Messages are written with plain spaces:
 * `typographed` puts the narrow no-break spaces before ; : ! ? and inside « ». The presets'
 * own words live in content/presets/*.yaml.
 */
import { formatNumber, formatPercent, listFr, plural, typographed } from '../fr.ts';
import type { CollegeTally, Outcome, PositionCounts } from './evaluate.ts';
import type { ScicSeverity } from './scic.ts';
import type { Ratio } from './field-input.ts';
import { MAX_WEIGHT, type DecisionRule, type DecisionRuleKind, type MajorityBase, type MemberCategory, type Position, type VoteWeighting } from './types.ts';

const POSITION_WORDS = {
  pour: 'pour',
  contre: 'contre',
  abstention: 'abstention',
  absent: 'absent',
  objection: 'objection motivée',
} as const satisfies Record<Position, string>;

/** « 30 » for 0.3: the value shown in a percentage field (a form value, not a sentence). */
export function percentText(fraction: number): string {
  return formatNumber(fraction * 100, 2);
}

// ---- The interface (src/islands/decision) ----

export const T = typographed({
  regionLabel: 'Simulateur de décision collective',
  /** Between a label and what follows it: « Résultat : Proposition adoptée ». */
  labelSeparator: ' : ',
  linkLoaded: 'Scénario ouvert depuis un lien de partage. Vos modifications ne changent pas ce lien : créez-en un nouveau pour les partager.',
  linkErrorTitle: 'Le lien de partage n’a pas pu être ouvert.',
  linkErrorFallback: (preset: string) => `Le simulateur a chargé le modèle « ${preset} » à la place : vous pouvez l’utiliser normalement.`,
  dismiss: 'Fermer ce message',
  /** The skip control at the top of the simulator: moves the focus to the outcome. */
  skipToOutcome: 'Voir le résultat',

  // Presets
  presetsLegend: 'Partir d’un modèle',
  presetLabel: 'Modèle',
  presetLoad: 'Charger ce modèle',
  presetHint: 'Le modèle remplace les membres, les collèges, la règle et le vote actuels. Tout reste modifiable ensuite.',
  presetLoaded: (title: string) => `Modèle chargé : ${title}.`,
  emptyScenario: 'Partir d’un scénario vide',
  emptyLoaded: 'Scénario vide : ajoutez les membres un à un, ou collez leur liste depuis un tableur.',

  // Members and colleges
  membersTitle: 'Les membres et les collèges',
  scicToggle: 'Il s’agit d’une SCIC : vérifier les catégories d’associés et les collèges',
  collegesLegend: 'Collèges de vote',
  collegesHint: 'Les collèges ne servent qu’aux règles de vote par collèges. Leur poids est la part du total des voix qu’ils détiennent.',
  collegesNone: 'Aucun collège.',
  collegeLegend: (index: number, name: string) => `Collège ${index}${name ? ` : ${name}` : ''}`,
  collegeName: 'Nom du collège',
  collegeShare: 'Poids du collège (en %)',
  collegeRemove: 'Retirer le collège',
  collegeAdd: 'Ajouter un collège',
  collegeAdded: 'Collège ajouté.',
  collegeRemoved: (name: string) => `Collège ${name} retiré ; ses membres n’ont plus de collège.`,
  collegeDefaultName: (n: number) => `Collège ${n}`,
  collegesTotal: (percent: string, ok: boolean) =>
    ok ? `Total des poids : ${percent}.` : `Total des poids : ${percent}. Les poids seront ramenés à 100 % dans le calcul.`,
  maxColleges: (max: number) => `${max} collèges : c’est le maximum du simulateur. Retirez un collège pour en ajouter un autre.`,
  /** Beside a college's share, as soon as it is typed. */
  collegeOverHalf: (share: number, scicCeiling: number | undefined) =>
    scicCeiling === undefined
      ? `Avec ${formatPercent(share, 2)} des voix, ce collège en détiendrait plus de la moitié : il l’emporterait à lui seul sur tous les autres réunis.`
      : `Avec ${formatPercent(share, 2)} des voix, ce collège dépasserait le plafond d’une SCIC : aucun collège ne peut y détenir plus de ${formatPercent(scicCeiling)} des voix.`,
  /** Under a field where a quota was typed as a fraction: « 16 voix sur 30, soit 53,33 % ». */
  ratioHint: (num: number, den: number, value: number, unit: 'voix' | 'membres') =>
    `${formatNumber(num, 0)} ${unit} sur ${formatNumber(den, 0)}, soit ${formatPercent(value, 2)}.`,

  membersLegend: 'Membres',
  membersCount: (n: number, max: number) => `${plural(n, 'membre')} sur ${max} au plus.`,
  memberLegend: (index: number, name: string) => `Membre ${index}${name ? ` : ${name}` : ''}`,
  memberName: 'Nom',
  memberCollege: 'Collège',
  memberNoCollege: 'Aucun collège',
  memberWeight: 'Poids (voix ou capital)',
  memberWeightInCollege: 'Poids dans le collège',
  weightHint: {
    'one-person-one-vote': 'La règle choisie compte une voix par personne : le poids des membres n’est pas utilisé.',
    capital: 'Poids : nombre de voix ou part de capital de chaque membre, dans l’unité de votre choix (parts, euros, pourcentages).',
    colleges: 'Poids : voix de chaque membre à l’intérieur de son collège. Mettez 1 partout pour « une personne, une voix » dans chaque collège.',
  } satisfies Record<VoteWeighting, string>,
  memberCategory: 'Catégorie d’associé (SCIC)',
  memberNoCategory: 'Non renseignée',
  memberRemove: 'Retirer',
  memberAdd: 'Ajouter un membre',
  memberAdded: (name: string) => `${name} ajouté. Saisissez son nom.`,
  memberRemoved: (name: string) => `${name || 'Membre'} retiré.`,
  memberDefaultName: (n: number) => `Membre ${n}`,
  maxMembers: (max: number) => `${max} membres : c’est le maximum du simulateur. Retirez un membre pour en ajouter un autre.`,
  pasteOpen: 'Coller une liste depuis un tableur',

  // Parts of the simulator loaded when asked for (the paste import, the draft clause)
  partLoading: 'Chargement…',
  partFailed: 'Cette partie du simulateur n’a pas pu être chargée. Vérifiez la connexion, puis réessayez.',
  partRetry: 'Réessayer',

  numberError: `Saisissez un nombre positif d’au plus ${formatNumber(MAX_WEIGHT)}, par exemple 12,5.`,
  percentError: 'Saisissez un pourcentage entre 0 et 100, par exemple 30, ou une fraction comme 2/3.',
  thresholdError: 'Saisissez un seuil supérieur à 0 et d’au plus 100 %, par exemple 60, ou une fraction comme 12/17.',
  /** Under an invalid field: the calculation goes on with the last valid value. */
  previousValueKept: (value: string) => `Le résultat utilise toujours la valeur précédente : ${value}.`,
  /** Announced once when the user leaves an invalid field. */
  fieldInvalidAnnounce: (label: string, error: string, value: string) =>
    `« ${label} » n’est pas valide. ${error} Le résultat utilise toujours la valeur précédente : ${value}.`,
  /** In the outcome, for each field whose text is not valid. */
  outcomeStaleField: (label: string, value: string) => `« ${label} » n’est pas valide : ce résultat utilise sa valeur précédente, ${value}.`,

  // Rule
  ruleTitle: 'La règle de décision',
  ruleLegend: 'Règle',
  ruleLabels: {
    simple: 'Majorité simple des suffrages exprimés',
    absolute: 'Majorité absolue',
    qualified: 'Majorité qualifiée (2/3, 3/4 ou autre seuil)',
    unanimity: 'Unanimité',
    consent: 'Consentement (adoptée sauf objection motivée)',
    'colleges-proportional': 'Vote par collèges, lecture proportionnelle',
    'colleges-bloc': 'Vote par collèges, lecture en bloc',
    capital: 'Vote pondéré par le capital (ou par un nombre de voix)',
  } satisfies Record<DecisionRuleKind, string>,
  optionsLegend: 'Options de la règle',
  noOptions: 'Cette règle n’a pas d’autre option.',
  baseLegend: 'La majorité se compte sur',
  baseMembers: 'tous les membres, présents ou non',
  baseVotesCast: 'les suffrages exprimés',
  baseCapitalMembers: 'le total des voix (présents ou non)',
  baseCapitalVotesCast: 'les voix exprimées',
  threshold: 'Seuil d’adoption',
  innerThreshold: 'Majorité à l’intérieur de chaque collège',
  thresholdHalf: 'plus de la moitié',
  thresholdTwoThirds: 'deux tiers (2/3)',
  thresholdThreeQuarters: 'trois quarts (3/4)',
  thresholdCustom: 'autre seuil…',
  thresholdCustomLabel: 'Seuil personnalisé (en %, ou fraction comme 12/17)',
  absentsLegend: 'Les absents',
  absentsIgnored: 'ne bloquent pas (unanimité des présents)',
  absentsBlock: 'bloquent aussi (unanimité de tous, comme un GIE dont le contrat est muet)',
  abstentionLegend: 'Les abstentions',
  abstentionExcluded: 'ne comptent pas comme suffrages exprimés (convention par défaut)',
  abstentionAgainst: 'comptent comme des voix contre',
  abstentionHint: 'Par défaut, le simulateur applique la convention des assemblées de SA depuis 2019 : une abstention n’est pas un suffrage exprimé. Vos statuts peuvent en décider autrement.',
  abstentionConsent: 'Sans effet pour le consentement : seule une objection bloque.',
  quorumLegend: 'Quorum',
  quorumEnabled: 'Exiger un quorum',
  quorumFraction: 'Quorum (en % ou fraction)',
  quorumOfLegend: 'Le quorum se compte en',
  quorumOfMembers: 'nombre de membres présents',
  quorumOfWeight: 'part des voix présentes',
  ruleSummary: 'En résumé',

  // Vote
  voteTitle: 'Le vote',
  positionsLegend: 'Position de chaque membre',
  positionLabels: POSITION_WORDS,
  allPour: 'Tout le monde pour',
  allAbsent: 'Tout le monde absent',
  pivotBadge: 'pivot',
  outcomeTitle: 'Résultat',
  outcomeLabels: {
    adoptée: 'Proposition adoptée',
    rejetée: 'Proposition rejetée',
    'quorum non atteint': 'Quorum non atteint',
    invalide: 'Calcul impossible',
  } satisfies Record<Outcome, string>,
  outcomeAnnounce: (label: string, reason: string) => `${label}. ${reason}`,
  stepsTitle: 'Le calcul, étape par étape',
  collegeTableCaption: 'Vote de chaque collège',
  colCollege: 'Collège',
  colShare: 'Poids',
  colPour: 'Pour',
  colContre: 'Contre',
  colAbstention: 'Abst.',
  colAbsent: 'Absents',
  colContribution: 'Apport (pour / contre)',
  pivotsTitle: 'Les membres pivots',
  pivotsNone: 'Aucun membre n’est pivot : aucun changement de vote isolé ne renverserait le résultat.',
  pivotsIntro: 'Un membre est pivot si son seul changement de vote renverse le résultat :',
  pivot: (name: string, from: Position, to: Position, adopted: boolean) =>
    `${name} : en passant de « ${POSITION_WORDS[from]} » à « ${POSITION_WORDS[to]} », la proposition aurait été ${adopted ? 'rejetée' : 'adoptée'}.`,

  // Power
  powerTitle: 'Le pouvoir réel de chacun',
  powerIntro:
    'Indépendamment du vote ci-dessus, voici le poids réel de chaque membre sous cette règle : la part des voix qu’il détient, et deux mesures de son pouvoir, calculées exactement. L’indice de Banzhaf compte les situations où son vote fait basculer la décision ; l’indice de Shapley–Shubik, les ordres d’arrivée où c’est lui qui fait franchir le seuil.',
  powerPending: 'Mise à jour du calcul…',
  powerNothing: 'Rien de particulier : aucun droit de veto, aucun membre sans pouvoir.',
  powerNotes: 'Comment c’est calculé',
  chartMembersTitle: 'Part des voix et pouvoir de chaque membre',
  chartCollegesTitle: 'Part des voix et pouvoir de chaque collège',
  chartDesc: 'Graphique en barres : pour chacun, la part des voix, l’indice de Banzhaf et l’indice de Shapley–Shubik. Les valeurs exactes figurent dans le tableau qui suit.',
  chartDetails: (n: number) => `Afficher le graphique par membre (${plural(n, 'membre')})`,
  chartScale: (max: string) => `Échelle des barres : de 0 à ${max}.`,
  seriesNominal: 'Part des voix',
  seriesBanzhaf: 'Indice de Banzhaf',
  seriesShapley: 'Indice de Shapley–Shubik',
  tableMembersCaption: 'Part des voix et pouvoir de chaque membre',
  tableCollegesCaption: 'Part des voix et pouvoir de chaque collège',
  colMember: 'Membre',
  colMembers: 'Membres',
  colNominal: 'Part des voix',
  colBanzhaf: 'Banzhaf',
  colShapley: 'Shapley–Shubik',
  colRemark: 'Remarque',
  /** The remark column of a power table: « droit de veto », « aucun pouvoir », both or nothing. */
  remark: (veto: boolean, powerless: boolean) =>
    [veto ? 'droit de veto' : '', powerless ? 'aucun pouvoir' : ''].filter(Boolean).join(', '),
  csv: 'Télécharger le tableau du pouvoir (CSV)',
  csvDone: 'Fichier CSV téléchargé.',

  // SCIC
  scicTitle: 'Vérification SCIC',
  scicIntro: 'Les règles propres aux SCIC (loi n° 47-1775 du 10 septembre 1947, art. 19 quinquies et suivants), appliquées à ce scénario :',
  severity: {
    error: 'À corriger',
    warning: 'Attention',
    info: 'À savoir',
    ok: 'Conforme',
  } satisfies Record<ScicSeverity, string>,
  sources: 'Sources :',
  sourceSeparator: ' ; ',
  categoryLabels: {
    salarie: 'salarié',
    producteur: 'producteur',
    beneficiaire: 'bénéficiaire ou usager',
    collectivite: 'collectivité territoriale',
    autre: 'autre contributeur',
  } satisfies Record<MemberCategory, string>,

  // Share, print, export
  actionsTitle: 'Partager, imprimer, exporter',
  share: 'Créer un lien de partage',
  shareLabel: 'Lien de partage du scénario',
  shareHint: 'Le scénario entier est dans le lien, après le signe #. Il n’est envoyé à aucun serveur.',
  qr: 'Afficher le lien en QR code',
  qrTitle: 'QR code du scénario',
  qrHint: 'Chaque membre qui vise ce code avec son téléphone ouvre le même scénario et peut l’essayer de son côté.',
  shareCreated: 'Lien de partage créé et placé dans la barre d’adresse.',
  copy: 'Copier le lien',
  copied: 'Lien copié.',
  copyFailed: 'La copie n’a pas fonctionné : sélectionnez le lien et copiez-le à la main.',
  print: 'Imprimer le scénario et les résultats',
  clauseTitle: 'Passer aux statuts : un projet de clause',
  clauseIntro:
    'Le simulateur peut écrire la règle choisie sous la forme d’une clause à reprendre dans vos statuts ou votre règlement intérieur : qui vote et avec quel poids, le quorum, la majorité, les abstentions, les collèges ou la procédure d’objection. Un projet, à faire relire.',
  clauseOpen: 'Rédiger un projet de clause',
  printSummaryTitle: 'Le scénario',
  summaryCaption: 'Membres, collèges et positions',
  colPosition: 'Position',
  colWeight: 'Poids',
  colCategory: 'Catégorie',
  /** A member's college in the printed summary: « Salariés (30 %) ». */
  collegeWithShare: (name: string, share: number) => `${name} (${formatPercent(share, 2)})`,
});

// ---- Rules ----

/** Short names of the rules, at the head of their descriptions. */
const RULE_NAMES: Readonly<Record<DecisionRuleKind, string>> = {
  simple: 'Majorité simple des suffrages exprimés',
  absolute: 'Majorité absolue',
  qualified: 'Majorité qualifiée',
  unanimity: 'Unanimité des membres présents',
  consent: 'Consentement',
  'colleges-proportional': 'Vote par collèges (lecture proportionnelle)',
  'colleges-bloc': 'Vote par collèges (lecture en bloc)',
  capital: 'Vote pondéré par le capital',
};

/** Quotas typed as fractions, shown as typed (see scenario-reducer.ts, `ratioFor`). */
export interface TypedRatios {
  readonly threshold?: Ratio | undefined;
  readonly innerThreshold?: Ratio | undefined;
}

/** A threshold: « 66,7 % », or as typed, « 16 voix sur 30 (53,3 %) ». */
function quota(threshold: number, ratio?: Ratio): string {
  return ratio ? `${formatNumber(ratio.num, 0)} voix sur ${formatNumber(ratio.den, 0)} (${formatPercent(threshold)})` : formatPercent(threshold);
}

/** The adoption threshold in words: « plus de la moitié » or « au moins 66,7 % ». */
function thresholdPhrase(threshold: number | undefined, ratio?: Ratio): string {
  return threshold === undefined ? 'plus de la moitié' : `au moins ${quota(threshold, ratio)}`;
}

const ofAllMembers = (base: MajorityBase) => (base === 'members' ? 'de tous les membres, présents ou non' : 'des suffrages exprimés');
const ofCapital = (base: MajorityBase | undefined) => ((base ?? 'votesCast') === 'members' ? 'du capital total' : 'du capital exprimé');

export const RULE_MESSAGES = typographed({
  /** One sentence naming the rule and its convention for abstentions. */
  describe: (rule: DecisionRule, ratios: TypedRatios = {}): string => {
    const abstentions =
      (rule.abstentionPolicy ?? 'excluded') === 'excluded'
        ? 'les abstentions ne comptent pas comme suffrages exprimés'
        : 'les abstentions comptent comme des voix contre';
    switch (rule.kind) {
      case 'simple':
        return `${RULE_NAMES.simple} : adoptée s’il y a plus de voix pour que de voix contre (une personne, une voix) ; ${abstentions}.`;
      case 'absolute':
        return `${RULE_NAMES.absolute} ${rule.base === 'members' ? 'des membres' : 'des suffrages exprimés'} : adoptée avec plus de la moitié ${ofAllMembers(rule.base)} (une personne, une voix) ; ${abstentions}.`;
      case 'qualified':
        return `${RULE_NAMES.qualified} : adoptée avec au moins ${quota(rule.threshold, ratios.threshold)} ${ofAllMembers(rule.base)} (une personne, une voix) ; ${abstentions}.`;
      case 'unanimity':
        return `${RULE_NAMES.unanimity} : une seule voix contre suffit à bloquer ; ${rule.absents === 'block' ? 'un absent bloque aussi (unanimité de tous les membres)' : 'les absents ne bloquent pas'} ; ${abstentions}.`;
      case 'consent':
        return `${RULE_NAMES.consent} : adoptée sauf objection motivée d’au moins un membre présent ; un « contre » sans objection ne bloque pas.`;
      case 'colleges-proportional':
        return `${RULE_NAMES['colleges-proportional']} : dans chaque collège, les voix pour et contre sont ramenées au poids du collège ; adoptée avec ${thresholdPhrase(rule.threshold, ratios.threshold)} des suffrages pondérés ; ${abstentions}.`;
      case 'colleges-bloc':
        return `${RULE_NAMES['colleges-bloc']} : la majorité (${thresholdPhrase(rule.innerThreshold, ratios.innerThreshold)} des suffrages) d’un collège emporte tout son poids ; adoptée avec ${thresholdPhrase(rule.threshold, ratios.threshold)} des suffrages pondérés ; ${abstentions}.`;
      case 'capital':
        return `${RULE_NAMES.capital} : chaque voix compte pour le poids (capital) du membre ; adoptée avec ${thresholdPhrase(rule.threshold, ratios.threshold)} ${ofCapital(rule.base)} ; ${abstentions}.`;
    }
  },
});

// ---- Counting a vote (src/lib/decision/evaluate.ts) ----

/** Why a proposal is adopted or rejected, at the end of the last step. */
const REASONS = {
  noPour: 'aucune voix pour.',
  noWeightedPour: 'aucune voix pour pondérée.',
  moreFor: 'plus de voix pour que contre.',
  equalVotes: 'égalité des voix.',
  notMoreFor: 'pas plus de voix pour que contre.',
  absoluteMet: 'la majorité absolue est atteinte.',
  absoluteNotMet: 'la majorité absolue n’est pas atteinte.',
  qualifiedMet: 'la majorité qualifiée est atteinte.',
  qualifiedNotMet: 'la majorité qualifiée n’est pas atteinte.',
  unanimityNotMet: 'l’unanimité n’est pas atteinte.',
  noOpposition: 'aucun membre présent ne s’y oppose.',
  nobodyPresent: 'aucun membre présent.',
  objection: 'au moins une objection.',
  noObjection: 'aucune objection.',
  thresholdMet: 'le seuil est atteint.',
  thresholdNotMet: 'le seuil n’est pas atteint.',
  tie: 'égalité, ce qui n’est pas une majorité.',
} as const;
export type VoteReason = keyof typeof REASONS;

const baseWords = (base: MajorityBase) => (base === 'members' ? 'membres (présents ou non)' : 'suffrages exprimés');
const met = (yes: boolean) => (yes ? 'atteint' : 'non atteint');

export const VOTE_MESSAGES = typographed({
  positions: (c: PositionCounts, objectionsAsContre: boolean, cast: number) => {
    const parts = [`${formatNumber(c.pour)} pour`, `${formatNumber(c.contre)} contre`];
    if (c.objection > 0) parts.push(`${plural(c.objection, 'objection')}${objectionsAsContre ? ' (comptées comme contre)' : ''}`);
    parts.push(plural(c.abstention, 'abstention'), plural(c.absent, 'absent'));
    return `Positions : ${listFr(parts)} ; ${plural(cast, 'suffrage exprimé', 'suffrages exprimés')} en nombre de membres.`;
  },
  quorumOfMembers: (present: number, total: number, presentShare: number, required: number, reached: boolean) =>
    `Quorum : ${plural(present, 'membre présent', 'membres présents')} sur ${formatNumber(total)} (${formatPercent(presentShare)}) pour ${formatPercent(required)} requis → ${met(reached)}.`,
  quorumOfWeight: (presentShare: number, required: number, reached: boolean) =>
    `Quorum : les présents pèsent ${formatPercent(presentShare)} des voix pour ${formatPercent(required)} requis → ${met(reached)}.`,
  quorumNotReached: 'Résultat : le quorum n’est pas atteint, la décision ne peut pas être prise.',
  outcome: (adopted: boolean, reason: VoteReason) => `Résultat : ${adopted ? 'adoptée' : 'rejetée'} — ${REASONS[reason]}`,
  noPour: (cast: number) =>
    cast === 0
      ? 'Aucun suffrage exprimé : personne n’a voté pour ni contre.'
      : 'Aucune voix pour : une décision ne peut pas être adoptée sans voix pour.',
  simple: (pour: number, contre: number) =>
    `Majorité simple : ${formatNumber(pour)} pour contre ${formatNumber(contre)} contre${pour === contre ? ' — égalité, ce qui n’est pas une majorité' : ''}.`,
  absolute: (base: MajorityBase, baseValue: number, pour: number) =>
    `Majorité absolue : il faut plus de la moitié de ${formatNumber(baseValue)} ${baseWords(base)}, soit plus de ${formatNumber(baseValue / 2)} voix ; ${formatNumber(pour)} pour.`,
  qualified: (threshold: number, base: MajorityBase, baseValue: number, needed: number, pour: number, pourShare: number) =>
    `Majorité qualifiée : il faut au moins ${formatPercent(threshold)} de ${formatNumber(baseValue)} ${baseWords(base)}, soit ${formatNumber(needed)} voix ; ${formatNumber(pour)} pour (${formatPercent(pourShare)}).`,
  /** Counts that block a unanimity (0 where they do not count). */
  unanimityBlocked: (contre: number, abstentions: number, absents: number) => {
    const blockers: string[] = [];
    if (contre > 0) blockers.push(plural(contre, 'voix contre', 'voix contre'));
    if (abstentions > 0) blockers.push(plural(abstentions, 'abstention'));
    if (absents > 0) blockers.push(plural(absents, 'absent'));
    return `Unanimité : ${listFr(blockers)} ; chaque membre ayant un droit de veto, cela suffit à bloquer.`;
  },
  unanimityReached: (pour: number, abstentions: number, absents: number) =>
    `Unanimité : ${formatNumber(pour)} pour, aucun veto${abstentions > 0 ? ` ; ${plural(abstentions, 'abstention')} sans effet` : ''}${absents > 0 ? ` ; ${plural(absents, 'absent')} sans effet` : ''}.`,
  consentNobody: 'Consentement : aucun membre présent, personne ne peut consentir.',
  consentObjections: (objections: number) =>
    `Consentement : ${plural(objections, 'objection motivée', 'objections motivées')} ; une seule suffit à bloquer, le temps de l’examiner et d’amender la proposition.`,
  consentReached: (present: number, contre: number) =>
    `Consentement : aucune objection parmi ${plural(present, 'membre présent', 'membres présents')}${contre > 0 ? ` ; ${plural(contre, 'voix contre', 'voix contre')} sans objection motivée ne bloque pas` : ''}.`,
  capitalCount: (pour: number, contre: number, present: number) =>
    `Voix pondérées par le capital : ${formatPercent(pour)} pour, ${formatPercent(contre)} contre, ${formatPercent(present)} du capital présent.`,
  capitalThreshold: (threshold: number | undefined, base: MajorityBase | undefined, pourShare: number) =>
    `Il faut ${thresholdPhrase(threshold)} ${ofCapital(base)} : le pour en représente ${formatPercent(pourShare)}.`,
  collegesCount: (pour: number, contre: number, cast: number) =>
    `Total pondéré : ${formatPercent(pour)} pour et ${formatPercent(contre)} contre, soit ${formatPercent(cast)} de suffrages exprimés pondérés.`,
  collegesThreshold: (threshold: number | undefined, pourShare: number) =>
    `Il faut ${thresholdPhrase(threshold)} des suffrages exprimés pondérés : le pour en représente ${formatPercent(pourShare)}.`,
  /** How one college voted and what it brings to the total. */
  college: (c: CollegeTally, bloc: boolean) => {
    const head = `Collège ${c.name}`;
    if (c.empty) return `${head} : vide, son poids est laissé de côté.`;
    const votes = `${formatNumber(c.counts.pour)} pour, ${formatNumber(c.counts.contre)} contre${c.counts.abstention > 0 ? `, ${plural(c.counts.abstention, 'abstention')}` : ''}${c.counts.absent > 0 ? `, ${plural(c.counts.absent, 'absent')}` : ''}`;
    const weighs = `pèse ${formatPercent(c.share)}`;
    if (c.contributionPour === 0 && c.contributionContre === 0) {
      return `${head} : ${votes}, ${weighs} → aucun suffrage exprimé, ne contribue pas.`;
    }
    if (bloc) {
      const side = c.blocPosition === 'pour' ? 'pour' : 'contre';
      return `${head} : ${votes}, ${weighs} → sa majorité est ${side}, il apporte tout son poids ${side} (${formatPercent(c.share)}).`;
    }
    return `${head} : ${votes}, ${weighs} → contribue ${formatPercent(c.contributionPour)} pour et ${formatPercent(c.contributionContre)} contre.`;
  },
});

// ---- Voting weights (src/lib/decision/voting-weights.ts) ----

export const WEIGHT_MESSAGES = typographed({
  noMembers: 'Aucun membre : ajoutez au moins un membre pour simuler un vote.',
  badWeight: (names: readonly string[], max: number) => `Poids invalide (il doit être un nombre de 0 à ${formatNumber(max)}) pour ${listFr(names)}.`,
  allZero: 'Tous les poids sont nuls : le vote pondéré par le capital n’a aucune voix à compter.',
  noColleges: 'Aucun collège défini : le vote par collèges demande au moins un collège.',
  badShare: (names: readonly string[]) => `Poids de collège invalide (il doit être un nombre positif ou nul) pour ${listFr(names)}.`,
  withoutCollege: (names: readonly string[]) => `Chaque membre doit appartenir à un collège ; sans collège : ${listFr(names)}.`,
  noCollegeCanVote: 'Aucun collège ne peut voter : les collèges sont vides, sans poids, ou leurs membres ont tous un poids nul.',
  emptyColleges: (names: readonly string[]) => {
    const one = names.length === 1;
    return `${one ? 'Le collège' : 'Les collèges'} ${listFr(names)} ${one ? 'est vide' : 'sont vides'} (aucun membre ou poids nul) : ${one ? 'son poids est laissé' : 'leur poids est laissé'} de côté et les poids des autres collèges sont ramenés à 100 %.`;
  },
  sharesRenormalised: (total: number) => `Les poids des collèges totalisent ${formatPercent(total)} : ils sont ramenés proportionnellement à 100 %.`,
});

// ---- Voting power (src/lib/decision/power.ts, power-table.ts) ----

export const POWER_MESSAGES = typographed({
  model: 'Le calcul suppose que chacun vote pour ou contre (ni abstention ni absence) : le quorum n’y joue pas.',
  rounded:
    'Les poids ont été arrondis au 1/10 000 du total pour un calcul rapide : seules des coalitions à moins de 0,01 % du seuil peuvent en être affectées.',
  cappedSearch: 'Les minorités de blocage affichées sont tirées d’une recherche plafonnée : il peut en exister d’autres de même taille.',
  nobodyHasPower: 'Aucune coalition n’est gagnante (ou toutes le sont) : personne n’a de pouvoir dans cette configuration.',
  veto: (names: readonly string[]) => {
    const one = names.length === 1;
    return `Droit de veto : ${listFr(names)} ${one ? 'est présent' : 'sont présents'} dans toute coalition gagnante ; rien ne passe sans ${one ? 'lui ou elle' : 'eux'}.`;
  },
  powerless: (members: readonly { readonly name: string; readonly share: number }[]) =>
    `Sans aucun pouvoir : ${listFr(members.map((m) => `${m.name} (${formatPercent(m.share)} des voix)`))} — ${members.length > 1 ? 'leur vote' : 'son vote'} ne change jamais le résultat.`,
  smallestBlocking: (names: readonly string[], share: number) =>
    names.length === 1
      ? `Plus petite minorité de blocage : un seul membre — par exemple ${listFr(names)} (${formatPercent(share)} des voix) — peut à lui seul empêcher toute décision.`
      : `Plus petite minorité de blocage : ${names.length} membres — par exemple ${listFr(names)} (${formatPercent(share)} des voix) — peuvent à eux seuls empêcher toute décision.`,
  /** The size of a college, in the power table. */
  memberCount: (n: number) => plural(n, 'membre'),
});

/** The CSV export of the power table: column headers and cell words, data kept as written. */
export const POWER_CSV = {
  header: [
    'Type',
    'Nom',
    'Collège ou effectif',
    'Part des voix (%)',
    'Indice de Banzhaf (%)',
    'Indice de Shapley–Shubik (%)',
    'Droit de veto',
    'Sans aucun pouvoir',
  ],
  member: 'Membre',
  college: 'Collège',
  yes: 'oui',
  no: 'non',
} as const;

// ---- SCIC check (src/lib/decision/scic.ts) ----

const CATEGORY_PLURALS: Readonly<Record<MemberCategory, string>> = {
  salarie: 'salariés',
  producteur: 'producteurs',
  beneficiaire: 'bénéficiaires',
  collectivite: 'collectivités territoriales',
  autre: 'autres contributeurs',
};
const categoryList = (categories: readonly MemberCategory[]) => listFr(categories.map((c) => CATEGORY_PLURALS[c]));

export const SCIC_MESSAGES = typographed({
  categoriesMissing: (minimum: number) =>
    `Catégories d’associés non renseignées : une SCIC réunit au moins ${minimum} catégories d’associés, dont obligatoirement des salariés (ou des producteurs s’il n’y a pas de salariés) et des bénéficiaires habituels. Indiquez la catégorie de chaque membre pour le vérifier.`,
  categoriesEnough: (categories: readonly MemberCategory[], minimum: number) =>
    `${categories.length} catégories d’associés (${categoryList(categories)}) : le minimum de ${minimum} est respecté.`,
  categoriesTooFew: (categories: readonly MemberCategory[], minimum: number) =>
    `Seulement ${categories.length === 1 ? 'une catégorie' : `${categories.length} catégories`} d’associés (${categoryList(categories)}) : une SCIC en demande au moins ${minimum}.`,
  /** `employees`: salaried members are present (otherwise producers stand in for them). */
  workersPresent: (employees: boolean) =>
    `Catégorie obligatoire présente : ${employees ? 'salariés' : 'producteurs (admis lorsqu’il n’y a pas de salariés)'}.`,
  producersInsteadOfEmployees:
    'Les producteurs ne remplacent les salariés comme catégorie obligatoire que si la SCIC n’a aucun salarié. Si elle en a, ou en aura, ils doivent figurer parmi les associés.',
  workersMissing: 'Il manque la catégorie obligatoire des salariés (ou, à défaut de salariés, des producteurs du bien ou du service).',
  beneficiariesPresent: 'Catégorie obligatoire présente : bénéficiaires habituels.',
  beneficiariesMissing:
    'Il manque la catégorie obligatoire des bénéficiaires habituels (à titre gratuit ou onéreux) des activités de la coopérative.',
  capitalVote:
    'Dans une SCIC, chaque associé dispose d’une voix, quel que soit son capital : un vote pondéré par le capital n’y est pas possible. Le simulateur l’applique ici pour comparer, pas pour l’écrire dans des statuts.',
  unequalWeights: (name: string) =>
    `Dans le collège ${name}, les associés n’ont pas tous le même poids : à l’intérieur d’un collège, chaque associé dispose d’une voix.`,
  unequalWeightsNoCollege:
    'Les associés n’ont pas tous le même poids : dans une SCIC sans collèges, chaque associé dispose d’une voix.',
  collegesNone: 'Pas de collèges de vote : ils sont facultatifs en SCIC ; chaque associé dispose alors d’une voix.',
  collegesEnough: (n: number, minimum: number) => `${n} collèges : le minimum de ${minimum} est respecté.`,
  collegesTooFew: (n: number, minimum: number) =>
    `${n === 1 ? 'Un seul collège' : `${n} collèges`} : lorsqu’une SCIC organise des collèges de vote, il en faut au moins ${minimum}.`,
  collegesSum: (sum: number) =>
    `Les poids des collèges totalisent ${formatPercent(sum)} et non 100 % : ils sont comparés aux seuils après avoir été ramenés à 100 %.`,
  collegeAbove: (name: string, share: number, ceiling: number) =>
    `Le collège ${name} pèse ${formatPercent(share)} des voix : aucun collège ne peut détenir plus de ${formatPercent(ceiling)} des voix (ni, à lui seul, la majorité).`,
  collegeBelow: (name: string, share: number, floor: number) =>
    `Le collège ${name} pèse ${formatPercent(share)} des voix : chaque collège doit peser au moins ${formatPercent(floor)} des voix.`,
  collegeEmpty: (name: string) => `Le collège ${name} n’a aucun membre : ses voix ne pourront pas s’exprimer.`,
  publicCapital: (share: number, ceiling: number, over: boolean) =>
    over
      ? `Les collectivités territoriales, leurs groupements et les établissements publics territoriaux détiennent ensemble ${formatPercent(share)} du capital : la loi limite leur part à ${formatPercent(ceiling)}.`
      : `Les collectivités territoriales, leurs groupements et les établissements publics territoriaux détiennent ensemble ${formatPercent(share)} du capital, sous le plafond de ${formatPercent(ceiling)}.`,
});

// ---- Share links (src/lib/decision/scenario-codec.ts) ----

/** What an identifier or a name belongs to. */
export type ScenarioPart = 'college' | 'member';
const PART_WORDS: Readonly<Record<ScenarioPart, string>> = { college: 'collège', member: 'membre' };

export const SCENARIO_MESSAGES = typographed({
  tooManyMembers: (n: number, max: number) => `Trop de membres : ${n} pour ${max} au plus.`,
  tooManyColleges: (n: number, max: number) => `Trop de collèges : ${n} pour ${max} au plus.`,
  collegeShare: (name: string) => `Le poids du collège « ${name} » doit être compris entre 0 et 100 %.`,
  memberWeight: (name: string, max: number) => `Le poids du membre « ${name} » doit être un nombre de 0 à ${formatNumber(max)}.`,
  unknownCollege: (name: string) => `Le membre « ${name} » appartient à un collège inconnu.`,
  unknownCategory: (name: string) => `Catégorie inconnue pour le membre « ${name} ».`,
  unknownPosition: (id: string) => `Position inconnue pour le membre ${id}.`,
  badId: (part: ScenarioPart) => `Identifiant de ${PART_WORDS[part]} invalide.`,
  duplicateId: (part: ScenarioPart, id: string) => `Identifiant de ${PART_WORDS[part]} en double : ${id}.`,
  nameTooLong: (part: ScenarioPart, max: number) => `Le nom d’un ${PART_WORDS[part]} dépasse ${max} caractères.`,
  unknownRule: 'Règle de décision inconnue.',
  quorumRange: 'Le quorum doit être compris entre 0 et 100 %.',
  unknownQuorumBase: 'Base de quorum inconnue.',
  unknownAbstentionPolicy: 'Traitement des abstentions inconnu.',
  badThreshold: 'Le seuil de majorité doit être compris entre 0 (exclu) et 100 %.',
  unknownBase: 'Base de majorité inconnue.',
  unknownAbsents: 'Traitement des absents inconnu.',
  damaged: 'Ce lien de partage contient un scénario incohérent : il a sans doute été modifié à la main. Recopiez le lien d’origine.',
  invalid: (problem: string) => `Ce lien de partage contient un scénario invalide : ${problem}`,
});

// ---- Presets (src/lib/decision/presets.ts, preset-schema.ts): shown by the build to editors ----

export const PRESET_MESSAGES = typographed({
  unreadableFraction: (value: string) =>
    `fraction illisible : « ${value} ». Écrivez par exemple 0.3, "30 %" ou "2/3" (entre 0 et 100\u202f%).`,
  identifier: 'identifiant en minuscules sans accents, mots séparés par des tirets',
  emptyName: 'nom vide',
  nameTooLong: (max: number) => `nom trop long (${max} caractères au plus)`,
  negativeWeight: 'le poids doit être positif ou nul',
  weightTooLarge: (max: number) => `le poids doit être d’au plus ${formatNumber(max)}`,
  thresholdNotAllowed: (kind: string) => `la règle « ${kind} » n’a pas de seuil (threshold) : retirez-le.`,
  thresholdNotPositive: 'le seuil (threshold) doit être supérieur à 0.',
  innerThresholdBlocOnly: 'le seuil interne aux collèges (innerThreshold) ne sert qu’à la règle « colleges-bloc ».',
  innerThresholdNotPositive: 'le seuil interne (innerThreshold) doit être supérieur à 0.',
  baseNotAllowed: (kind: string) => `la règle « ${kind} » n’a pas de base (base) : retirez-la.`,
  absentsUnanimityOnly: 'le traitement des absents (absents) ne sert qu’à la règle « unanimity ».',
  absoluteNeedsBase: 'la majorité absolue demande une base (base : members ou votesCast).',
  qualifiedNeedsThresholdAndBase: 'la majorité qualifiée demande un seuil (threshold, par exemple "2/3") et une base (base).',
  noMembers: 'members : ajoutez au moins un membre.',
  tooManyMembers: (n: number, max: number) => `members : ${n} membres pour ${max} au plus.`,
  duplicateCollegeId: (index: number, id: string) => `colleges[${index}].id : l’identifiant « ${id} » est déjà utilisé.`,
  collegesSum: (sum: number) => `colleges : les poids des collèges totalisent ${Math.round(sum * 1000) / 10} % au lieu de 100 %.`,
  duplicateMemberId: (index: number, id: string) => `members[${index}].id : l’identifiant « ${id} » est déjà utilisé.`,
  unknownCollege: (index: number, college: string) =>
    `members[${index}].college : « ${college} » n’est l’identifiant d’aucun collège de la liste colleges.`,
  objectionConsentOnly: (index: number) =>
    `members[${index}].position : « objection » ne sert qu’à la règle « consent » ; mettez « contre ».`,
  rule: (message: string) => `rule : ${message}`,
  collegesNeeded: 'colleges : le vote par collèges demande au moins un collège.',
  memberNeedsCollege: (index: number) => `members[${index}].college : avec un vote par collèges, chaque membre doit avoir un collège.`,
  weightNeeded: 'members : avec un vote pondéré, au moins un membre doit avoir un poids supérieur à 0.',
});

/** The worked examples of the simulator's guide (content/outils/simulateur-decision.mdx), for editors. */
export const EXAMPLE_MESSAGES = typographed({
  presetOrMembers: 'un exemple part soit d’un modèle (modele), soit d’une liste de membres (membres), pas des deux',
  ruleNeeded: 'un exemple sans modèle doit donner sa règle (regle)',
  unknownPreset: (id: string) => `modèle inconnu : content/presets/${id}.yaml est introuvable`,
  missingRule: 'règle manquante (regle)',
});
