/**
 * Every sentence of the « mode atelier » (./workshop.ts, ./workshop-flow.ts and its island), apart
 * from ./messages.ts so that they load with the workshop, not with every questionnaire page. The few
 * words of the questionnaire's introduction that open the workshop are in ./messages.ts (`T`).
 */
import { formatDateTime, listFr, plural, typographed } from '../fr.ts';

export const WORKSHOP_MESSAGES = typographed({
  /** An anonymous member, numbered among the anonymous members of the session. */
  anonymous: (n: number) => `Anonyme ${n}`,
  full: (max: number) => `La session compte déjà ${plural(max, 'membre')}, le maximum : exportez-la, puis commencez-en une autre.`,
  nameTaken: (name: string) =>
    `« ${name} » a déjà répondu dans cette session. Ajoutez une initiale (par exemple « ${name} B. ») ou laissez le champ vide pour répondre anonymement.`,
  nameReserved: 'Ce nom est réservé aux membres anonymes : écrivez un prénom, ou laissez le champ vide pour répondre anonymement.',
  /** A stored session that cannot be read. */
  stored: {
    corrupt:
      'La session d’atelier enregistrée sur cet appareil était illisible (données abîmées ou d’un autre format) : elle a été ignorée et effacée. Vous pouvez en démarrer une nouvelle.',
    outdated:
      'La session d’atelier enregistrée sur cet appareil contenait des réponses à une version du questionnaire que cette page ne sait plus lire : elle a été ignorée et effacée.',
    newer:
      'La session d’atelier enregistrée sur cet appareil a été créée par une version plus récente de cette page : rechargez la page pour la reprendre. Elle est conservée.',
    other: 'La session d’atelier enregistrée sur cet appareil appartenait à un autre questionnaire : elle a été ignorée et effacée.',
  },
  finished: 'Réponses enregistrées et masquées.',
  erased: 'La session d’atelier a été effacée de cet appareil.',
  abandoned: 'Le tour en cours a été abandonné : ses réponses sont effacées.',
  removed: (label: string) => `${label} a été retiré de la session, avec ses réponses.`,
  loadFailed: 'Le mode atelier n’a pas pu se charger (connexion interrompue ?). Rechargez la page pour réessayer.',
});

/** The interface of the workshop (src/islands/questionnaire/WorkshopMode.tsx). */
export const WT = typographed({
  overviewTitle: 'Mode atelier : un appareil pour tout le groupe',
  overviewIntro:
    'Chaque membre répond à son tour sur cet appareil, sous son prénom ou anonymement. Quand il a terminé, ses réponses sont masquées : la personne suivante ne les voit pas. À la fin, la synthèse collective s’affiche ici même, sans lien à copier.',
  privacy:
    'Les réponses restent sur cet appareil : elles ne sont envoyées à aucun serveur. Exportez la session pour la garder, effacez-la à la fin de l’atelier.',
  startedAt: (date: Date) => `Session commencée le ${formatDateTime(date)}.`,
  membersTitle: 'Membres qui ont répondu',
  noMembers: 'Personne n’a encore répondu.',
  membersCount: (n: number) => `${plural(n, 'membre a', 'membres ont')} répondu.`,
  remove: (label: string) => `Retirer ${label}`,
  removeConfirm: (label: string) => `Retirer ${label} de la session ? Ses réponses seront effacées de cet appareil.`,
  removeYes: 'Oui, retirer',
  turnInProgress: (label: string, step: number, steps: number) => `${label} n’a pas terminé (étape ${step} sur ${steps}).`,
  turnAnonymous: 'Un membre anonyme',
  resumeTurn: 'Reprendre ce tour',
  abandonTurn: 'Abandonner ce tour',
  abandonConfirm: 'Abandonner ce tour ? Les réponses déjà données par ce membre seront effacées.',
  abandonYes: 'Oui, abandonner',
  nextMember: 'Au tour d’un membre',
  showSynthesis: 'Voir la synthèse collective',
  synthesisNeedsTwo: 'La synthèse compare les réponses : elle devient utile à partir de deux membres.',
  exportSession: 'Exporter la session (JSON)',
  exportHint:
    'Le fichier contient le lien de résultat de chaque membre : la page de synthèse collective sait l’importer.',
  eraseSession: 'Effacer la session',
  eraseConfirm: 'Effacer toute la session de cet appareil ? Les réponses de tous les membres seront supprimées. Cette action est définitive.',
  eraseYes: 'Oui, tout effacer',
  cancel: 'Annuler',
  leave: 'Quitter le mode atelier',
  leaveHint: 'La session reste enregistrée sur cet appareil : vous la retrouverez en revenant sur cette page.',

  identifyTitle: 'À vous de répondre',
  identifyIntro: 'Répondez seul, sans regarder les réponses des autres. Personne ne verra vos réponses une fois votre tour terminé.',
  nameLabel: 'Votre prénom (facultatif)',
  nameHint: 'Laissez vide pour répondre anonymement : vous apparaîtrez comme « Anonyme 1 », « Anonyme 2 »…',
  begin: 'Commencer mes réponses',
  back: 'Retour',

  finishTurn: 'Terminer et masquer mes réponses',
  stepNote: 'Vos réponses sont enregistrées sur cet appareil au fur et à mesure ; elles seront masquées à la fin de votre tour.',
  sparseTitle: 'Vous avez répondu à peu d’affirmations',
  sparseText: (answered: number, total: number) =>
    `Vous avez répondu à ${plural(answered, 'affirmation')} sur ${total}. Vos réponses compteront pour peu dans la synthèse. Vous pouvez revenir aux affirmations, ou terminer quand même.`,
  sparseBack: 'Revenir aux affirmations',
  sparseFinish: 'Terminer quand même',

  handoverTitle: 'Merci, vos réponses sont enregistrées',
  handoverText: 'Elles sont masquées : la personne suivante ne peut pas les voir.',
  handoverPass: 'Passez l’appareil à la personne suivante.',
  handoverNext: 'Je suis la personne suivante : commencer',
  handoverFacilitator: 'Je suis l’animateur ou l’animatrice : retour à la session',

  synthesisTitle: (n: number) => `Synthèse collective de ${plural(n, 'membre')}`,
  backToSession: 'Retour à la session',
  members: (labels: readonly string[]) => `Membres : ${listFr(labels)}.`,
});
