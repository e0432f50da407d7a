/**
 * Every sentence of the draft clause (clauses.ts) and of its panel (src/islands/decision/
 * ClausePanel.tsx), in plain legal French. Apart from messages.ts because the clause loads only
 * when asked for: its words travel with it, not with the simulator's first visit. Passages in
 * brackets are choices the simulator cannot make for a collective; they stay to be completed.
 */
import { formatNumber, formatPercent, listFr, typographed } from '../fr.ts';
import type { MajorityBase } from './types.ts';
import type { ClauseBody, ClauseDocument } from './clauses.ts';

/** How the clause names a body and its members. */
export interface BodyWords {
  /** « l’assemblée générale » */
  readonly the: string;
  /** « L’assemblée générale » */
  readonly The: string;
  /** « de l’assemblée générale » */
  readonly of: string;
  readonly feminine: boolean;
  /** « membre », or « associé » for the general meeting of a SCIC. */
  readonly one: string;
  readonly many: string;
  /** « membre de l’assemblée générale », or « associé ». */
  readonly oneOf: string;
  /** « membres de l’assemblée générale », or « associés ». */
  readonly manyOf: string;
}

const BODIES: Readonly<Record<ClauseBody, { the: string; of: string; feminine: boolean }>> = {
  assemblee: { the: 'l’assemblée générale', of: 'de l’assemblée générale', feminine: true },
  conseil: { the: 'le conseil d’administration', of: 'du conseil d’administration', feminine: false },
  bureau: { the: 'le bureau', of: 'du bureau', feminine: false },
  comite: { the: 'le comité de pilotage', of: 'du comité de pilotage', feminine: false },
};

/** Shares that statutes write in words. */
const NAMED_SHARES: readonly (readonly [number, string])[] = [
  [1 / 2, 'la moitié'],
  [1 / 3, 'le tiers'],
  [2 / 3, 'les deux tiers'],
  [1 / 4, 'le quart'],
  [3 / 4, 'les trois quarts'],
];

const pct = (value: number) => formatPercent(value, 2);
const need = (words: string | undefined) => (words === undefined ? 'plus de la moitié' : `au moins ${words}`);
const tie = (words: string | undefined) => (words === undefined ? ' En cas de partage égal, elle est rejetée.' : '');
/** At most five names, then how many more. */
const someNames = (names: readonly string[]) =>
  names.length <= 5 ? listFr(names.map((n) => `« ${n} »`)) : `${names.slice(0, 5).map((n) => `« ${n} »`).join(', ')} et ${names.length - 5} autres`;

export const CLAUSE_MESSAGES = typographed({
  body: (body: ClauseBody, associates: boolean): BodyWords => {
    const b = BODIES[body];
    return {
      ...b,
      The: `${b.the.charAt(0).toUpperCase()}${b.the.slice(1)}`,
      one: associates ? 'associé' : 'membre',
      many: associates ? 'associés' : 'membres',
      oneOf: associates ? 'associé' : `membre ${b.of}`,
      manyOf: associates ? 'associés' : `membres ${b.of}`,
    };
  },
  /** A share in words: « les deux tiers », « 40 % ». */
  share: (value: number) => NAMED_SHARES.find(([v]) => Math.abs(v - value) < 1e-12)?.[1] ?? pct(value),
  /** A share typed as a fraction, kept so: « 16/30 (53,33 %) ». */
  ratio: (num: number, den: number, value: number) => `${formatNumber(num, 0)}/${formatNumber(den, 0)} (${pct(value)})`,

  kicker: (document: ClauseDocument) => (document === 'statuts' ? 'Projet de clause pour les statuts' : 'Projet de clause pour le règlement intérieur'),
  heading: (b: BodyWords) => `Article [n] – Décisions ${b.of}`,

  // Who votes
  oneVoteEach: (b: BodyWords, scic: boolean) =>
    scic && b.one === 'associé'
      ? `Chaque associé dispose d’une voix à ${b.the}, quel que soit le nombre de parts sociales qu’il détient.`
      : `Chaque ${b.oneOf} dispose d’une voix.`,
  capitalVotes: (b: BodyWords) =>
    `Chaque ${b.oneOf} dispose du nombre de voix indiqué en annexe, [proportionnel à sa part du capital, à ses apports ou à un autre critère à préciser].`,
  noColleges: (b: BodyWords) => `[Les collèges de vote ${b.of} et la part des voix de chacun sont à définir.]`,
  collegesLead: (b: BodyWords, n: number) =>
    n === 1
      ? `Les ${b.manyOf} forment un collège de vote, qui dispose de la part suivante du total des voix :`
      : `Les ${b.manyOf} sont répartis en ${n} collèges de vote, qui disposent chacun de la part suivante du total des voix :`,
  collegeItem: (name: string, words: string, last: boolean) => `le collège « ${name} » : ${words} des voix${last ? '.' : ' ;'}`,
  collegeUnnamed: (index: number) => `Collège ${index}`,
  oneVoteInCollege: (b: BodyWords) => `Au sein de chaque collège, chaque ${b.one} dispose d’une voix.`,
  weightsInCollege: (b: BodyWords) => `Au sein de chaque collège, chaque ${b.one} dispose du nombre de voix indiqué en annexe.`,
  collegeMembership: (b: BodyWords) =>
    `Chaque ${b.one} appartient à un seul collège. [Les conditions d’affectation à un collège et de changement de collège sont à préciser.]`,
  scicBounds: (floor: number, ceiling: number, reference: string) =>
    `Aucun collège ne peut détenir plus de ${pct(ceiling)} ni moins de ${pct(floor)} du total des droits de vote, et l’apport en capital n’est pas un critère de pondération des collèges (${reference}).`,

  // Quorum
  noQuorum: (b: BodyWords) => `Aucun quorum n’est exigé : ${b.the} délibère valablement quel que soit le nombre de ${b.many} présents ou représentés.`,
  quorumOfMembers: (b: BodyWords, words: string) =>
    `${b.The} ne délibère valablement que si au moins ${words} de ses ${b.many} sont présents ou représentés.`,
  quorumOfVotes: (b: BodyWords, words: string, colleges: boolean) =>
    `${b.The} ne délibère valablement que si les ${b.many} présents ou représentés détiennent au moins ${words} des voix${colleges ? ', chacun pour la part des voix de son collège qui lui revient' : ''}.`,
  secondMeeting: (b: BodyWords) =>
    `[Facultatif : si ce quorum n’est pas atteint, ${b.the} est ${b.feminine ? 'convoquée' : 'convoqué'} de nouveau dans un délai de [à préciser] ; ${b.feminine ? 'elle' : 'il'} délibère alors valablement quel que soit le nombre de ${b.many} présents ou représentés.]`,

  // Majority
  simple: (b: BodyWords) =>
    `Les décisions ${b.of} sont prises à la majorité des suffrages exprimés : une proposition est adoptée lorsqu’elle recueille plus de voix pour que de voix contre. En cas de partage égal des voix, elle est rejetée.`,
  absolute: (b: BodyWords, base: MajorityBase) =>
    base === 'votesCast'
      ? `Les décisions ${b.of} sont prises à la majorité absolue des suffrages exprimés : une proposition est adoptée lorsqu’elle recueille plus de la moitié des suffrages exprimés.`
      : `Les décisions ${b.of} sont prises à la majorité absolue de ses ${b.many}, présents ou non : une proposition est adoptée lorsqu’elle recueille les voix de plus de la moitié d’entre eux.`,
  qualified: (b: BodyWords, base: MajorityBase, words: string) =>
    base === 'votesCast'
      ? `Les décisions ${b.of} sont prises à la majorité qualifiée : une proposition est adoptée lorsqu’elle recueille au moins ${words} des suffrages exprimés.`
      : `Les décisions ${b.of} sont prises à la majorité qualifiée de ses ${b.many}, présents ou non : une proposition est adoptée lorsqu’elle recueille les voix d’au moins ${words} d’entre eux.`,
  unanimity: (b: BodyWords, absentsBlock: boolean, abstentionsExcluded: boolean) =>
    `${
      absentsBlock
        ? `Les décisions ${b.of} sont prises à l’unanimité de ses ${b.many}, présents ou non : une proposition est adoptée lorsque tous prennent part au vote, qu’elle recueille au moins une voix pour et qu’aucun ${b.one} ne vote contre.`
        : `Les décisions ${b.of} sont prises à l’unanimité des ${b.many} présents ou représentés : une proposition est adoptée lorsqu’elle recueille au moins une voix pour et qu’aucun ${b.one} présent ou représenté ne vote contre.`
    } ${
      abstentionsExcluded
        ? 'Une abstention ne fait pas obstacle à l’adoption.'
        : 'Une abstention, un vote blanc ou un vote nul fait obstacle à l’adoption, comme un vote contre.'
    }`,
  capital: (b: BodyWords, base: MajorityBase, words: string | undefined) =>
    `Les décisions ${b.of} sont prises à la majorité des voix : une proposition est adoptée lorsqu’elle recueille ${need(words)} ${base === 'members' ? `du total des voix de ses ${b.many}, présents ou non` : 'des voix exprimées'}.${tie(words)}`,
  collegesProportional: (b: BodyWords, words: string | undefined) =>
    `Les décisions ${b.of} sont prises par collèges. Dans chaque collège, les voix pour et les voix contre sont rapportées aux suffrages exprimés dans ce collège, puis multipliées par la part des voix du collège. Une proposition est adoptée lorsque les voix pour ainsi pondérées représentent ${need(words)} du total des suffrages ainsi pondérés. Un collège dont aucun ${b.one} n’a exprimé de suffrage n’est pas pris en compte.${tie(words)}`,
  collegesBloc: (b: BodyWords, inner: string | undefined, words: string | undefined) =>
    `Les décisions ${b.of} sont prises par collèges. Chaque collège se prononce d’abord en son sein : il est favorable à la proposition lorsqu’elle y recueille ${need(inner)} des suffrages exprimés, défavorable sinon, et apporte la totalité de sa part des voix à cette position. Un collège dont aucun ${b.one} n’a exprimé de suffrage n’est pas pris en compte. Une proposition est adoptée lorsque les collèges favorables détiennent ${need(words)} des voix des collèges qui se sont prononcés.${tie(words)}`,

  // Consent
  consent: (b: BodyWords) =>
    `Les décisions ${b.of} sont prises par consentement : une proposition est adoptée lorsqu’aucun ${b.one} présent ou représenté n’y oppose d’objection motivée. Un avis contraire qui n’est pas une objection motivée ne fait pas obstacle à l’adoption.`,
  objectionDefined: (b: BodyWords) =>
    `Une objection est motivée lorsque le ${b.one} qui la formule explique en quoi la proposition, si elle était adoptée, nuirait à l’objet de [nom de la structure] ou l’empêcherait d’atteindre ses objectifs. Une préférence pour une autre solution n’est pas une objection.`,
  consentStepsLead: 'Chaque proposition est examinée selon les étapes suivantes :',
  consentSteps: (b: BodyWords) => [
    'la personne qui porte la proposition la présente ;',
    'chacun peut poser des questions de clarification ;',
    'chacun donne son avis, sans débat ;',
    'la personne qui porte la proposition peut la modifier ;',
    `la personne qui anime la séance demande à chaque ${b.one} s’il a une objection motivée ; la proposition est adoptée si aucune n’est formulée.`,
  ],
  objectionResolution: (b: BodyWords) =>
    `Lorsqu’une objection est formulée, son auteur et la personne qui porte la proposition recherchent, avec les autres ${b.many}, une modification qui la lève ; la proposition modifiée est de nouveau soumise au consentement.`,
  persistentObjection: (b: BodyWords) =>
    `[À préciser : si l’objection n’est pas levée après [deux] tours, la proposition est [reportée à la réunion suivante] ou [soumise au vote ${b.of} à la majorité de [à préciser]].]`,
  review: (b: BodyWords) => `Toute décision prise par consentement fixe la date à laquelle ${b.the} la réexaminera.`,
  consentAbstentions: 'Un membre peut s’abstenir : l’abstention ne fait pas obstacle à l’adoption.',

  // Abstentions
  abstentionsExcluded: (quorum: boolean) =>
    `Les abstentions, les votes blancs et les votes nuls ne sont pas comptés parmi les suffrages exprimés.${quorum ? ' Les membres qui s’abstiennent sont comptés comme présents pour le calcul du quorum.' : ''}`,
  abstentionsAgainst: (quorum: boolean) =>
    `Les abstentions, les votes blancs et les votes nuls sont comptés parmi les suffrages exprimés, avec le même effet qu’un vote contre.${quorum ? ' Les membres qui s’abstiennent sont comptés comme présents pour le calcul du quorum.' : ''}`,

  // Annex
  annexVotes: 'Annexe – Nombre de voix de chaque membre',
  annexInColleges: 'Annexe – Nombre de voix de chaque membre dans son collège',
  annexItem: (name: string, votes: number, share: number | undefined, college: string | undefined) =>
    `${name}${college ? ` (collège « ${college} »)` : ''} : ${formatNumber(votes, 4)} voix${share === undefined ? '' : `, soit ${pct(share)} du total`}`,

  // Before adopting it
  checkNoColleges: 'Le vote par collèges demande au moins un collège, avec sa part des voix : définissez-les dans le simulateur.',
  checkSharesRenormalised: (total: number) =>
    `Les parts des collèges totalisent ${pct(total)} dans le simulateur : la clause les ramène à 100 %. Vérifiez la part de chacun.`,
  checkEmptyColleges: (names: readonly string[]) =>
    names.length === 1
      ? `Le collège ${someNames(names)} n’a aucun membre dans le simulateur : ses voix ne pourraient pas s’exprimer.`
      : `Les collèges ${someNames(names)} n’ont aucun membre dans le simulateur : leurs voix ne pourraient pas s’exprimer.`,
  checkWithoutCollege: (names: readonly string[]) => `Chaque membre doit appartenir à un collège ; sans collège dans le simulateur : ${someNames(names)}.`,
  checkInternalRules: 'Pour le règlement intérieur : vérifiez que vos statuts lui confient ces règles et qu’il ne les contredit pas.',

  // Why a fact of the registry is shown
  whyAssociation: 'Dans une association',
  whyScicVote: 'Le vote dans une SCIC',
  whyScicColleges: 'Les collèges d’une SCIC',
  whyCooperativeVote: 'Un vote pondéré dans une coopérative',
  whySaAbstentions: 'Les abstentions',
  whyGie: 'L’unanimité de tous les membres',
  whyCompanyMajority: 'Le consentement dans une société',
  whyCompanyMajorityBloc: 'La lecture en bloc dans une société',

  /** First line of the copied text. */
  copiedNotice: '[Projet à faire relire avant adoption ; ce n’est pas un conseil juridique.]',

  // The panel
  labelSeparator: ' : ',
  bodyLabel: 'Instance qui décide',
  bodies: {
    assemblee: 'l’assemblée générale',
    conseil: 'le conseil d’administration',
    bureau: 'le bureau',
    comite: 'le comité de pilotage',
  } satisfies Record<ClauseBody, string>,
  documentLegend: 'La clause est destinée',
  documents: { statuts: 'aux statuts', reglement: 'au règlement intérieur' } satisfies Record<ClauseDocument, string>,
  noticeTitle: 'Un projet à faire relire, pas un conseil juridique.',
  notice:
    'Cette clause traduit la règle testée dans le simulateur. Elle ne dit pas si cette règle convient à votre structure ni si elle respecte les règles propres à sa forme juridique, et les passages entre crochets restent à compléter. Faites-la relire avant de l’adopter : votre DLA, la CRESS de votre région, pour une SCIC l’union régionale des Scop et des Scic (URSCOP), ou un avocat ou un notaire.',
  noticeLink: 'Qui peut vous aider',
  checksTitle: 'À vérifier avant de l’adopter',
  lawTitle: 'Ce que dit le droit',
  source: 'Source :',
  checked: (day: string) => `vérifié le ${day}`,
  toRecheck: 'à revérifier',
  copy: 'Copier la clause',
  copied: 'Clause copiée : collez-la dans votre projet.',
  copyFailed: 'La copie automatique n’a pas fonctionné : le texte de la clause est sélectionné, copiez-le avec Ctrl+C (ou Cmd+C sur Mac).',
  print: 'Imprimer la clause',
});
