/** Every sentence of the « Anticiper les écueils » tool's interface, in one place. */
import { plural, typographed } from '../fr.ts';

export const ECUEILS_MESSAGES = typographed({
  share: {
    missing: 'Aucun code de résultat n’a été trouvé. Collez le lien complet (il contient « #r= ») ou le code seul.',
    outdated:
      'Ce lien a été créé avec une version précédente du questionnaire, dont certaines questions ont changé de sens : il ne peut plus être lu. Répondez à nouveau aux questions et partagez un nouveau lien.',
    newer: 'Ce lien a été créé avec une version plus récente de l’outil. Rechargez la page, puis rouvrez le lien.',
    content: 'Ce lien de partage ne correspond pas à ce questionnaire : son contenu est incohérent. Recopiez le lien d’origine en entier.',
  },
  storage: {
    corrupt: 'Des réponses enregistrées dans ce navigateur étaient illisibles : elles ont été ignorées.',
  },
  unknown: 'Je ne sais pas',
  progress: (answered: number, total: number) => `${plural(answered, 'question répondue', 'questions répondues')} sur ${total}.`,
});
