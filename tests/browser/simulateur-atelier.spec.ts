/**
 * The simulator set up in a workshop: an empty scenario, a 30-member board pasted from a
 * spreadsheet (preview, bad lines, import of the good ones), quotas typed as fractions, the
 * warning beside a college above half the votes, the 60-member limit told to screen readers, and
 * the draft clause shown, copied and printed alone. Every new state is checked with axe-core; the
 * fixtures fail on any CSP violation, console error or foreign request.
 */
import type { Page } from '@playwright/test';
import { loadPreset, openSimulator as open, plain } from './simulator-page.ts';
import { test, expect, axeViolations, readClipboard, recordClipboard } from './fixtures.ts';
import { largestScenarioLink } from './largest-scenario.ts';

/** A sentence written with plain spaces, matched whatever spaces French typography put in. */
const fr = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*'));

/** The ids an element's aria-describedby names, and the text of those elements. */
async function description(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const ids = (el?.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return ids.map((id) => document.getElementById(id)?.textContent ?? `#${id} absent`).join(' | ');
  }, selector);
}

const cards = (page: Page) => page.locator('.ds-cards:not(.ds-cards--colleges) > li');

/** A board of 30, as a spreadsheet copies it: header, tabs, decimal commas, and four bad lines. */
const COLLEGES = ['Salariés', 'Bénéficiaires', 'Partenaires'];
const GOOD = Array.from({ length: 30 }, (_, i) => `Membre ${String(i + 1).padStart(2, '0')}\t${COLLEGES[i % 3]}\t${i % 5 === 0 ? '1,5' : '1'}`);
const BOARD = [
  'Nom\tCollège\tVoix',
  ...GOOD.slice(0, 3),
  '\tSalariés\t1', // line 5: no name
  ...GOOD.slice(3, 10),
  'Didier\tSalariés\tdouze', // line 13: not a number
  ...GOOD.slice(10, 20),
  'Eva\tBénéficiaires\t-2', // line 24: negative
  '',
  ...GOOD.slice(20),
  `${'Nom très long '.repeat(5)}\tPartenaires\t1`, // line 36: name too long
].join('\n');

test.describe('simulateur de décision en atelier', () => {
  test('part d’un scénario vide', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'Partir d’un scénario vide' }).click();
    await expect(cards(page)).toHaveCount(0);
    await expect(page.locator('.ds-cards--colleges')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Ajouter un membre' })).toBeFocused();
    await expect(page.getByTestId('ds-announcer')).toContainText('Scénario vide');
    await expect(page.locator('.ds-outcome')).toContainText('Aucun membre : ajoutez au moins un membre');
    await expect(page.getByRole('radio', { name: 'Majorité simple des suffrages exprimés' })).toBeChecked();
    expect(await axeViolations(page)).toEqual([]);
    // The tool works from there.
    await page.getByRole('button', { name: 'Ajouter un membre' }).click();
    await expect(cards(page)).toHaveCount(1);
    await expect(page.locator('.ds-outcome h4')).toContainText('Proposition adoptée');
  });

  test('importe un conseil de 30 membres collé depuis un tableur, avec aperçu et lignes en erreur', async ({ page }) => {
    // axe-core on a page of 30 member cards, twice: slow on a loaded machine.
    test.slow();
    await open(page);
    await page.getByRole('button', { name: 'Coller une liste depuis un tableur' }).click();
    await expect(page.getByRole('button', { name: 'Coller une liste depuis un tableur' })).toHaveAttribute('aria-expanded', 'true');
    const field = page.getByLabel('Liste à coller');
    await expect(field).toBeFocused();
    await page.keyboard.insertText(BOARD);

    const panel = page.getByRole('group', { name: 'Coller une liste de membres' });
    await expect(panel.locator('.ds-paste__preview')).toContainText(fr('30 membres prêts à importer, 4 lignes en erreur.'));
    expect(plain(await panel.locator('.ds-paste__preview > p').first().textContent())).toContain(
      'Lu : cellules séparées par des tabulations ; colonnes nom, collège et poids (titres en ligne 1).',
    );
    const problems = (await panel.locator('.ds-paste__problems li').allTextContents()).map(plain);
    expect(problems).toEqual([
      'Ligne 5 : Le nom est vide.',
      'Ligne 13 : Le poids « douze » n’est pas un nombre : écrivez par exemple 12 ou 12,5.',
      'Ligne 24 : Le poids « -2 » est négatif : il doit être positif ou nul.',
      'Ligne 36 : Le nom « Nom très long Nom très long N… » dépasse 60 caractères.',
    ]);
    const preview = panel.getByRole('region', { name: 'Aperçu des membres prêts à importer' });
    await expect(preview.locator('tbody tr')).toHaveCount(30);
    expect((await preview.locator('tbody tr').first().locator('th, td').allTextContents()).map(plain)).toEqual(['2', 'Membre 01', 'Salariés', '1,5']);
    await expect(panel).toContainText('Collèges créés à l’import');
    // Read to screen readers once the paste settles.
    await expect(page.getByTestId('ds-announcer')).toContainText('30 membres prêts à importer, 4 lignes en erreur.');
    expect(await axeViolations(page)).toEqual([]);

    // Nothing changed before the import.
    await expect(cards(page)).toHaveCount(6);
    await panel.getByRole('button', { name: 'Importer ces 30 membres' }).click();
    await expect(cards(page)).toHaveCount(30);
    await expect(page.locator('.ds-cards--colleges > li')).toHaveCount(3);
    await expect(page.getByTestId('ds-announcer')).toContainText('30 membres importés, 3 collèges créés.');
    await expect(panel).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Coller une liste depuis un tableur' })).toBeFocused();
    await expect(page.locator('#ds-m-m1-name')).toHaveValue('Membre 01');
    await expect(page.locator('#ds-m-m1-weight')).toHaveValue('1,5');
    await expect(page.locator('#ds-m-m2-college option:checked')).toHaveText('Bénéficiaires');
    await expect(page.locator('.ds-hint').filter({ hasText: 'membres sur 60' })).toContainText('30 membres sur 60 au plus.');
    // Equal college shares, totalling 100 %.
    for (const id of ['c1', 'c2', 'c3']) await expect(page.locator(`#ds-c-${id}-share`)).toHaveValue('33,33');
    // The vote by colleges counts the imported board.
    await page.getByRole('radio', { name: 'Vote par collèges, lecture proportionnelle' }).check();
    await expect(page.locator('.ds-outcome h4')).toContainText('Proposition adoptée');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('ajoute une liste collée après les membres actuels, jusqu’à 60', async ({ page }) => {
    await open(page, `#s=${largestScenarioLink({ kind: 'simple' }, 30)}`);
    await expect(cards(page)).toHaveCount(30);
    await page.getByRole('button', { name: 'Coller une liste depuis un tableur' }).click();
    const panel = page.getByRole('group', { name: 'Coller une liste de membres' });
    await page.getByRole('radio', { name: 'ajouter ces membres après les membres actuels' }).check();
    await page.getByLabel('Liste à coller').focus();
    await page.keyboard.insertText(`${GOOD.map((line) => line.replace(/Bénéficiaires|Partenaires/, 'salaries')).join('\n')}\nEn trop\tSalariés\t1`);
    await expect(panel.locator('.ds-paste__preview')).toContainText('30 membres prêts à importer, 1 ligne en erreur.');
    expect((await panel.locator('.ds-paste__problems li').allTextContents()).map(plain)).toEqual([
      'Ligne 31 : Ce membre n’est pas importé : le simulateur accepte 60 membres au plus, il reste de la place pour 30 membres, et les lignes précédentes les occupent déjà.',
    ]);
    await expect(panel).not.toContainText('Collèges créés');
    await panel.getByRole('button', { name: 'Importer ces 30 membres' }).click();
    await expect(cards(page)).toHaveCount(60);
    // Their colleges were matched by name: none was created.
    await expect(page.locator('.ds-cards--colleges > li')).toHaveCount(4);
    await expect(page.locator('#ds-m-m31-college option:checked')).toHaveText('Salariés');
  });

  test('au maximum de 60 membres, le bouton d’ajout dit pourquoi il est inactif', async ({ page }) => {
    // axe-core on a page of 60 member cards: slow on a loaded machine.
    test.slow();
    await open(page, `#s=${largestScenarioLink({ kind: 'simple' })}`);
    await expect(cards(page)).toHaveCount(60);
    const add = page.getByRole('button', { name: 'Ajouter un membre' });
    await expect(add).toHaveAttribute('aria-disabled', 'true');
    // Still in the keyboard's path: not disabled, only marked so.
    await expect(add).not.toHaveAttribute('disabled');
    await add.focus();
    await expect(add).toBeFocused();
    expect(plain(await description(page, '#ds-add-member'))).toBe('60 membres : c’est le maximum du simulateur. Retirez un membre pour en ajouter un autre.');
    await expect(page.locator('#ds-add-member-limit')).toBeVisible();
    // Pressed from the keyboard, it says why and adds nothing.
    await page.keyboard.press('Enter');
    await expect(cards(page)).toHaveCount(60);
    await expect(page.getByTestId('ds-announcer')).toContainText('60 membres : c’est le maximum du simulateur.');
    expect(await axeViolations(page)).toEqual([]);
    // One removed, the button works again and the sentence goes.
    await page.getByRole('button', { name: 'Retirer Membre 60' }).click();
    await expect(add).not.toHaveAttribute('aria-disabled', 'true');
    await expect(page.locator('#ds-add-member-limit')).toHaveCount(0);
    await add.click();
    await expect(cards(page)).toHaveCount(60);
  });

  test('garde une fraction comme 16/30 et dit « 16 voix sur 30 »', async ({ page }) => {
    await open(page);
    await loadPreset(page, /PTCE de huit structures/);
    // A custom threshold typed as a fraction.
    await page.getByLabel('Seuil d’adoption').selectOption('custom');
    const custom = page.getByLabel(/^Seuil personnalisé/);
    await custom.fill('16/30');
    await expect(page.locator('#ds-threshold-custom-ratio')).toHaveText(/16 voix sur 30, soit 53,33\s%\./);
    expect(plain(await description(page, '#ds-threshold-custom'))).toBe('16 voix sur 30, soit 53,33 %.');
    await custom.blur();
    await expect(custom).toHaveValue('16/30');
    await expect(page.locator('.ds-rule-summary')).toContainText(/adoptée avec au moins 16 voix sur 30 \(53,3\s%\) des suffrages exprimés/);
    // Leaving the rule and coming back keeps the fraction.
    await page.getByRole('radio', { name: 'Unanimité' }).check();
    await page.getByRole('radio', { name: /Majorité qualifiée/ }).check();
    // The qualified majority starts again at 2/3 when another rule was chosen in between.
    await expect(page.getByLabel('Seuil d’adoption')).toHaveValue('2/3');

    // A quorum typed as a fraction of the members.
    await page.getByLabel('Exiger un quorum').check();
    const quorum = page.getByLabel('Quorum (en % ou fraction)');
    await quorum.fill('5/8');
    await expect(page.locator('#ds-quorum-fraction-ratio')).toHaveText(/5 membres sur 8, soit 62,5\s%\./);
    await quorum.blur();
    await expect(quorum).toHaveValue('5/8');
    expect(await axeViolations(page)).toEqual([]);
    // A percentage again: the fraction goes.
    await quorum.fill('60');
    await expect(page.locator('#ds-quorum-fraction-ratio')).toHaveCount(0);
  });

  test('dit tout de suite, à côté du champ, qu’un collège dépasserait la moitié des voix', async ({ page }) => {
    await open(page);
    await loadPreset(page, 'SCIC à quatre collèges');
    await page.getByLabel(/Il s’agit d’une SCIC/).uncheck();
    const share = page.locator('#ds-c-c1-share');
    await expect(page.locator('#ds-c-c1-share-warning')).toHaveCount(0);
    await share.fill('55');
    const warning = page.locator('#ds-c-c1-share-warning');
    await expect(warning).toHaveText(/Avec 55\s% des voix, ce collège en détiendrait plus de la moitié\s: il l’emporterait à lui seul sur tous les autres réunis\./);
    // In a live region, and named by the field.
    await expect(page.locator('.ds-cards--colleges > li').first().locator('[aria-live="polite"]')).toContainText('55');
    expect(plain(await description(page, '#ds-c-c1-share'))).toContain('Avec 55 % des voix');
    expect(await axeViolations(page)).toEqual([]);
    // Typed as a fraction: 16 votes out of 30.
    await share.fill('16/30');
    await expect(warning).toContainText(/Avec 53,33\s% des voix/);
    await expect(page.locator('#ds-c-c1-share-ratio')).toHaveText(/16 voix sur 30, soit 53,33\s%\./);
    // For a SCIC, the ceiling of the law; said once, beside the field.
    await page.getByLabel(/Il s’agit d’une SCIC/).check();
    await expect(warning).toContainText(/dépasserait le plafond d’une SCIC\s: aucun collège ne peut y détenir plus de 50\s% des voix\./);
    await expect(page.locator('.ds-card--problem')).toHaveCount(1);
    await expect(page.locator('.ds-card--problem .ds-error')).toHaveCount(0);
    await share.fill('50');
    await expect(warning).toHaveCount(0);
    await expect(page.locator('#ds-c-c1-share')).not.toHaveAttribute('aria-describedby', /warning/);
  });

  test('rédige un projet de clause, le copie et l’imprime seul', async ({ page, context }) => {
    // axe-core twice on the whole page with the clause open: slow on a loaded machine.
    test.slow();
    await recordClipboard(context);
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', document.documentElement.dataset['print'] ?? '');
    });
    await open(page);
    await loadPreset(page, 'SCIC à quatre collèges');
    await page.getByRole('button', { name: 'Rédiger un projet de clause' }).click();
    const clause = page.locator('.ds-clause-doc');
    await expect(page.locator('#ds-clause-heading')).toBeFocused();
    await expect(page.locator('#ds-clause-heading')).toHaveText(/Article \[n\] – Décisions de l’assemblée générale/);
    await expect(clause).toContainText('Un projet à faire relire, pas un conseil juridique.');
    await expect(clause).toContainText('l’union régionale des Scop et des Scic (URSCOP)');
    expect((await clause.locator('.ds-clause__text li').allTextContents()).map(plain)).toEqual([
      'le collège « Salariés » : 30 % des voix ;',
      'le collège « Producteurs » : 20 % des voix ;',
      'le collège « Bénéficiaires et usagers » : 30 % des voix ;',
      'le collège « Collectivités et partenaires » : 20 % des voix.',
    ]);
    await expect(clause).toContainText(/Aucun collège ne peut détenir plus de 50\s% ni moins de 10\s% du total des droits de vote/);
    await expect(clause).toContainText(/Loi n° 47-1775 du 10 septembre 1947, art\. 19 octies/);
    // The law beside it comes from the facts registry, with its source and check date.
    const law = clause.locator('.ds-clause__law li');
    await expect(law.filter({ hasText: 'Les collèges d’une SCIC' })).toContainText(/vérifié le \d/);
    await expect(law.filter({ hasText: 'Les collèges d’une SCIC' }).getByRole('link')).toHaveAttribute('href', /legifrance\.gouv\.fr/);
    expect(await axeViolations(page)).toEqual([]);

    // The clause follows the rule: consent brings its objection procedure.
    await page.getByRole('radio', { name: /^Consentement/ }).check();
    await expect(clause).toContainText('Les décisions de l’assemblée générale sont prises par consentement');
    await expect(clause).toContainText('[À préciser : si l’objection n’est pas levée');
    await page.getByLabel('Instance qui décide').selectOption({ label: 'le conseil d’administration' });
    await page.getByRole('radio', { name: 'au règlement intérieur' }).check();
    await expect(clause).toContainText('Projet de clause pour le règlement intérieur');
    await expect(page.locator('#ds-clause-heading')).toHaveText(/Décisions du conseil d’administration/);
    expect(await axeViolations(page)).toEqual([]);

    // Copied as plain text, the notice first.
    await page.getByRole('button', { name: 'Copier la clause' }).click();
    await expect(page.getByTestId('ds-announcer')).toContainText('Clause copiée');
    const copied = (await readClipboard(page))['text/plain'] ?? '';
    expect(plain(copied.split('\n')[0] ?? '')).toBe('[Projet à faire relire avant adoption ; ce n’est pas un conseil juridique.]');
    expect(copied).toContain('Article [n] – Décisions du conseil d’administration');
    expect(copied).toContain('– la personne qui porte la proposition la présente');

    // Printed alone: the print button marks the page, the print view shows the clause and nothing else.
    await page.getByRole('button', { name: 'Imprimer la clause' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-printed', 'clause');
    await page.evaluate(() => (document.documentElement.dataset['print'] = 'clause'));
    await page.emulateMedia({ media: 'print' });
    await expect(clause).toBeVisible();
    await expect(clause.locator('.ds-legal')).toBeVisible();
    for (const hidden of ['#contenu > .lead', '.ds-outcome', '#ds-power-members', '.ds-clause__options', 'header', 'footer', '#les-regles']) {
      await expect(page.locator(hidden).first(), hidden).toBeHidden();
    }
    await expect(page.getByRole('button', { name: 'Copier la clause' })).toBeHidden();
    // The simulator's own print leaves the clause out.
    await page.evaluate(() => (document.documentElement.dataset['print'] = 'simulateur'));
    await expect(clause).toBeHidden();
    await expect(page.locator('.ds-outcome')).toBeVisible();
  });

  test('sans presse-papiers, sélectionne la clause et dit comment la copier', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('refusé')) } });
      document.execCommand = () => false;
    });
    await open(page);
    await page.getByRole('button', { name: 'Rédiger un projet de clause' }).click();
    await page.getByRole('button', { name: 'Copier la clause' }).click();
    const message = page.locator('.ds-clause .ds-warning');
    await expect(message).toContainText('La copie automatique n’a pas fonctionné : le texte de la clause est sélectionné');
    await expect(page.getByTestId('ds-announcer')).toContainText('La copie automatique n’a pas fonctionné');
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(plain(selected)).toContain('Article [n] – Décisions de l’assemblée générale');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('montre le lien du scénario en QR code, avec son texte, et rend le focus en fermant', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'Créer un lien de partage' }).click();
    const link = await page.locator('#ds-share-link').inputValue();
    expect(link).toMatch(/#/);
    const button = page.getByRole('button', { name: 'Afficher le lien en QR code' });
    await button.click();
    const dialog = page.getByTestId('qr-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading')).toHaveText('QR code du scénario');
    await expect(dialog.getByRole('img')).toHaveAttribute('aria-label', `QR code de l’adresse ${link}`);
    await expect(dialog.locator('figcaption')).toContainText(link);
    await expect(dialog.getByRole('button', { name: 'Fermer' })).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(button).toBeFocused();
  });
});
