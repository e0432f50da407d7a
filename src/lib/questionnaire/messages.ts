/** Messages of the questionnaire engine shown to users (French), in one place. */

export const SHARE_MESSAGES = {
  outdated: (linkVersion: number, currentVersion: number) =>
    `Ce lien a été créé avec une version précédente du questionnaire (version ${linkVersion} ; la version actuelle est la ${currentVersion}). Les affirmations ont changé depuis : ses réponses ne peuvent plus être lues correctement. Demandez à la personne de remplir à nouveau le questionnaire et de partager un nouveau lien.`,
  newer: (linkVersion: number, currentVersion: number) =>
    `Ce lien a été créé avec une version plus récente du questionnaire (version ${linkVersion}) que celle de cette page (version ${currentVersion}). Rechargez la page pour obtenir la dernière version, puis rouvrez le lien.`,
  content:
    'Ce lien de partage ne correspond pas à ce questionnaire : son contenu est incohérent. Recopiez le lien d’origine en entier.',
  missing: 'Aucun code de résultat n’a été trouvé. Collez le lien complet (il contient « #r= ») ou le code seul.',
} as const;

export const STORAGE_MESSAGES = {
  corrupt:
    'Des réponses enregistrées dans ce navigateur étaient illisibles : elles ont été ignorées. Vous pouvez recommencer le questionnaire.',
  outdated:
    'Vos réponses enregistrées correspondaient à une version précédente du questionnaire : elles ont été ignorées, car les affirmations ont changé. Vous pouvez recommencer le questionnaire.',
  other: 'Des réponses enregistrées appartenaient à un autre questionnaire : elles ont été ignorées.',
} as const;

export const IMPORT_MESSAGES = {
  json: 'Ce fichier n’est pas un export JSON lisible de ce questionnaire.',
  noCode: 'Ce fichier ne contient pas de code de résultat : exportez-le à nouveau depuis la page de résultats.',
  tooLarge: 'Ce fichier est trop volumineux pour être un export de résultat.',
} as const;
