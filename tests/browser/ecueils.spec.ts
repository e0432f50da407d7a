/**
 * « Anticiper les écueils » in a real browser: answered by keyboard only, ranked as a
 * practitioner would advise, shared by link, robust to a corrupted link, exported, printable,
 * and accessible in light and dark modes.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures.ts';

const URL = '/outils/anticiper-les-ecueils/';

async function open(page: Page, hash = '') {
  await page.goto(`${URL}${hash}`);
  await expect(page.locator('.ec[data-ready="true"]')).toBeVisible();
}

/** Selects one answer of a question with the keyboard: focus its group, then arrows to the choice. */
async function answerByKeyboard(page: Page, question: RegExp, choice: string) {
  const group = page.getByRole('group', { name: question });
  const radios = group.getByRole('radio');
  const labels = await radios.evaluateAll((els) => els.map((el) => el.closest('label')?.textContent?.trim() ?? ''));
  const target = labels.indexOf(choice);
  expect(target, `${choice} in ${labels.join(' / ')}`).toBeGreaterThanOrEqual(0);
  await radios.first().focus();
  // The first arrow press from an unchecked group checks the first radio; then move on.
  await page.keyboard.press('Space');
  for (let i = 0; i < target; i++) await page.keyboard.press('ArrowRight');
  await expect(radios.nth(target)).toBeChecked();
}

const forms = (page: Page) => page.locator('.ec-form h5').allTextContents();

test.describe('anticiper les écueils', () => {
  test('un collectif qui embauche et vend des repas, avec la commune comme membre : la SCIC en tête, au clavier', async ({ page }) => {
    await open(page);
    await expect(page.getByText('Une orientation, pas un conseil juridique.')).toBeVisible();
    await answerByKeyboard(page, /gérer de l’argent ou des biens en commun/, 'Oui');
    await answerByKeyboard(page, /embaucher lui-même/, 'Oui');
    await answerByKeyboard(page, /vendre des biens ou des services/, 'Oui, à des clients extérieurs (habitants, entreprises, acheteurs publics)');
    await answerByKeyboard(page, /collectivités ou d’autres personnes publiques/, 'Oui, comme membres à part entière');
    await answerByKeyboard(page, /accueillir des habitants/, 'Oui');
    await answerByKeyboard(page, /redistribuer une partie des excédents/, 'Non');
    await answerByKeyboard(page, /détenir la majorité du capital/, 'Non');
    await expect(page.getByText(/7\u00a0questions répondues sur 14/)).toBeVisible();

    const ranking = await forms(page);
    expect(ranking[0]).toMatch(/^SCIC.*À étudier en priorité/);
    expect(ranking.find((f) => f.startsWith('Convention de partenariat'))).toMatch(/À écarter/);
    // Every vigilance point leads to a guide section and to a source.
    const points = page.locator('.ec-point');
    await expect(points.filter({ hasText: 'Vérifier si l’activité vendue est lucrative' })).toHaveCount(1);
    await expect(points.filter({ hasText: 'Respecter la part des collectivités au capital d’une SCIC' })).toHaveCount(1);
    for (const point of await points.all()) {
      await expect(point.locator('a[href^="/guides/"]')).toHaveCount(1);
      expect(await point.locator('.ec-facts a[href^="http"]').count()).toBeGreaterThan(0);
    }
    // No past year's threshold shown as current: the franchise carries its year.
    await expect(points.filter({ hasText: 'seuil de franchise' }).locator('.ec-facts')).toContainText(/pour 20\d\d/);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('« je ne sais pas » devient un point à clarifier, et les réponses survivent au rechargement', async ({ page }) => {
    await open(page);
    await answerByKeyboard(page, /vendre des biens ou des services/, 'Je ne sais pas');
    await expect(page.locator('.ec-point').filter({ hasText: 'Vérifier si l’activité vendue est lucrative' })).toContainText('À clarifier');
    await page.reload();
    await expect(page.locator('.ec[data-ready="true"]')).toBeVisible();
    await expect(page.getByRole('group', { name: /vendre des biens/ }).getByRole('radio', { name: 'Je ne sais pas' })).toBeChecked();
    // Erase: confirmation, then focus goes back to a visible control, never to <body>.
    await page.getByRole('button', { name: 'Effacer mes réponses' }).click();
    await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
    await expect(page.getByRole('group', { name: /vendre des biens/ }).getByRole('radio', { name: 'Je ne sais pas' })).not.toBeChecked();
    await expect(page.getByRole('button', { name: 'Effacer mes réponses' })).toBeFocused();
  });

  test('le lien de partage rouvre les mêmes réponses ; un lien corrompu donne un message clair', async ({ page, context }) => {
    await open(page);
    await answerByKeyboard(page, /Des salariés d’un membre vont-ils travailler/, 'Oui');
    await answerByKeyboard(page, /embaucher lui-même/, 'Oui');
    const ranking = await forms(page);
    await page.getByRole('button', { name: 'Créer un lien de partage' }).click();
    const link = await page.getByLabel('Lien de partage de vos réponses').inputValue();
    expect(link).toMatch(/#r=[A-Za-z0-9_-]+$/);

    const other = await context.newPage();
    await other.goto(link);
    await expect(other.locator('.ec[data-ready="true"]')).toBeVisible();
    await expect(other.getByRole('status').filter({ hasText: 'Réponses ouvertes depuis un lien de partage' })).toBeVisible();
    expect(await forms(other)).toEqual(ranking);
    expect(ranking[0]).toMatch(/^Groupement d’employeurs/);

    const code = link.split('#r=')[1] ?? '';
    const flipped = `${code.slice(0, 10)}${code[10] === 'A' ? 'B' : 'A'}${code.slice(11)}`;
    await open(other, `#r=${flipped}`);
    await expect(other.getByRole('alert')).toContainText('Le lien de partage n’a pas pu être ouvert.');
    expect(await axeViolations(other)).toEqual([]);
    await other.getByRole('button', { name: 'Fermer ce message' }).click();
    await expect(other.getByRole('alert')).toHaveCount(0);
    await expect(other.getByRole('heading', { name: 'Ce que le collectif prévoit de faire ensemble' })).toBeFocused();
    await answerByKeyboard(other, /citoyens|habitants/, 'Oui');
  });

  test('exports CSV et JSON, impression du résultat et de la version papier, mode sombre', async ({ page }) => {
    await open(page);
    await answerByKeyboard(page, /répondre ensemble à des marchés publics/, 'Oui');
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger en CSV (tableur)' }).click();
    const csvFile = await csvDownload;
    expect(csvFile.suggestedFilename()).toMatch(/^anticiper-les-ecueils-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await csvFile.path()) ?? '', 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Connaître les seuils de la commande publique;Vous concerne');

    const jsonDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger en JSON' }).click();
    const json = JSON.parse(readFileSync((await (await jsonDownload).path()) ?? '', 'utf8')) as { vigilances: { id: string }[] };
    expect(json.vigilances.map((v) => v.id)).toContain('marches-seuils');

    await page.evaluate(() => (document.documentElement.dataset['print'] = 'resultats'));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.ec-results')).toBeVisible();
    await expect(page.locator('.ec-questions')).toBeHidden();
    await page.evaluate(() => (document.documentElement.dataset['print'] = 'papier'));
    await expect(page.locator('#version-papier')).toBeVisible();
    await expect(page.locator('.ec-results')).toBeHidden();

    await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
    expect(await axeViolations(page), 'mode sombre').toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('sans JavaScript : la version papier et l’avertissement restent lisibles', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(URL);
    await expect(page.getByText('Une orientation, pas un conseil juridique.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Version papier' })).toBeVisible();
    await expect(page.locator('#version-papier')).toContainText('Connaître les seuils de la commande publique');
    await context.close();
  });
});
