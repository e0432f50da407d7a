/**
 * Every sentence of the newsletter kit: the block a page gives to paste into a newsletter, the
 * digest of /nouveautes/lettre/, and the words of the controls. Written with plain spaces:
 * `typographed` adds the narrow no-break spaces of French typography.
 */
import { typographed } from '../fr.ts';
import { formatDate } from '../text.ts';

export const M = typographed({
  // The control on every page (src/components/NewsletterKit.astro).
  kitSummary: 'Partager dans une lettre d’information',
  kitIntro:
    'Un bloc prêt à coller dans votre lettre ou votre e-mail : le titre, un résumé d’une phrase, le lien (avec des paramètres de suivi « utm ») et l’image d’aperçu.',
  previewCaption: 'Aperçu du bloc',
  htmlLabel: 'Bloc HTML pour l’e-mail',
  htmlHint: 'Collez-le dans l’éditeur de votre lettre d’information, ou dans un bloc « code HTML », qui recevra ce code.',
  textLabel: 'Version texte brut',
  textHint: 'Pour un e-mail sans mise en forme ou la version texte de votre lettre.',
  copyHtml: 'Copier le bloc HTML',
  copyText: 'Copier le texte',
  htmlCopied: 'Bloc HTML copié : collez-le dans votre lettre d’information.',
  textCopied: 'Texte copié : collez-le dans votre lettre d’information.',
  copyFailed: 'Copie impossible : le contenu est sélectionné, copiez-le avec Ctrl+C (ou Cmd+C).',

  // The block itself.
  readMore: (site: string) => `Lire sur ${site}`,
  textLink: (url: string) => `Lire : ${url}`,
  newLabel: 'Nouveau',
  updatedOn: (date: Date) => `Mis à jour le ${formatDate(date)}`,

  // The digest (/nouveautes/lettre/).
  digestTitle: (site: string) => `Les nouveautés de ${site}`,
  digestIntro: (site: string) =>
    `Guides, fiches pratiques et outils pour accompagner les projets de coopération territoriale de l’ESS : voici ce qui est nouveau ou a changé sur ${site}.`,
  digestLatest: (count: number) => (count === 1 ? 'Le dernier changement' : `Les ${count} derniers changements`),
  digestPreviewCaption: 'Aperçu de la lettre des nouveautés',
  digestAll: 'Toutes les nouveautés',
  digestAllText: (url: string) => `Toutes les nouveautés : ${url}`,
});
