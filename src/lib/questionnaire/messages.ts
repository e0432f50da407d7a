/**
 * Every sentence and label of the questionnaire tools, in one place: the interface of the islands
 * (`T`), and the messages of the engine (share links, saved answers, imports, the synthesis, the
 * recommendation-link check, the exports). Messages are written with plain spaces: `typographed`
 * puts the narrow no-break spaces before ; : ! ? and inside « ». The questionnaires' own words
 * (statements, scale, levels, advice) live in content/questionnaires/*.yaml.
 */
import { formatDateTime, formatDecimal, listFr, plural, typographed } from '../fr.ts';

export const SHARE_MESSAGES = typographed({
  outdated: (linkVersion: number, currentVersion: number) =>
    `Ce lien a été créé avec une version précédente du questionnaire (version ${linkVersion} ; la version actuelle est la ${currentVersion}). Les affirmations ont changé depuis : ses réponses ne peuvent plus être lues correctement. Demandez à la personne de remplir à nouveau le questionnaire et de partager un nouveau lien.`,
  newer: (linkVersion: number, currentVersion: number) =>
    `Ce lien a été créé avec une version plus récente du questionnaire (version ${linkVersion}) que celle de cette page (version ${currentVersion}). Rechargez la page pour obtenir la dernière version, puis rouvrez le lien.`,
  content:
    'Ce lien de partage ne correspond pas à ce questionnaire : son contenu est incohérent. Recopiez le lien d’origine en entier.',
  missing: 'Aucun code de résultat n’a été trouvé. Collez le lien complet (il contient « #r= ») ou le code seul.',
});

export const STORAGE_MESSAGES = typographed({
  corrupt:
    'Des réponses enregistrées dans ce navigateur étaient illisibles : elles ont été ignorées. Vous pouvez recommencer le questionnaire.',
  outdated:
    'Vos réponses enregistrées correspondaient à une version précédente du questionnaire : elles ont été ignorées, car les affirmations ont changé. Vous pouvez recommencer le questionnaire.',
  other: 'Des réponses enregistrées appartenaient à un autre questionnaire : elles ont été ignorées.',
  /** Saved answers of an earlier version, carried to the current one where the statements are the same. */
  carried: (fromVersion: number, toVersion: number, kept: number, added: number) =>
    `Le questionnaire a été révisé depuis votre dernier passage (version ${fromVersion}, désormais version ${toVersion}). ` +
    (kept > 0
      ? `Vos réponses aux affirmations inchangées ont été reprises (${plural(kept, 'réponse')}). `
      : 'Aucune de vos réponses ne portait sur une affirmation inchangée. ') +
    (added > 0 ? `${plural(added, 'affirmation nouvelle ou réécrite', 'affirmations nouvelles ou réécrites')} attendent votre réponse.` : ''),
});

/** Problems between a questionnaire and its frozen earlier versions, shown by the build to editors. */
export const VERSION_MESSAGES = typographed({
  shareCode: (version: number, earlier: string, current: string) =>
    `la version ${version} a le shareCode « ${earlier} », la version en cours « ${current} » : ses liens ne seraient plus reconnus`,
  notEarlier: (version: number, current: number) =>
    `la version figée ${version} n’est pas antérieure à la version en cours (${current}) : augmentez « version » dans le questionnaire`,
  twice: (version: number) => `la version ${version} est figée deux fois`,
  dimensionGone: (version: number, dimension: string) =>
    `la dimension « ${dimension} » de la version ${version} n’existe plus dans la version en cours : ses conseils manqueraient aux résultats de la version ${version}`,
  reworded: (id: string, earlier: number, later: number) =>
    `l’affirmation « ${id} » n’a pas le même texte dans la version ${earlier} et dans la version ${later} : une affirmation réécrite doit prendre un nouvel identifiant`,
});

export const IMPORT_MESSAGES = typographed({
  json: 'Ce fichier n’est pas un export JSON lisible de ce questionnaire.',
  noCode: 'Ce fichier ne contient pas de code de résultat : exportez-le à nouveau depuis la page de résultats.',
  tooLarge: 'Ce fichier est trop volumineux pour être un export de résultat.',
  /** Where an entry of the synthesis came from, as it reads inside a sentence. */
  line: (n: number) => `ligne ${n}`,
  file: (name: string) => `le fichier « ${name} »`,
  /** A member of a workshop session's export. */
  member: (file: string, n: number) => `${file}, membre ${n}`,
  duplicate: (firstSource: string) => `Même résultat que ${firstSource} : il n’a été compté qu’une fois.`,
});

export const SYNTHESIS_MESSAGES = typographed({
  /** A member who gave no first name. */
  anonymous: (n: number) => `Membre ${n}`,
});

/** Why a recommendation link is refused (shown by the build to content editors). */
export const LINK_MESSAGES = typographed({
  notInternal: 'ce n’est pas un chemin interne du site (il doit commencer par /guides/, /fiches/, /outils/ ou /glossaire/)',
  pageNotFound: 'page introuvable',
  sectionNotFound: (knownIds: readonly string[]) =>
    `section introuvable ; sections existantes : ${knownIds.map((id) => `#${id}`).join(', ')}`,
});

/** Problems in a questionnaire file (content/questionnaires/*.yaml), shown by the build to editors. */
export const SCHEMA_MESSAGES = typographed({
  internalLink: 'doit être un chemin interne du site, par exemple "/guides/confiance/#les-leviers-daction"',
  identifier: 'identifiant en minuscules sans accents, mots séparés par des tirets',
  duplicateDimension: (id: string) => `identifiant de dimension en double : « ${id} »`,
  duplicateStatement: (id: string) => `identifiant d’affirmation en double : « ${id} »`,
  scaleShort: (short: string, full: string) =>
    `le libellé court « ${short} » doit être le début du libellé « ${full} », en mots entiers (par exemple « Plutôt pas » pour « Plutôt pas d’accord »)`,
  notApplicableLabel: 'des affirmations proposent « sans objet » (mayNotApply) : donnez le libellé de cette réponse (notApplicable)',
});

export const EXPORT_MESSAGES = typographed({
  synthesisTitle: (questionnaire: string) => `${questionnaire} : synthèse collective`,
});

/** Column headers and cell words of the CSV exports: spreadsheet data, kept exactly as written. */
export const CSV_TEXT = {
  version: (version: number) => `version ${version}`,
  resultDimensions: [
    'Dimension',
    'Moyenne (1 à 5)',
    'Score (0 à 100)',
    'Niveau',
    'Réponses notées',
    'Je ne sais pas',
    'Sans objet',
    'Sans réponse',
    'Affirmations',
  ],
  resultAnswers: ['Dimension', 'Affirmation', 'Formulée en négatif', 'Réponse', 'Valeur (1 à 5)'],
  members: 'Membres',
  /** Members of an earlier version, in a mixed synthesis: « Camille (version 1) ». */
  earlierMembers: 'Membres d’une version antérieure',
  memberVersion: (label: string, version: number) => `${label} (version ${version})`,
  synthesisDimensions: [
    'Dimension',
    'Moyenne (1 à 5)',
    'Score (0 à 100)',
    'Niveau',
    'Écart-type',
    'Minimum',
    'Maximum',
    'Membres pris en compte',
    'Membres avec trop peu de réponses',
  ],
  synthesisStatements: [
    'Rang (désaccord)',
    'Dimension',
    'Affirmation',
    'Formulée en négatif',
    'Point à discuter',
    'Moyenne (1 à 5)',
    'Écart-type',
    'Écart maximal',
    'Réponses notées',
    'Je ne sais pas',
    'Sans objet',
    'Sans réponse',
    'Non posée (version antérieure)',
  ],
  yes: 'oui',
  no: 'non',
  /** « Je ne sais pas », in a member's column. */
  unknown: 'NSP',
  /** « Sans objet », in a member's column. */
  notApplicable: 'SO',
  /** A statement the member's version did not have, in their column. */
  notAsked: 'non posée',
} as const;

// ---- The interface (src/islands/questionnaire) ----

export const T = typographed({
  noScript: 'L’outil interactif se charge. S’il ne s’affiche pas (JavaScript désactivé), utilisez la',
  noScriptLink: 'version papier à imprimer',
  synthNoScript:
    'La synthèse collective se calcule dans votre navigateur et a besoin de JavaScript. Sans JavaScript, chaque membre remplit la',
  synthNoScriptLink: 'version papier du questionnaire',
  synthNoScriptEnd: ', puis reportez les réponses de chacun dans un tableur, une ligne par affirmation, et comparez les écarts.',
  region: (title: string) => `${title} : outil interactif`,

  // Start screen
  startTitle: 'Avant de commencer',
  startCount: (statements: number, dimensions: number) =>
    `${plural(statements, 'affirmation')} réparties en ${plural(dimensions, 'dimension')}, une dimension par écran. Comptez une quinzaine de minutes.`,
  privacy:
    'Vos réponses restent dans ce navigateur : elles sont enregistrées au fur et à mesure sur cet appareil et ne sont envoyées à aucun serveur.',
  start: 'Commencer',
  savedSummary: (answered: number, total: number, savedAt: Date) =>
    `Vous avez déjà répondu à ${plural(answered, 'affirmation')} sur ${total}. Dernier enregistrement : le ${formatDateTime(savedAt)}.`,
  resume: 'Reprendre là où je m’étais arrêté',
  seeResults: 'Voir mes résultats',
  eraseAndRestart: 'Effacer mes réponses et recommencer',
  erase: 'Effacer mes réponses',
  eraseConfirmTitle: 'Effacer vos réponses ?',
  eraseConfirmText:
    'Toutes les réponses enregistrées dans ce navigateur pour ce questionnaire seront supprimées. Cette action est définitive.',
  eraseConfirm: 'Oui, effacer',
  eraseCancel: 'Annuler',
  erased: 'Vos réponses ont été effacées.',
  printPaper: 'Imprimer la version papier',
  // In a meeting: the questionnaire as a QR code, and the workshop (its own words: ./workshop-messages.ts)
  roomTitle: 'En réunion',
  roomPhones: 'Chaque membre peut répondre sur son téléphone : montrez-lui le questionnaire en QR code.',
  workshopIntro:
    'Un seul appareil pour tout le groupe ? Le mode atelier le fait passer de main en main : chaque membre répond à son tour, ses réponses sont masquées pour le suivant, et la synthèse collective s’affiche à la fin, sans lien à copier.',
  workshopStart: 'Démarrer le mode atelier',
  workshopSaved: 'Une session d’atelier est enregistrée sur cet appareil.',
  workshopResume: 'Reprendre l’atelier',
  workshopLoading: 'Chargement du mode atelier…',
  workshopLoadFailed: 'Le mode atelier n’a pas pu se charger (connexion interrompue ?). Réessayez dans un instant.',
  qrQuestionnaire: 'Afficher le questionnaire en QR code',
  qrQuestionnaireTitle: 'QR code du questionnaire',
  qrQuestionnaireHint: 'Chaque membre vise ce code avec son téléphone pour ouvrir le questionnaire, puis y répond seul.',
  storageUnavailable:
    'Ce navigateur n’autorise pas l’enregistrement local : vos réponses seront perdues si vous fermez la page.',

  // Steps
  stepOf: (step: number, total: number) => `Étape ${step} sur ${total}`,
  answeredOf: (answered: number, total: number) => `${plural(answered, 'réponse')} sur ${total}`,
  statementNumber: (n: number) => `Affirmation ${n}`,
  previous: 'Précédent',
  backToStart: 'Retour à l’introduction',
  next: 'Suivant',
  finish: 'Voir mes résultats',
  autosaved: 'Vos réponses sont enregistrées automatiquement dans ce navigateur.',
  unansweredHint: (n: number) =>
    `${plural(n, 'affirmation')} sans réponse sur cet écran : vous pouvez continuer, elles compteront comme manquantes.`,
  announceStep: (step: number, total: number, title: string) => `Étape ${step} sur ${total} : ${title}.`,

  // Results
  resultsTitle: 'Vos résultats',
  sharedTitle: 'Résultat partagé',
  sharedTitleNamed: (name: string) => `Résultat partagé par ${name}`,
  sharedNotice:
    'Vous consultez un résultat reçu par lien, en lecture seule. Vos propres réponses enregistrées dans ce navigateur ne sont pas modifiées.',
  startOwn: 'Faire mon propre diagnostic',
  /** `notApplicable` is undefined when the questionnaire does not offer « sans objet ». */
  answeredSummary: (rated: number, unknown: number, notApplicable: number | undefined, total: number) =>
    `${plural(rated, 'affirmation notée', 'affirmations notées')} sur ${total}, ` +
    (notApplicable === undefined
      ? `${plural(unknown, 'réponse « je ne sais pas »', 'réponses « je ne sais pas »')}.`
      : `${plural(unknown, 'réponse « je ne sais pas »', 'réponses « je ne sais pas »')}, ${plural(notApplicable, 'réponse « sans objet »', 'réponses « sans objet »')}.`),
  /** A shared result made with an earlier version of the questionnaire. */
  earlierTitle: (version: number) => `Version ${version} du questionnaire`,
  earlierNotice: (version: number, current: number) =>
    `Ce résultat a été rempli avec la version ${version} du questionnaire, remplacée depuis par la version ${current}. Il est affiché tel quel : scores et niveaux sont calculés sur les affirmations de la version ${version}. Comparez-le avec prudence à un résultat de la version actuelle.`,
  earlierChanged: (count: number) =>
    `${plural(count, 'affirmation de cette version a', 'affirmations de cette version ont')} changé depuis, et ${count > 1 ? 'les réponses données' : 'la réponse donnée'} :`,
  earlierNoChange: 'Les affirmations auxquelles ce résultat répond sont toutes restées identiques.',
  /** « « Texte » : Plutôt d’accord ». */
  quotedAnswer: (text: string, answer: string) => `« ${text} » : ${answer}`,
  noAnswer: 'sans réponse',
  chartTitle: 'Score par dimension',
  chartCaption:
    'Score de 0 à 100 calculé à partir de la moyenne des réponses (1 à 5). Repères : 50 correspond à une moyenne de 3, 75 à une moyenne de 4. Les mêmes valeurs figurent dans le tableau.',
  chartLabel: (title: string) =>
    `${title} : graphique en barres des scores par dimension, repris dans le tableau qui suit.`,
  tableCaption: 'Détail des scores par dimension',
  colDimension: 'Dimension',
  colMean: 'Moyenne (sur 5)',
  colScore: 'Score (sur 100)',
  colLevel: 'Niveau',
  colAnswers: 'Réponses notées',
  thresholdsNote:
    'Niveaux repris de l’inventaire des facteurs de collaboration de Wilder : moyenne de 4 à 5, point fort ; de 3 à 3,9, à discuter ; en dessous de 3, à travailler. « Je ne sais pas » et « sans objet » ne comptent pas dans la moyenne. Une dimension dont moins de la moitié des affirmations qui s’appliquent (toutes sauf les « sans objet ») ont reçu une note n’est pas évaluée.',
  prioritiesTitle: 'Les trois priorités',
  prioritiesIntro: 'Les dimensions les moins bien notées, par lesquelles commencer :',
  noPriorities:
    'Aucune dimension notée ne ressort à travailler ou à discuter : toutes celles qui ont assez de réponses sont des points forts.',
  fewerPriorities: (n: number) => `Seules ${plural(n, 'dimension')} ne sont pas des points forts.`,
  adviceTitle: 'Conseils par dimension',
  // The advice and the earlier versions come from a file of the site, loaded when needed.
  adviceLoading: 'Chargement des conseils…',
  adviceUnavailable: 'Les conseils n’ont pas pu être chargés (connexion interrompue ?). Ils figurent aussi dans la',
  earlierUnavailable:
    'Des réponses enregistrées dans ce navigateur datent d’une version précédente du questionnaire, qui n’a pas pu être chargée (connexion interrompue ?). Elles sont conservées : rechargez la page plus tard pour les reprendre.',
  insufficientAdvice: 'Trop peu de réponses pour situer cette dimension. Pour explorer le sujet :',
  goFurther: 'Pour aller plus loin :',

  // Actions
  actionsTitle: 'Enregistrer, imprimer, partager',
  edit: 'Modifier mes réponses',
  print: 'Imprimer',
  downloadCsv: 'Télécharger en CSV (tableur)',
  downloadJson: 'Télécharger en JSON',
  downloaded: (file: string) => `Fichier ${file} téléchargé.`,
  shareTitle: 'Partager ce résultat',
  shareIntro:
    'Le lien contient vos réponses, dans sa partie après « # », que les navigateurs n’envoient jamais au serveur. Toute personne qui reçoit le lien voit vos réponses.',
  nameLabel: 'Votre prénom (facultatif)',
  nameHint: 'Il apparaîtra dans la synthèse collective. Sans prénom, vous y resterez anonyme.',
  linkLabel: 'Lien de partage',
  copyLink: 'Copier le lien',
  copied: 'Lien copié dans le presse-papiers.',
  copyFailed: 'Copie automatique impossible : sélectionnez le lien et copiez-le.',
  qrLink: 'Afficher le lien en QR code',
  qrLinkTitle: 'QR code du lien de résultat',
  qrLinkHint: 'Qui vise ce code avec un téléphone ouvre votre résultat : ne le montrez qu’à qui doit le voir.',
  sparseTitle: 'Ce résultat dit encore peu de choses',
  sparseShare: (answered: number, total: number) =>
    `Vous avez répondu à ${plural(answered, 'affirmation')} sur ${total}, trop peu pour évaluer la plupart des dimensions. Partagé tel quel, ce résultat comptera pour peu dans la synthèse collective. Complétez vos réponses, ou partagez-le quand même.`,
  sparseComplete: 'Compléter mes réponses',
  sparseShareAnyway: 'Partager quand même',
  synthesisInvite: 'Vous animez un groupe ? Rassemblez les liens de chaque membre dans la',
  synthesisLink: 'synthèse collective',

  // Shared link errors
  sharedErrorTitle: 'Ce lien de résultat ne peut pas être ouvert',
  sharedErrorAfter: 'L’outil reste utilisable : vous pouvez remplir le questionnaire vous-même.',
  startQuestionnaire: 'Commencer le questionnaire',

  // Synthesis
  synthFormTitle: 'Rassembler les résultats',
  synthLinesLabel: 'Liens ou codes des membres, un par ligne',
  synthLinesHint:
    'Faites précéder un lien d’un prénom si vous le souhaitez, par exemple « Camille : https://… ». Sans prénom, chaque membre reste anonyme (Membre 1, Membre 2…).',
  synthFilesLabel: 'Ou importez les fichiers JSON exportés par les membres',
  synthBuild: 'Construire la synthèse',
  synthQrIntro: 'Des membres n’ont pas encore répondu ? Ils peuvent ouvrir le questionnaire sur leur téléphone :',
  synthEmpty: 'Collez au moins un lien ou importez au moins un fichier.',
  synthProblemsTitle: 'Éléments non pris en compte',
  synthTitle: (n: number) => `Synthèse de ${plural(n, 'membre')}`,
  synthFew: 'Avec un seul membre, il n’y a pas encore d’écarts à comparer : ajoutez les résultats des autres.',
  synthMembers: (labels: readonly string[]) => `Membres : ${labels.join(', ')}.`,
  synthAnnounce: (members: number, read: string) => `Synthèse de ${plural(members, 'membre')} construite. ${read}`,
  /** « 3 liens lus, 1 ignoré : ligne 5. », « 2 liens et 1 fichier lus. » */
  synthRead: (links: number, files: number, ignored: readonly string[]) => {
    const read = files === 0 ? plural(links, 'lien') : links === 0 ? plural(files, 'fichier') : `${plural(links, 'lien')} et ${plural(files, 'fichier')}`;
    const skipped = ignored.length === 0 ? '' : `, ${plural(ignored.length, 'ignoré', 'ignorés')} : ${listFr(ignored)}`;
    return `${read} ${links + files > 1 ? 'lus' : 'lu'}${skipped}.`;
  },
  synthNone: 'Aucun résultat valable : la synthèse ne peut pas être construite.',
  pointsTitle: 'Points à mettre en discussion',
  pointsIntro:
    'Les affirmations sur lesquelles les réponses des membres s’écartent le plus (écart-type d’au moins 1), les plus disputées d’abord. Ce sont de bons points de départ pour une discussion collective.',
  pointsNone: 'Aucun écart marqué entre les membres : les réponses sont proches sur toutes les affirmations.',
  dimensionsTitle: 'Par dimension',
  dimensionsCaption: 'Moyenne, dispersion et nombre de membres par dimension',
  statementsTitle: 'Par affirmation, de la plus disputée à la moins disputée',
  statementsCaption: 'Moyenne, dispersion et nombre de réponses par affirmation',
  colRank: 'Rang',
  colStatement: 'Affirmation',
  colSd: 'Écart-type',
  colRange: 'Minimum – maximum',
  colN: 'Réponses notées',
  colMembers: 'Membres pris en compte',
  colUnknown: 'Je ne sais pas',
  colNotApplicable: 'Sans objet',
  reversedMark: '(formulée en négatif)',
  /** On a statement that members of an earlier version were not asked. */
  notAskedMark: (members: number) => `(absente de la version remplie par ${plural(members, 'membre')})`,
  statsNote:
    'Moyenne de 1 (pas du tout d’accord) à 5 (tout à fait d’accord) avec l’affirmation telle qu’elle est écrite. Écart-type : plus il est grand, plus les membres divergent. Par dimension, chaque membre compte pour la moyenne de ses réponses, affirmations formulées en négatif inversées. « Je ne sais pas » et « sans objet » ne comptent pas dans les moyennes : ils sont comptés à part.',

  // Synthesis of several versions
  synthVersionsTitle: 'Versions du questionnaire',
  synthAllEarlier: (version: number, current: number) =>
    `Tous ces résultats ont été remplis avec la version ${version} du questionnaire, remplacée depuis par la version ${current}. La synthèse suit donc la version ${version} : ses affirmations, ses scores.`,
  synthMixed: (version: number) =>
    `Ces résultats viennent de plusieurs versions du questionnaire. La synthèse suit la version ${version}, la plus récente, et ne compare les réponses que sur les affirmations restées identiques d’une version à l’autre.`,
  synthEarlierMember: (label: string, version: number, kept: number, total: number, leftOut: number, dropped: number) =>
    [
      `${label} a répondu à la version ${version} : ses réponses comptent pour ${kept > 1 ? 'les ' : ''}${plural(kept, 'affirmation restée identique', 'affirmations restées identiques')} sur ${total}.`,
      leftOut === 0
        ? ''
        : leftOut === 1
          ? 'L’affirmation nouvelle ou réécrite depuis est laissée de côté pour ce membre.'
          : `Les ${plural(leftOut, 'affirmation nouvelle ou réécrite', 'affirmations nouvelles ou réécrites')} depuis sont laissées de côté pour ce membre.`,
      dropped === 0
        ? ''
        : dropped === 1
          ? 'Sa réponse à une affirmation retirée ou réécrite depuis n’est pas comptée.'
          : `Ses ${plural(dropped, 'réponse')} à des affirmations retirées ou réécrites depuis ne sont pas comptées.`,
    ]
      .filter((sentence) => sentence !== '')
      .join(' '),
  synthEarlierScores: (members: number) =>
    members > 1
      ? 'Pour ces membres, le score de chaque dimension ne porte que sur les affirmations restées identiques ; une dimension dont moins de la moitié des affirmations leur ont été posées et notées n’est pas évaluée pour eux.'
      : 'Pour ce membre, le score de chaque dimension ne porte que sur les affirmations restées identiques ; une dimension dont moins de la moitié des affirmations lui ont été posées et notées n’est pas évaluée pour ce membre.',
  synthLeftOut: (count: number, members: readonly string[]) =>
    `Voir ${count > 1 ? `les ${count} affirmations laissées` : 'l’affirmation laissée'} de côté pour ${listFr(members)}`,
  /** How many members gave each answer: « Réponses : 2 × D’accord, 1 × Je ne sais pas ». */
  distribution: (items: readonly { readonly count: number; readonly label: string }[]) =>
    `Réponses : ${items.map((i) => `${i.count} × ${i.label}`).join(', ')}`,
  /** Under a discussion point. */
  pointFigures: (dimension: string, mean: number | undefined, sd: number | undefined, min: number | undefined, max: number | undefined) =>
    `${dimension} · moyenne ${formatDecimal(mean)} · écart-type ${formatDecimal(sd)} · réponses de ${min ?? ''} à ${max ?? ''}`,
  /** Between a short label in bold and what follows: « Ligne 5 : … ». */
  labelSeparator: ' : ',
  editList: 'Modifier la liste',
  exportCsv: 'Télécharger la synthèse en CSV',
});
