/**
 * Every sentence of the paste import of the decision simulator: the reasons a pasted line is left
 * out (member-list.ts) and the words of its panel (src/islands/decision/MemberPaste.tsx). Apart
 * from messages.ts because the panel and its parser load only when opened: their words travel
 * with them, not with the simulator's first visit.
 */
import { formatNumber, listFr, plural, typographed } from '../fr.ts';
import type { Column, Separator } from './member-list.ts';

const COLUMN_WORDS: Readonly<Record<Column, string>> = { name: 'nom', college: 'collège', weight: 'poids' };
const SEPARATOR_WORDS: Readonly<Record<Separator, string>> = {
  tab: 'cellules séparées par des tabulations',
  semicolon: 'cellules séparées par des points-virgules',
  none: 'une seule colonne',
};

export const MEMBER_LIST_MESSAGES = typographed({
  // Why a line is left out
  noName: 'Le nom est vide.',
  nameTooLong: (name: string, max: number) => `Le nom « ${name} » dépasse ${max} caractères.`,
  collegeTooLong: (name: string, max: number) => `Le nom de collège « ${name} » dépasse ${max} caractères.`,
  badWeight: (text: string) => `Le poids « ${text} » n’est pas un nombre : écrivez par exemple 12 ou 12,5.`,
  negativeWeight: (text: string) => `Le poids « ${text} » est négatif : il doit être positif ou nul.`,
  weightTooLarge: (text: string, max: number) => `Le poids « ${text} » dépasse ${formatNumber(max)}.`,
  tooManyColleges: (name: string, max: number) => `Le collège « ${name} » ne peut pas être créé : le simulateur accepte ${max} collèges au plus.`,
  beyondLimit: (count: number, room: number, max: number) =>
    `${count === 1 ? 'Ce membre n’est pas importé' : `Ces ${formatNumber(count)} membres ne sont pas importés`} : le simulateur accepte ${max} membres au plus, ${room === max ? '' : `il reste de la place pour ${plural(room, 'membre')}, `}et les lignes précédentes les occupent déjà.`,
  notRead: (max: number) => `Seules les ${formatNumber(max)} premières lignes sont lues.`,

  // The panel
  labelSeparator: ' : ',
  title: 'Coller une liste de membres',
  hint: 'Dans votre tableur, sélectionnez les lignes (une par membre, avec les colonnes nom, collège et poids, dans cet ordre), copiez-les, puis collez-les ici. Les cellules peuvent aussi être séparées par des points-virgules. Une première ligne de titres (Nom, Collège, Poids) est reconnue, dans n’importe quel ordre ; les autres colonnes sont ignorées. Le poids s’écrit 12 ou 12,5 ; vide, il vaut 1. Sans collège, laissez la cellule vide.',
  textLabel: 'Liste à coller',
  modeLegend: 'À l’import',
  modeReplace: 'remplacer les membres et les collèges actuels',
  modeAppend: 'ajouter ces membres après les membres actuels',
  close: 'Fermer',
  /** What was read, above the preview. */
  summary: (ready: number, errors: number) =>
    `${ready === 0 ? 'Aucun membre prêt' : ready === 1 ? '1 membre prêt' : `${formatNumber(ready)} membres prêts`} à importer${errors > 0 ? `, ${plural(errors, 'ligne')} en erreur` : ''}.`,
  layout: (separator: Separator, columns: readonly (Column | undefined)[], headerLine: number | undefined) =>
    `Lu : ${SEPARATOR_WORDS[separator]} ; colonnes ${listFr(columns.map((c) => (c ? COLUMN_WORDS[c] : 'ignorée')))}${headerLine === undefined ? '' : ` (titres en ligne ${headerLine})`}.`,
  newColleges: (names: readonly string[]) =>
    `${names.length === 1 ? 'Collège créé' : 'Collèges créés'} à l’import : ${listFr(names.map((n) => `« ${n} »`))}. ${names.length === 1 ? 'Son poids' : 'Leur poids'} se partage à parts égales ce que les autres collèges laissent : vérifiez-le ensuite.`,
  problemsTitle: 'Lignes non importées',
  line: (line: number, last: number | undefined) => (last === undefined || last === line ? `Ligne ${line}` : `Lignes ${line} à ${last}`),
  moreProblems: (n: number) => `… et ${plural(n, 'autre ligne', 'autres lignes')} en erreur.`,
  previewCaption: 'Aperçu des membres prêts à importer',
  colLine: 'Ligne',
  colName: 'Nom',
  colCollege: 'Collège',
  colWeight: 'Poids',
  noCollege: '—',
  import: (n: number) => (n === 1 ? 'Importer ce membre' : `Importer ces ${formatNumber(n)} membres`),
  importNothing: 'Rien à importer : corrigez les lignes signalées ou collez une autre liste.',
  imported: (n: number, colleges: number) =>
    `${n === 1 ? '1 membre importé' : `${formatNumber(n)} membres importés`}${colleges > 0 ? `, ${plural(colleges, 'collège créé', 'collèges créés')}` : ''}.`,
});
