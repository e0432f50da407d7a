/**
 * Every sentence of the URL contract: mistakes in the redirects file, published addresses that
 * broke, and the text of the pages left at old addresses. French typography: narrow no-break
 * space (U+202F) before « ; : ! ? » and inside « ».
 */

const q = (text: string) => `«\u202f${text}\u202f»`;

export const REDIRECT_MESSAGES = {
  /** « content/redirections.yaml, ligne 4, redirection «/guides/a/», champ «vers» ». */
  where(file: string, line: number, index: number, from?: string, field?: string): string {
    const entry = from ? `redirection ${q(from)}` : `redirection n°\u00a0${index}`;
    return `${file}, ligne ${line}, ${entry}${field ? `, champ ${q(field)}` : ''}`;
  },
  unreadable: (file: string, line: number, detail: string) => `${file}, ligne ${line}\u202f: YAML illisible (${detail}).`,
  notAList: (file: string) =>
    `${file}\u202f: le fichier doit être une liste de redirections (chaque entrée commence par ${q('- de:')} puis a une ligne ${q('vers:')}).`,
  notAnEntry: (where: string) => `${where}\u202f: une redirection a deux champs, ${q('de')} (l’ancienne adresse) et ${q('vers')} (la nouvelle).`,
  unknownField: (where: string) => `${where}\u202f: champ inconnu (champs attendus\u202f: ${q('de')} et ${q('vers')}).`,
  missingField: (where: string) => `${where}\u202f: champ obligatoire manquant.`,
  notASiteUrl: (where: string, value: string) =>
    `${where}\u202f: ${q(value)} n’est pas une adresse du site. Écrivez ce qui suit le nom de domaine, en commençant par ${q('/')}, sans paramètres après ${q('?')}\u202f: par exemple /guides/ptce/ ou /guides/ptce/#en-bref.`,
  toItself: (where: string) => `${where}\u202f: l’adresse est redirigée vers elle-même.`,
  duplicate: (where: string, from: string, line: number) => `${where}\u202f: ${from} a déjà une redirection, ligne ${line}.`,
  loop: (where: string, chain: readonly string[]) => `${where}\u202f: boucle de redirections (${chain.join(' → ')}).`,
  stillAPage: (where: string, source: string) =>
    `${where}\u202f: cette adresse est encore une page du site (${source})\u202f; retirez la redirection, ou la page.`,
  invalidFile: (messages: readonly string[]) => `Fichier de redirections invalide\u202f:\n${messages.join('\n')}`,
} as const;

export const CONTRACT_MESSAGES = {
  header: (count: number, list: string) =>
    `${count === 1 ? 'Une adresse publiée ne mène plus nulle part' : `${count} adresses publiées ne mènent plus nulle part`} (liste\u202f: ${list}). Les lettres d’information qui les ont envoyées doivent continuer de fonctionner\u202f:`,
  missingPage: (url: string, sections: number, redirectsFile: string) =>
    `  ${url}\u202f: la page n’existe plus${sections > 0 ? ` (ni ses ${sections} section(s) publiée(s))` : ''} et n’a pas de redirection. Rétablissez-la, ou ajoutez dans ${redirectsFile}\u202f:\n    - de: ${url}\n      vers: /nouvelle-adresse/`,
  movedToMissingPage: (url: string, target: string) => `  ${url}\u202f: redirigée vers ${target}, qui n’existe pas.`,
  missingSection: (url: string, page: string, source: string | undefined, redirectsFile: string) =>
    `  ${url}\u202f: la page ${page} n’a plus de section ${q(url.slice(url.indexOf('#') + 1))} (titre renommé ou supprimé\u202f?). ` +
    (source
      ? `Si le titre a été reformulé, gardez son ancien identifiant dans l’en-tête de ${source}\u202f: ancres: { "Nouveau titre": ${url.slice(url.indexOf('#') + 1)} }. Sinon, ajoutez`
      : 'Ajoutez') +
    ` dans ${redirectsFile} une redirection de ${url} vers la section qui la remplace.`,
  loop: (url: string, chain: readonly string[]) => `  ${url}\u202f: boucle de redirections (${chain.join(' → ')}).`,
  redirectsHeader: (file: string) => `Redirections impossibles dans ${file}\u202f:`,
  redirectToMissing: (line: number, from: string, to: string) => `  ligne ${line}\u202f: ${from} est redirigée vers ${to}, qui n’existe pas.`,
  redirectFromLivePage: (line: number, from: string) =>
    `  ligne ${line}\u202f: ${from} est encore une page du site\u202f; retirez la redirection ou la page.`,
  redirectFromMissingPage: (line: number, from: string, page: string) =>
    `  ligne ${line}\u202f: la section ${from} est redirigée, mais sa page ${page} n’existe pas et n’a pas de redirection\u202f: redirigez d’abord la page.`,
  linksToRedirects: (lines: readonly string[]) =>
    `Liens internes vers une ancienne adresse (mettez le lien à jour vers la nouvelle)\u202f:\n${lines.join('\n')}`,
  checked: (count: number, unlisted: number) =>
    `${count} adresses publiées vérifiées` +
    (unlisted > 0 ? `\u202f; ${unlisted} nouvelle(s) adresse(s) pas encore dans la liste (npm run urls l’ajoute).` : '.'),
  noList: (list: string) => `pas de liste d’adresses publiées (${list})\u202f: contrat des adresses non vérifié.`,
} as const;

export const REDIRECT_PAGE = {
  title: 'Page déplacée',
  text: 'Cette page a changé d’adresse\u202f:',
} as const;
