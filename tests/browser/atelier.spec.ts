/**
 * The questionnaires in the room: the workshop mode (three members on one device, one of them
 * anonymous, the hand-over screen hiding the answers, a reload, the synthesis on the device, the
 * export and the erasing), the phone-sized scale measured on a 390 × 844 screen, the QR codes of
 * the links and of the questionnaire, the warning before sharing a nearly empty result, and what the
 * synthesis says it read. axe-core must find nothing in any new state.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures.ts';

const COOPERATION = '/outils/autodiagnostic-cooperation/';
const POSTURE = '/outils/autodiagnostic-posture/';
const SYNTHESIS = '/outils/autodiagnostic-cooperation/synthese/';
const ECUEILS = '/outils/anticiper-les-ecueils/';
const SCALE = ['Pas du tout d’accord', 'Plutôt pas d’accord', 'Partagé', 'Plutôt d’accord', 'Tout à fait d’accord', 'Je ne sais pas'];
const STORED = 'faire-ensemble:atelier:cooperation';
/** A French sentence with its narrow no-break spaces, as a pattern (« : » → « \u202f: »). */
const fr = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ ([:;!?»])/g, '\u202f$1').replace(/« /g, '«\u202f'));

/** axe-core on the state, in the light colour scheme, and in the dark one too when `dark`. */
async function expectNoViolations(page: Page, state: string, dark = false) {
  for (const colorScheme of dark ? (['light', 'dark'] as const) : (['light'] as const)) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), `${state} (${colorScheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function openTool(page: Page, path = COOPERATION) {
  await page.goto(path);
  await expect(page.locator('.qz-app[data-ready]')).toBeVisible();
}

const heading = (page: Page) => page.locator('h2:focus');

/** Answers every screen: `choice(n)` is the index in SCALE for statement n (0-based). */
async function answerAll(page: Page, choice: (n: number) => number, finish: RegExp) {
  let n = 0;
  for (let step = 1; step <= 8; step += 1) {
    await expect(page.getByText(`Étape ${step} sur 8`, { exact: true })).toBeVisible();
    for (const fieldset of await page.locator('fieldset.qz-statement').all()) {
      await fieldset.getByLabel(SCALE[choice(n)]!, { exact: true }).check();
      n += 1;
    }
    await page.getByRole('button', { name: step === 8 ? finish : 'Suivant' }).click();
  }
  return n;
}

/** Mean of each dimension in the synthesis's table. */
const dimensionMeans = (page: Page) => page.locator('.qz-results table').first().locator('tbody tr td:nth-child(2)').allTextContents();

test.describe('mode atelier', () => {
  test('trois membres sur un appareil, réponses masquées, rechargement, synthèse, export et effacement', async ({ page }) => {
    test.setTimeout(360_000);
    await openTool(page);
    await page.getByRole('button', { name: 'Démarrer le mode atelier' }).click();
    await expect(heading(page)).toHaveText(fr('Mode atelier : un appareil pour tout le groupe'));
    await expect(page.getByText('Personne n’a encore répondu.')).toBeVisible();
    await expectNoViolations(page, 'atelier : session vide');

    // Member 1, Camille: « plutôt d’accord » everywhere except « pas du tout » on the first statement.
    await page.getByRole('button', { name: 'Au tour d’un membre' }).click();
    await expect(heading(page)).toHaveText('À vous de répondre');
    await expectNoViolations(page, 'atelier : prénom');
    await page.getByLabel('Votre prénom (facultatif)').fill('Camille');
    await page.getByRole('button', { name: 'Commencer mes réponses' }).click();
    await expect(heading(page)).toHaveText('Histoire et organisation');
    await answerAll(page, (n) => (n === 0 ? 0 : 3), /Terminer et masquer mes réponses/);

    // The hand-over screen: nothing of Camille's answers.
    const handover = page.getByTestId('handover');
    await expect(heading(page)).toHaveText('Merci, vos réponses sont enregistrées');
    await expect(handover).toContainText('Passez l’appareil à la personne suivante.');
    await expect(page.locator('input[type="radio"]')).toHaveCount(0);
    await expect(page.locator('.qz-app')).not.toContainText('Camille');
    await expect(page.locator('.qz-app')).not.toContainText('Plutôt d’accord');
    await expectNoViolations(page, 'atelier : écran de passage', true);

    // Member 2, anonymous: an empty form, nothing checked.
    await page.getByRole('button', { name: 'Je suis la personne suivante : commencer'.replace(' :', '\u202f:') }).click();
    await expect(page.getByLabel('Votre prénom (facultatif)')).toHaveValue('');
    await page.getByRole('button', { name: 'Commencer mes réponses' }).click();
    await expect(page.getByText('Étape 1 sur 8', { exact: true })).toBeVisible();
    await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
    await expect(page.getByText(/^0\sréponse sur 48$/)).toBeVisible();
    // Half-way through, the device is reloaded: the session and the turn in progress are kept.
    await page.locator('fieldset.qz-statement').first().getByLabel('Tout à fait d’accord', { exact: true }).check();
    await page.reload();
    await expect(page.locator('.qz-app[data-ready]')).toBeVisible();
    await expect(page.getByText('Une session d’atelier est enregistrée sur cet appareil.')).toBeVisible();
    await page.getByRole('button', { name: 'Reprendre l’atelier' }).click();
    await expect(page.getByTestId('workshop-members')).toHaveText(/Camille/);
    await expect(page.getByText(fr('Un membre anonyme n’a pas terminé (étape 1 sur 8).'))).toBeVisible();
    await page.getByRole('button', { name: 'Reprendre ce tour' }).click();
    await expect(page.locator('fieldset.qz-statement').first().getByLabel('Tout à fait d’accord', { exact: true })).toBeChecked();
    await answerAll(page, () => 4, /Terminer et masquer mes réponses/);
    await expect(page.getByTestId('handover')).toBeVisible();

    // Member 3: a first name already taken is refused with a message, then Malik.
    await page.getByRole('button', { name: /^Je suis la personne suivante/ }).click();
    await page.getByLabel('Votre prénom (facultatif)').fill('camille');
    await page.getByRole('button', { name: 'Commencer mes réponses' }).click();
    await expect(page.locator('#qz-ws-name-error')).toContainText('a déjà répondu dans cette session');
    await expect(page.getByLabel('Votre prénom (facultatif)')).toHaveAttribute('aria-invalid', 'true');
    await expectNoViolations(page, 'atelier : prénom refusé');
    await page.getByLabel('Votre prénom (facultatif)').fill('Malik');
    await page.getByRole('button', { name: 'Commencer mes réponses' }).click();
    await answerAll(page, (n) => (n === 0 ? 4 : 2), /Terminer et masquer mes réponses/);

    // The facilitator: the session, then the synthesis on the device.
    await page.getByRole('button', { name: /^Je suis l’animateur/ }).click();
    await expect(page.getByTestId('workshop-members').locator('li')).toHaveCount(3);
    await expect(page.getByTestId('workshop-members')).toContainText('Anonyme 1');
    await page.reload();
    await page.getByRole('button', { name: 'Reprendre l’atelier' }).click();
    await expect(page.getByText(/^3\smembres ont répondu\.$/)).toBeVisible();
    await page.getByRole('button', { name: 'Voir la synthèse collective' }).click();
    await expect(heading(page)).toHaveText(/^Synthèse collective de 3\smembres$/);
    const synthesis = page.getByTestId('workshop-synthesis');
    await expect(synthesis).toContainText(fr('Membres : Camille, Anonyme 1, Malik.'));
    // The first statement: 1, 5, 5: the most disputed, the first point to discuss.
    const paper = await page.locator('#version-papier tbody th').first().textContent();
    await expect(page.getByTestId('discussion-points').locator('li').first().locator('.qz-points__statement')).toHaveText(
      (paper ?? '').replace(/^\d+\.\s*/, '').trim(),
    );
    expect((await dimensionMeans(page)).length).toBe(8);
    await expectNoViolations(page, 'atelier : synthèse', true);

    // Export: a file with each member's result link, which the synthesis page reads.
    await page.getByRole('button', { name: 'Retour à la session' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporter la session (JSON)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^autodiagnostic-cooperation-atelier-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync((await file.path())!, 'utf8')) as { membres: { libelle: string; lien: string }[] };
    expect(exported.membres.map((m) => m.libelle)).toEqual(['Camille', 'Anonyme 1', 'Malik']);
    expect(exported.membres[0]!.lien).toMatch(new RegExp(`${COOPERATION}#r=[A-Za-z0-9_-]+$`));

    // Erase, with a confirmation that can be cancelled.
    await page.getByRole('button', { name: 'Effacer la session' }).click();
    await expect(page.locator('button:focus')).toHaveText('Oui, tout effacer');
    await expectNoViolations(page, 'atelier : confirmation d’effacement');
    await page.getByRole('button', { name: 'Annuler' }).click();
    await expect(page.locator('button:focus')).toHaveText('Effacer la session');
    expect(await page.evaluate((key) => localStorage.getItem(key), STORED)).not.toBeNull();
    await page.getByRole('button', { name: 'Effacer la session' }).click();
    await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
    await expect(heading(page)).toHaveText('Avant de commencer');
    await expect(page.getByRole('button', { name: 'Démarrer le mode atelier' })).toBeVisible();
    expect(await page.evaluate((key) => localStorage.getItem(key), STORED)).toBeNull();

    // The export, imported in the synthesis page, gives the same synthesis.
    await page.goto(SYNTHESIS);
    await expect(page.locator('.qz-app[data-ready]')).toBeVisible();
    await page.getByLabel('Ou importez les fichiers JSON exportés par les membres').setInputFiles((await file.path())!);
    await page.getByRole('button', { name: 'Construire la synthèse' }).click();
    await expect(heading(page)).toHaveText(/^Synthèse de 3\smembres$/);
    await expect(page.getByTestId('synthesis-read')).toHaveText(/^1\sfichier lu\.$/);
  });

  test('une session abîmée est signalée en français, effacée, et l’atelier repart', async ({ page }) => {
    await openTool(page, POSTURE);
    await page.evaluate(() => localStorage.setItem('faire-ensemble:atelier:posture', '{"format":1,"kind":"atelier","questionnaire":"posture","members":"?"}'));
    await page.reload();
    await page.getByRole('button', { name: 'Reprendre l’atelier' }).click();
    await expect(page.locator('.qz-notice[role="status"]')).toContainText('était illisible');
    await expect(page.getByText('Personne n’a encore répondu.')).toBeVisible();
    const stored = await page.evaluate(() => localStorage.getItem('faire-ensemble:atelier:posture'));
    expect(JSON.parse(stored ?? '{}')).toMatchObject({ format: 1, kind: 'atelier', questionnaire: 'posture', members: [] });
    await expectNoViolations(page, 'atelier : session illisible');
  });
});

test.describe('questionnaire sur un téléphone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('une affirmation et son échelle tiennent dans un écran ; les libellés complets restent annoncés', async ({ page }) => {
    await openTool(page);
    await page.getByRole('button', { name: 'Commencer' }).click();
    const heights: number[] = [];
    const screens: number[] = [];
    for (let step = 1; step <= 8; step += 1) {
      await expect(page.getByText(`Étape ${step} sur 8`, { exact: true })).toBeVisible();
      const statements = page.locator('fieldset.qz-statement');
      heights.push(...(await statements.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height))));
      screens.push(await page.locator('.qz-app').evaluate((el) => el.getBoundingClientRect().height));
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'pas de défilement horizontal').toBeLessThanOrEqual(390);
      await page.getByRole('button', { name: /^(Suivant|Voir mes résultats)$/ }).click();
    }
    expect(heights).toHaveLength(48);
    // Measured 217 to 299 px (264 to 396 px before the compact scale): about a third of the screen.
    for (const h of heights) expect(h).toBeLessThanOrEqual(844);
    expect(Math.max(...heights)).toBeLessThanOrEqual(330);
    // A whole screen of questions (up to 7 statements): measured at most 2 396 px (2 825 px before).
    expect(Math.max(...screens)).toBeLessThanOrEqual(2_550);
  });

  test('l’échelle compacte : cinq choix côte à côte, libellés courts visibles et complets pour les lecteurs d’écran', async ({ page }) => {
    await openTool(page);
    await page.getByRole('button', { name: 'Commencer' }).click();
    const first = page.locator('fieldset.qz-statement').first();
    await expect(first.getByRole('group')).toHaveCount(0);
    await expect(page.getByRole('group', { name: /Affirmation 1/ })).toHaveCount(1);
    const radios = first.getByRole('radio');
    await expect(radios).toHaveCount(6);
    for (const label of SCALE) await expect(first.getByRole('radio', { name: label, exact: true })).toHaveCount(1);
    // The five ratings on one row.
    const tops = await first.locator('.qz-scale:not(.qz-scale--other) .qz-option').evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    // What shows is the beginning of the label; every choice is at least 44 px wide and tall.
    await expect(first.locator('.qz-option').nth(1)).toHaveText('Plutôt pas d’accord');
    const rest = first.locator('.qz-option').nth(1).locator('.qz-option__rest');
    await expect(rest).toHaveText(' d’accord');
    expect((await rest.boundingBox())?.width).toBeLessThanOrEqual(1);
    for (const box of await first.locator('.qz-option').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()))) {
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    await first.getByRole('radio', { name: 'Partagé', exact: true }).check();
    await expectNoViolations(page, 'échelle compacte sur téléphone', true);
  });
});

/** Opens a QR code dialog from its button; checks the code, its text alternative and the way back. */
async function checkQrDialog(page: Page, button: Locator, expected: string | RegExp, state: string) {
  await button.click();
  const dialog = page.getByTestId('qr-dialog');
  await expect(dialog).toBeVisible();
  const image = dialog.getByRole('img');
  await expect(image).toHaveAttribute('aria-label', typeof expected === 'string' ? `QR code de l’adresse ${expected}` : expected);
  await expect(dialog.locator('svg path')).toHaveAttribute('d', /^M\d/);
  await expect(dialog.locator('figcaption')).toContainText(typeof expected === 'string' ? expected : 'http');
  await expect(dialog.getByRole('button', { name: 'Fermer' })).toBeFocused();
  await expectNoViolations(page, state, true);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(button).toBeFocused();
}

test.describe('QR codes et partage', () => {
  test('le questionnaire et un lien de résultat en QR code ; avertissement avant de partager un résultat presque vide', async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    await openTool(page);
    await checkQrDialog(page, page.getByRole('button', { name: 'Afficher le questionnaire en QR code' }), `${baseURL}${COOPERATION}`, 'QR code du questionnaire');

    // Through the questionnaire without answering: a warning instead of the link.
    await page.getByRole('button', { name: 'Commencer' }).click();
    for (let step = 1; step <= 8; step += 1) {
      await expect(page.getByText(`Étape ${step} sur 8`, { exact: true })).toBeVisible();
      await page.getByRole('button', { name: /^(Suivant|Voir mes résultats)$/ }).click();
    }
    await expect(heading(page)).toHaveText('Vos résultats');
    const warning = page.getByTestId('sparse-warning');
    await expect(warning).toContainText('Ce résultat dit encore peu de choses');
    await expect(warning).toContainText(/Vous avez répondu à 0\saffirmation sur 48/);
    await expect(page.getByTestId('share-link')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Afficher le lien en QR code' })).toHaveCount(0);
    await expectNoViolations(page, 'avertissement de partage', true);
    // Complete: back to the first screen with a missing answer.
    await warning.getByRole('button', { name: 'Compléter mes réponses' }).click();
    await expect(heading(page)).toHaveText('Histoire et organisation');
    await answerAll(page, (n) => n % 5, /Voir mes résultats/);
    await expect(page.getByTestId('sparse-warning')).toHaveCount(0);
    const link = await page.getByTestId('share-link').inputValue();
    await checkQrDialog(page, page.getByRole('button', { name: 'Afficher le lien en QR code' }), link, 'QR code du lien de résultat');
  });

  test('un résultat presque vide peut tout de même être partagé', async ({ page }) => {
    await openTool(page, POSTURE);
    await page.getByRole('button', { name: 'Commencer' }).click();
    await page.locator('fieldset.qz-statement').first().getByLabel('Partagé', { exact: true }).check();
    for (let step = 1; step <= 8; step += 1) {
      await expect(page.getByText(`Étape ${step} sur 8`, { exact: true })).toBeVisible();
      await page.getByRole('button', { name: /^(Suivant|Voir mes résultats)$/ }).click();
    }
    await expect(page.getByTestId('sparse-warning')).toContainText(/Vous avez répondu à 1\saffirmation sur/);
    await page.getByRole('button', { name: 'Partager quand même' }).click();
    await expect(page.getByTestId('share-link')).toBeFocused();
    await expect(page.getByTestId('share-link')).toHaveValue(/#r=/);
  });

  test('la synthèse dit combien de liens elle a lus et montre le questionnaire en QR code', async ({ page, baseURL }) => {
    await page.goto(SYNTHESIS);
    await expect(page.locator('.qz-app[data-ready]')).toBeVisible();
    await checkQrDialog(page, page.getByRole('button', { name: 'Afficher le questionnaire en QR code' }), `${baseURL}${COOPERATION}`, 'QR code sur la synthèse');
    await page.getByLabel('Liens ou codes des membres, un par ligne').fill(['pas un lien', 'AAAA'].join('\n'));
    await page.getByRole('button', { name: 'Construire la synthèse' }).click();
    await expect(page.getByTestId('synthesis-read')).toHaveText(/^0\slien lu, 2\signorés\u202f: ligne 1 et ligne 2\.$/);
  });

  test('« Anticiper les écueils » montre son lien de partage en QR code', async ({ page }) => {
    await page.goto(ECUEILS);
    await expect(page.locator('.ec[data-ready="true"]')).toBeVisible();
    await page.getByRole('button', { name: 'Créer un lien de partage' }).click();
    const link = await page.locator('#ec-share-link').inputValue();
    await checkQrDialog(page, page.getByRole('button', { name: 'Afficher le lien en QR code' }), link, 'écueils : QR code');
  });
});
