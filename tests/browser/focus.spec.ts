/**
 * Keyboard focus in the tools (issue 14): no action leaves the focus on <body>, the simulator's
 * « Voir le résultat » control reaches the outcome in one keypress, invalid numbers are announced
 * once and the result says it still uses the previous value, script-focused headings show a focus
 * outline, and the simulator and the synthesis can be used with the keyboard alone.
 */
import type { Page } from '@playwright/test';
import { test, expect, axeViolations, expectFocusKept, focusOutlineWidth, tabTo } from './fixtures.ts';
import { encode } from '../../src/lib/share/codec.ts';

const SIMULATOR = '/outils/simulateur-decision/';
const COOPERATION = '/outils/autodiagnostic-cooperation/';
const SYNTHESIS = '/outils/autodiagnostic-cooperation/synthese/';
const ECUEILS = '/outils/anticiper-les-ecueils/';

async function openSimulator(page: Page, fragment = '') {
  await page.goto(`${SIMULATOR}${fragment}`);
  await expect(page.locator('.ds')).toHaveAttribute('data-ready', 'true');
}

/** A share code of the cooperation questionnaire (44 statements, 3 bits each): answer n is `answer(n)` (1–5). */
function cooperationCode(answer: (n: number) => number): string {
  const packed = new Uint8Array(Math.ceil((44 * 3) / 8));
  for (let i = 0; i < 44; i += 1) {
    const code = answer(i);
    for (let b = 0; b < 3; b += 1) {
      if ((code >> (2 - b)) & 1) {
        const bit = i * 3 + b;
        packed[bit >> 3] = (packed[bit >> 3] ?? 0) | (0x80 >> (bit & 7));
      }
    }
  }
  return encode('coop', 1, new Uint8Array([0, 44, ...packed]));
}

/** Selects an option of the focused <select> with arrow keys only. */
async function arrowTo(page: Page, label: string) {
  const select = page.locator('select:focus');
  const options = await select.locator('option').allTextContents();
  const current = (await select.locator('option:checked').textContent()) ?? '';
  const delta = options.indexOf(label) - options.indexOf(current);
  expect(options.indexOf(label), `${label} dans ${options.join(' / ')}`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < Math.abs(delta); i += 1) await page.keyboard.press(delta > 0 ? 'ArrowDown' : 'ArrowUp');
  await expect(select.locator('option:checked')).toHaveText(label);
}

test.describe('focus au clavier', () => {
  test('simulateur : fermer, retirer, charger, partager ne laissent jamais le focus sur la page', async ({ page }) => {
    await openSimulator(page, '#s=AAAAbroken');
    const close = page.getByRole('button', { name: 'Fermer ce message' });
    await close.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expectFocusKept(page, 'Fermer ce message');
    await expect(page.getByLabel('Modèle', { exact: true })).toBeFocused();

    await page.getByRole('button', { name: /^Retirer Bruno/ }).focus();
    await page.keyboard.press('Enter');
    await expectFocusKept(page, 'retirer un membre');

    await page.getByRole('button', { name: 'Ajouter un collège' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Nom du collège' }).last()).toBeFocused();
    await page.getByRole('button', { name: /^Retirer le collège/ }).last().focus();
    await page.keyboard.press('Enter');
    await expectFocusKept(page, 'retirer un collège');

    await page.getByRole('button', { name: 'Charger ce modèle' }).focus();
    await page.keyboard.press('Enter');
    await expectFocusKept(page, 'charger un modèle');

    await page.getByRole('button', { name: 'Créer un lien de partage' }).focus();
    await page.keyboard.press('Enter');
    await expectFocusKept(page, 'créer un lien de partage');
  });

  test('simulateur : « Voir le résultat » mène au résultat en une touche, avec un contour visible', async ({ page }) => {
    await openSimulator(page);
    const skip = page.getByRole('button', { name: 'Voir le résultat' });
    // The control is the tool's first stop: one Tab back from the preset choice.
    await page.getByLabel('Modèle', { exact: true }).focus();
    await page.keyboard.press('Shift+Tab');
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    const outcome = page.locator('#ds-outcome-title');
    await expect(outcome).toBeFocused();
    await expect(outcome).toContainText('Résultat');
    expect(await focusOutlineWidth(page)).toBeGreaterThan(0);
    // The parts of the tool are headed regions.
    for (const name of ['Les membres et les collèges', 'La règle de décision', 'Le vote', 'Le pouvoir réel de chacun']) {
      await expect(page.getByRole('region', { name })).toHaveCount(1);
    }
  });

  test('simulateur : un seuil ou un poids non valide est annoncé une fois, et le résultat le dit', async ({ page }) => {
    await openSimulator(page);
    const announcer = page.getByTestId('ds-announcer');
    await page.getByRole('radio', { name: /^Majorité qualifiée/ }).check();
    await page.getByLabel('Seuil d’adoption').selectOption({ label: 'autre seuil…' });
    const custom = page.getByLabel(/^Seuil personnalisé/);
    await custom.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('60');
    await page.keyboard.press('Tab');
    await custom.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('abc');
    await expect(custom).toHaveAttribute('aria-invalid', 'true');
    // Not while typing.
    await expect(announcer).not.toContainText('n’est pas valide');
    await expect(page.locator(`#${await custom.getAttribute('id')}-error`)).toContainText(/valeur précédente\s*:\s*60/);
    await page.keyboard.press('Tab');
    await expect(announcer).toContainText('n’est pas valide');
    await expect(announcer).toContainText(/valeur précédente\s*:\s*60/);
    await expect(page.locator('.ds-outcome')).toContainText(/Seuil personnalisé.*n’est pas valide\s*: ce résultat utilise sa valeur précédente, 60/);
    expect(await axeViolations(page)).toEqual([]);

    // A weight too; fixing it clears the note in the result.
    const weight = page.getByLabel('Poids (voix ou capital)').first();
    await weight.fill('x');
    await weight.press('Tab');
    await expect(announcer).toContainText(/Poids \(voix ou capital\).*n’est pas valide/);
    await weight.fill('3');
    await custom.fill('70');
    await expect(page.locator('.ds-outcome .ds-error')).toHaveCount(0);
  });

  test('simulateur au clavier seul : modèle, membre, collège, poids, règle, positions, résultat, partage', async ({ page }) => {
    test.setTimeout(180_000);
    await openSimulator(page);
    const kb = page.keyboard;

    // Load a preset.
    await tabTo(page, page.getByLabel('Modèle', { exact: true }));
    await arrowTo(page, 'Collectif citoyen qui décide par consentement');
    await kb.press('Tab');
    await expect(page.getByRole('button', { name: 'Charger ce modèle' })).toBeFocused();
    await kb.press('Enter');
    await expect(page.getByTestId('ds-announcer')).toContainText('Modèle chargé');
    const cards = page.locator('.ds-cards:not(.ds-cards--colleges) > li');
    const count = await cards.count();

    // Add a college, then a member in it with a weight.
    await tabTo(page, page.getByRole('button', { name: 'Ajouter un collège' }));
    await kb.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Nom du collège' }).last()).toBeFocused();
    await kb.type('Habitants');
    await tabTo(page, page.getByRole('button', { name: 'Ajouter un membre' }));
    await kb.press('Enter');
    await expect(cards).toHaveCount(count + 1);
    await expect(page.getByRole('textbox', { name: 'Nom' }).last()).toBeFocused();
    await kb.type('Zoé');
    await kb.press('Tab');
    await expect(page.locator('select:focus')).toHaveCount(1);
    await arrowTo(page, 'Habitants');
    await kb.press('Tab');
    await kb.press('Control+A');
    await kb.type('2');
    await kb.press('Tab');
    await expect(page.getByLabel('Poids (voix ou capital)').last()).toHaveValue('2');

    // Change the rule: unanimity.
    // Tab enters the group on its checked radio (consent); the arrows move the choice.
    await tabTo(page, page.locator('input[name="ds-rule"]:checked'));
    await expect(page.getByRole('radio', { name: /^Consentement/ })).toBeFocused();
    await kb.press('ArrowUp');
    await expect(page.getByRole('radio', { name: 'Unanimité', exact: true })).toBeChecked();

    // Everyone for, then Zoé against.
    await tabTo(page, page.getByRole('button', { name: 'Tout le monde pour' }));
    await kb.press('Enter');
    await tabTo(page, page.getByRole('group', { name: 'Position de chaque membre' }).getByLabel(/^Zoé/));
    await arrowTo(page, 'contre');

    // Back to the top, then the result in one keypress.
    await kb.press('Shift+Tab');
    const skip = page.getByRole('button', { name: 'Voir le résultat' });
    await skip.evaluate((el) => el.scrollIntoView());
    for (let i = 0; i < 250 && !(await skip.evaluate((el) => el === document.activeElement)); i += 1) await kb.press('Shift+Tab');
    await expect(skip).toBeFocused();
    await kb.press('Enter');
    await expect(page.locator('#ds-outcome-title')).toBeFocused();
    await expect(page.locator('#ds-outcome-title')).toContainText('Proposition rejetée');

    // Share.
    await tabTo(page, page.getByRole('button', { name: 'Créer un lien de partage' }));
    await kb.press('Enter');
    await expect(page.getByLabel('Lien de partage du scénario')).toBeFocused();
    expect(new URL(page.url()).hash).toMatch(/^#s=/);
  });

  test('questionnaire : un lien des trois priorités mène à un titre qui montre le focus ; effacer garde le focus', async ({ page }) => {
    await page.goto(COOPERATION);
    await expect(page.locator('.qz-app[data-ready]')).toBeVisible();
    await page.getByRole('button', { name: 'Commencer' }).click();
    for (let step = 0; step < 8; step += 1) {
      await expect(page.getByText(`Étape ${step + 1} sur 8`, { exact: true })).toBeVisible();
      let n = 0;
      for (const fieldset of await page.locator('fieldset.qz-statement').all()) {
        await fieldset.getByRole('radio').nth((n + step) % 5).check();
        n += 1;
      }
      await page.getByRole('button', { name: /^(Suivant|Voir mes résultats)$/ }).click();
    }
    await expect(page.locator('h2:focus')).toHaveText('Vos résultats');
    const link = page.locator('.qz-priorities a').first();
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    const target = page.locator(`${await link.getAttribute('href')}`);
    await expect(target).toBeFocused();
    expect(await focusOutlineWidth(page)).toBeGreaterThan(0);

    // Erase: the confirmation and the erase itself keep the focus on something visible.
    await tabTo(page, page.getByRole('button', { name: /^Effacer/ }).first());
    await page.keyboard.press('Enter');
    await expectFocusKept(page, 'demander l’effacement');
    await page.keyboard.press('Enter');
    await expectFocusKept(page, 'effacer les réponses');
  });

  test('synthèse au clavier seul, sans perdre le focus', async ({ page }) => {
    await page.goto(SYNTHESIS);
    await expect(page.locator('.qz-app[data-ready]')).toBeVisible();
    const field = page.getByLabel('Liens ou codes des membres, un par ligne');
    await tabTo(page, field);
    const codes = [cooperationCode((n) => (n % 5) + 1), cooperationCode((n) => ((n + 2) % 5) + 1)];
    await page.keyboard.type(`${COOPERATION}#r=${codes[0]}`);
    await page.keyboard.press('Enter');
    await page.keyboard.type(codes[1]!);
    await tabTo(page, page.getByRole('button', { name: 'Construire la synthèse' }));
    await page.keyboard.press('Enter');
    const heading = page.locator('#qz-synth-title');
    await expect(heading).toBeFocused();
    await expect(heading).toHaveText('Synthèse de 2 membres');
    expect(await focusOutlineWidth(page)).toBeGreaterThan(0);
    await expect(page.getByTestId('discussion-points').locator('> li').first()).toBeVisible();
    await tabTo(page, page.getByRole('button', { name: 'Modifier la liste' }));
    await page.keyboard.press('Enter');
    await expect(field).toBeFocused();
  });

  test('anticiper les écueils : fermer le message et effacer gardent le focus', async ({ page }) => {
    await page.goto(`${ECUEILS}#r=AAAAbroken`);
    await expect(page.locator('.ec[data-ready="true"]')).toBeVisible();
    await page.getByRole('button', { name: 'Fermer ce message' }).focus();
    await page.keyboard.press('Enter');
    await expectFocusKept(page, 'fermer le message');
    await page.getByRole('button', { name: /^Effacer/ }).focus();
    await page.keyboard.press('Enter');
    await expectFocusKept(page, 'demander l’effacement');
    await tabTo(page, page.locator('.ec-confirm button').first());
    await page.keyboard.press('Enter');
    await expectFocusKept(page, 'effacer');
  });
});
