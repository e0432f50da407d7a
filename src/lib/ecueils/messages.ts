/** Every sentence of the « Anticiper les écueils » tool's interface, in one place. */
import { plural, typographed } from '../fr.ts';

export const ECUEILS_MESSAGES = typographed({
  region: 'Anticiper les écueils : outil interactif',
  unknown: 'Je ne sais pas',
  listSeparator: ' ; ',
  why: 'Pourquoi c’est important :',
  questionsTitle: 'Ce que le collectif prévoit de faire ensemble',
  questionsIntro:
    'Répondez ensemble, d’après ce que le collectif envisage aujourd’hui. « Je ne sais pas » est une bonne réponse : le résultat dira ce qu’il reste à clarifier.',
  progress: (answered: number, total: number) => `${plural(answered, 'question répondue', 'questions répondues')} sur ${total}.`,
  toResults: 'Voir le résultat',
  saved: 'Vos réponses sont enregistrées dans ce navigateur.',
  storageOff: 'Ce navigateur n’enregistre pas les réponses : gardez le lien de partage pour les retrouver.',

  results: {
    title: 'Le résultat',
    empty: 'Répondez à quelques questions : le classement et les points de vigilance apparaîtront ici.',
    unanswered: 'Sans réponse',
    formsTitle: 'Les formes juridiques à étudier',
    formsIntro: 'Classées selon vos réponses, de la plus adaptée à celles qu’il vaut mieux écarter. Chaque raison dit d’où vient le classement.',
    forTitle: 'Pour',
    againstTitle: 'Contre',
    clarifyTitle: 'À clarifier',
    clarifyQuestion: (question: string) => `Selon la réponse à « ${question} »`,
    guide: (title: string) => `En savoir plus : ${title}`,
    pointsTitle: 'Les points de vigilance',
    pointsIntro: 'Chaque point renvoie à la section d’un guide qui l’explique et aux faits sur lesquels il repose, avec leur source.',
    pointsNone: 'Aucun point de vigilance ne ressort de vos réponses pour l’instant.',
    facts: 'Faits et sources :',
    toCheck: 'à vérifier',
    allFacts: 'Tous les faits et leurs sources',
  },
  fit: {
    priorite: 'À étudier en priorité',
    possible: 'Possible',
    'peu-adaptee': 'Peu adaptée',
    ecartee: 'À écarter',
  },
  status: {
    concerne: 'Vous concerne',
    'a-clarifier': 'À clarifier',
  },
  themes: {
    fiscal: 'Fiscalité',
    rh: 'Ressources humaines',
    'argent-public': 'Argent public',
    juridique: 'Droit des structures',
  },

  actionsTitle: 'Garder et partager',
  share: 'Créer un lien de partage',
  shareLabel: 'Lien de partage de vos réponses',
  shareHint: 'Le lien contient vos réponses, après le signe « # » : il n’est envoyé à aucun serveur.',
  shareCreated: 'Lien de partage créé et sélectionné.',
  copy: 'Copier le lien',
  qr: 'Afficher le lien en QR code',
  qrTitle: 'QR code du lien de partage',
  qrHint: 'Qui vise ce code avec un téléphone ouvre vos réponses : ne le montrez qu’à qui doit les voir.',
  copied: 'Lien copié.',
  copyFailed: 'La copie a échoué : sélectionnez le lien et copiez-le à la main.',
  print: 'Imprimer le résultat',
  printPaper: 'Imprimer la version papier',
  downloadCsv: 'Télécharger en CSV (tableur)',
  downloadJson: 'Télécharger en JSON',
  downloaded: (file: string) => `Fichier ${file} téléchargé.`,
  erase: 'Effacer mes réponses',
  eraseConfirm: 'Effacer toutes les réponses de ce navigateur ? Cette action ne peut pas être annulée.',
  eraseYes: 'Oui, tout effacer',
  eraseNo: 'Annuler',
  erased: 'Réponses effacées.',
  linkLoaded: 'Réponses ouvertes depuis un lien de partage. Vous pouvez les modifier ; créez un nouveau lien pour partager la nouvelle version.',
  linkErrorTitle: 'Le lien de partage n’a pas pu être ouvert.',
  linkErrorFallback: 'L’outil reste utilisable : vos réponses enregistrées, s’il y en a, ont été reprises.',
  dismiss: 'Fermer ce message',

  shareErrors: {
    missing: 'Aucun code de résultat n’a été trouvé. Collez le lien complet (il contient « #r= ») ou le code seul.',
    outdated:
      'Ce lien a été créé avec une version précédente du questionnaire, dont certaines questions ont changé de sens : il ne peut plus être lu. Répondez à nouveau aux questions et partagez un nouveau lien.',
    newer: 'Ce lien a été créé avec une version plus récente de l’outil. Rechargez la page, puis rouvrez le lien.',
    content: 'Ce lien de partage ne correspond pas à ce questionnaire : son contenu est incohérent. Recopiez le lien d’origine en entier.',
  },
  storage: {
    corrupt: 'Des réponses enregistrées dans ce navigateur étaient illisibles : elles ont été ignorées.',
    outdated: 'Des réponses enregistrées correspondaient à une version précédente des questions : elles ont été ignorées.',
  },

  csv: {
    title: 'Anticiper les écueils : orientation, pas un conseil juridique',
    question: 'Question',
    answer: 'Réponse',
    form: 'Forme juridique',
    fit: 'Adéquation',
    score: 'Score',
    for: 'Pour',
    against: 'Contre',
    clarify: 'À clarifier',
    theme: 'Thème',
    point: 'Point de vigilance',
    status: 'Statut',
    guide: 'Guide',
  },
});

/** Messages shown to content editors when content/ecueils/regles.yaml is invalid. */
export const ECUEILS_SCHEMA_MESSAGES = typographed({
  identifier: 'identifiant en minuscules sans accents, mots séparés par des tirets',
  internalLink: 'doit être un chemin interne du site, par exemple "/guides/franchise-tva-et-filialisation/#la-tva"',
  zeroEffect: 'un effet nul ne sert à rien : écrivez de -3 à 3 sans 0, ou exclu',
  factNeeded: 'chaque point de vigilance cite au moins un fait du registre (faits)',
  kinds: { question: 'question', form: 'forme', point: 'point de vigilance' },
  duplicate: (what: string, value: string) => `${what} en double : « ${value} »`,
  unknownQuestion: (id: string) => `question inconnue : « ${id} »`,
  unknownAnswer: (answer: string, question: string, allowed: readonly string[]) =>
    `réponse inconnue « ${answer} » pour la question « ${question} » (possibles : ${allowed.join(', ')})`,
});
