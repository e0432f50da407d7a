/**
 * Every word of the decision simulator's interface, in one place. The explanations of a vote, the
 * power sentences and the SCIC findings come from src/lib/decision; the presets from
 * content/presets/*.yaml.
 */
import type { DecisionRuleKind, MemberCategory, Position, VoteWeighting } from '../../lib/decision/types.ts';
import type { Outcome } from '../../lib/decision/evaluate.ts';
import type { ScicSeverity } from '../../lib/decision/scic.ts';
import { formatNumber, plural } from '../../lib/fr.ts';

const NNBSP = '\u202f';

export const T = {
  regionLabel: 'Simulateur de décision collective',
  linkLoaded: 'Scénario ouvert depuis un lien de partage. Vos modifications ne changent pas ce lien : créez-en un nouveau pour les partager.',
  linkErrorTitle: 'Le lien de partage n’a pas pu être ouvert.',
  linkErrorFallback: (preset: string) => `Le simulateur a chargé le modèle «${NNBSP}${preset}${NNBSP}» à la place : vous pouvez l’utiliser normalement.`,
  dismiss: 'Fermer ce message',

  // Presets
  presetsLegend: 'Partir d’un modèle',
  presetLabel: 'Modèle',
  presetLoad: 'Charger ce modèle',
  presetHint: 'Le modèle remplace les membres, les collèges, la règle et le vote actuels. Tout reste modifiable ensuite.',
  presetLoaded: (title: string) => `Modèle chargé : ${title}.`,

  // Members and colleges
  membersTitle: 'Les membres et les collèges',
  scicToggle: 'Il s’agit d’une SCIC : vérifier les catégories d’associés et les collèges',
  collegesLegend: 'Collèges de vote',
  collegesHint: 'Les collèges ne servent qu’aux règles de vote par collèges. Leur poids est la part du total des voix qu’ils détiennent.',
  collegesNone: 'Aucun collège.',
  collegeLegend: (index: number, name: string) => `Collège ${index}${name ? ` : ${name}` : ''}`,
  collegeName: 'Nom du collège',
  collegeShare: 'Poids du collège (en %)',
  collegeRemove: 'Retirer le collège',
  collegeAdd: 'Ajouter un collège',
  collegeAdded: 'Collège ajouté.',
  collegeRemoved: (name: string) => `Collège ${name} retiré ; ses membres n’ont plus de collège.`,
  collegeDefaultName: (n: number) => `Collège ${n}`,
  collegesTotal: (percent: string, ok: boolean) =>
    ok ? `Total des poids : ${percent}.` : `Total des poids : ${percent}. Les poids seront ramenés à 100 % dans le calcul.`,
  maxColleges: 'Nombre maximal de collèges atteint.',

  membersLegend: 'Membres',
  membersCount: (n: number, max: number) => `${plural(n, 'membre')} sur ${max} au plus.`,
  memberLegend: (index: number, name: string) => `Membre ${index}${name ? ` : ${name}` : ''}`,
  memberName: 'Nom',
  memberCollege: 'Collège',
  memberNoCollege: 'Aucun collège',
  memberWeight: 'Poids (voix ou capital)',
  memberWeightInCollege: 'Poids dans le collège',
  weightHint: {
    'one-person-one-vote': 'La règle choisie compte une voix par personne : le poids des membres n’est pas utilisé.',
    capital: 'Poids : nombre de voix ou part de capital de chaque membre, dans l’unité de votre choix (parts, euros, pourcentages).',
    colleges: 'Poids : voix de chaque membre à l’intérieur de son collège. Mettez 1 partout pour « une personne, une voix » dans chaque collège.',
  } satisfies Record<VoteWeighting, string>,
  memberCategory: 'Catégorie d’associé (SCIC)',
  memberNoCategory: 'Non renseignée',
  memberRemove: 'Retirer',
  memberAdd: 'Ajouter un membre',
  memberAdded: (name: string) => `${name} ajouté. Saisissez son nom.`,
  memberRemoved: (name: string) => `${name || 'Membre'} retiré.`,
  memberDefaultName: (n: number) => `Membre ${n}`,
  maxMembers: (max: number) => `Le simulateur accepte ${max} membres au plus.`,

  numberError: 'Saisissez un nombre positif, par exemple 12,5.',
  percentError: 'Saisissez un pourcentage entre 0 et 100, par exemple 30, ou une fraction comme 2/3.',
  thresholdError: 'Saisissez un seuil supérieur à 0 et d’au plus 100 %, par exemple 60, ou une fraction comme 12/17.',

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
  abstentionHint: 'Par défaut, le simulateur applique la convention des assemblées de SA depuis 2019 : une abstention n’est pas un suffrage exprimé. Vos statuts peuvent en décider autrement.',
  abstentionConsent: 'Sans effet pour le consentement : seule une objection bloque.',
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
  positionLabels: {
    pour: 'pour',
    contre: 'contre',
    abstention: 'abstention',
    absent: 'absent',
    objection: 'objection motivée',
  } satisfies Record<Position, string>,
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
  pivotsNone: 'Aucun membre n’est pivot : aucun changement de vote isolé ne renverserait le résultat.',
  pivotsIntro: 'Un membre est pivot si son seul changement de vote renverse le résultat :',
  pivot: (name: string, from: Position, to: Position, adopted: boolean) =>
    `${name} : en passant de «${NNBSP}${T.positionLabels[from]}${NNBSP}» à «${NNBSP}${T.positionLabels[to]}${NNBSP}», la proposition aurait été ${adopted ? 'rejetée' : 'adoptée'}.`,

  // Power
  powerTitle: 'Le pouvoir réel de chacun',
  powerIntro:
    'Indépendamment du vote ci-dessus, voici le poids réel de chaque membre sous cette règle : la part des voix qu’il détient, et deux mesures de son pouvoir, calculées exactement. L’indice de Banzhaf compte les situations où son vote fait basculer la décision ; l’indice de Shapley–Shubik, les ordres d’arrivée où c’est lui qui fait franchir le seuil.',
  powerPending: 'Mise à jour du calcul…',
  powerNothing: 'Rien de particulier : aucun droit de veto, aucun membre sans pouvoir.',
  powerNotes: 'Comment c’est calculé',
  chartMembersTitle: 'Part des voix et pouvoir de chaque membre',
  chartCollegesTitle: 'Part des voix et pouvoir de chaque collège',
  chartDesc: 'Graphique en barres : pour chacun, la part des voix, l’indice de Banzhaf et l’indice de Shapley–Shubik. Les valeurs exactes figurent dans le tableau qui suit.',
  chartDetails: (n: number) => `Afficher le graphique par membre (${plural(n, 'membre')})`,
  chartScale: (max: string) => `Échelle des barres : de 0 à ${max}.`,
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
  remarkVeto: 'droit de veto',
  remarkDummy: 'aucun pouvoir',
  csv: 'Télécharger le tableau du pouvoir (CSV)',
  csvDone: 'Fichier CSV téléchargé.',

  // SCIC
  scicTitle: 'Vérification SCIC',
  scicIntro: 'Les règles propres aux SCIC (loi n° 47-1775 du 10 septembre 1947, art. 19 quinquies et suivants), appliquées à ce scénario :',
  severity: {
    error: 'À corriger',
    warning: 'Attention',
    info: 'À savoir',
    ok: 'Conforme',
  } satisfies Record<ScicSeverity, string>,
  sources: 'Sources :',
  categoryLabels: {
    salarie: 'salarié',
    producteur: 'producteur',
    beneficiaire: 'bénéficiaire ou usager',
    collectivite: 'collectivité publique',
    autre: 'autre contributeur',
  } satisfies Record<MemberCategory, string>,

  // Share, print, export
  actionsTitle: 'Partager, imprimer, exporter',
  share: 'Créer un lien de partage',
  shareLabel: 'Lien de partage du scénario',
  shareHint: 'Le scénario entier est dans le lien, après le signe #. Il n’est envoyé à aucun serveur.',
  shareCreated: 'Lien de partage créé et placé dans la barre d’adresse.',
  copy: 'Copier le lien',
  copied: 'Lien copié.',
  copyFailed: 'La copie n’a pas fonctionné : sélectionnez le lien et copiez-le à la main.',
  print: 'Imprimer le scénario et les résultats',
  printSummaryTitle: 'Le scénario',
  summaryCaption: 'Membres, collèges et positions',
  colPosition: 'Position',
  colWeight: 'Poids',
  colCategory: 'Catégorie',
} as const;

/** « 30 » for 0.3: the value shown in a percentage field. */
export function percentText(fraction: number): string {
  return formatNumber(fraction * 100, 2);
}
