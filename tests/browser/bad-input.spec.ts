/**
 * Bad input in a real browser, where the unit tests cannot reach: what the tools saved in the
 * browser is corrupt or of another shape, a shared link carries what an e-mail client added to it,
 * a weight typed is absurd, a pasted list mixes links with junk. Each tool says what happened in
 * French and keeps working. (The property tests of src/lib cover the decoders themselves; the
 * damaged links of every tool are in their own specs.)
 */
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures.ts';
import { ANSWERS_LINKS, SCENARIO_LINKS } from '../unit/golden/share-links.v1.ts';

const ECUEILS = '/outils/anticiper-les-ecueils/';
const ECUEILS_KEY = 'faire-ensemble:anticiper-les-ecueils';
const COOPERATION = '/outils/autodiagnostic-cooperation/';
const COOPERATION_KEY = 'faire-ensemble:questionnaire:cooperation';
const SYNTHESIS = '/outils/autodiagnostic-cooperation/synthese/';

/** Text with every kind of space made ordinary. */
const plain = (text: string | null) => (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

async function saveThenReload(page: Page, key: string, value: string, ready: string): Promise<void> {
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, value] as const);
  await page.reload();
  await expect(page.locator(ready)).toBeVisible();
}

test.describe('mauvaises entrées', () => {
  test('« Anticiper les écueils » : des réponses enregistrées illisibles ou d’une autre version sont signalées une fois, l’outil reste utilisable', async ({ page }) => {
    const ready = '.ec[data-ready="true"]';
    await page.goto(ECUEILS);
    await expect(page.locator(ready)).toBeVisible();
    for (const [saved, message] of [
      ['{"format":1,"version":1,"answers":', 'étaient illisibles'],
      ['["vendre","oui"]', 'étaient illisibles'],
      ['{"format":1,"version":0,"savedAt":"2026-01-01T00:00:00.000Z","answers":{"vendre":"non"}}', 'version précédente'],
    ] as const) {
      await saveThenReload(page, ECUEILS_KEY, saved, ready);
      await expect(page.getByRole('alert')).toContainText(message);
      expect(await page.evaluate((k) => localStorage.getItem(k), ECUEILS_KEY)).toBeNull();
      await page.reload();
      await expect(page.locator(ready)).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
    }
    // Answers that name no question or no choice are left out; the others are kept.
    await saveThenReload(page, ECUEILS_KEY, '{"format":1,"version":1,"answers":{"vendre":"peut-etre","embaucher":"oui","fantome":"oui","__proto__":"x"}}', ready);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('group', { name: /embaucher lui-même/ }).getByRole('radio', { name: 'Oui', exact: true })).toBeChecked();
    await expect(page.getByRole('group', { name: /vendre des biens ou des services/ }).getByRole('radio', { checked: true })).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('« Anticiper les écueils » et simulateur : un lien copié avec un point final ou entre chevrons s’ouvre', async ({ page }) => {
    await page.goto(ECUEILS);
    await expect(page.locator('.ec[data-ready="true"]')).toBeVisible();
    await page.getByRole('group', { name: /embaucher lui-même/ }).getByRole('radio', { name: 'Oui', exact: true }).check();
    await page.getByRole('button', { name: 'Créer un lien de partage' }).click();
    const link = await page.getByLabel('Lien de partage de vos réponses').inputValue();
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${link}.`);
    await expect(page.getByRole('status').filter({ hasText: 'Réponses ouvertes depuis un lien de partage' })).toBeVisible();
    await expect(page.getByRole('group', { name: /embaucher lui-même/ }).getByRole('radio', { name: 'Oui', exact: true })).toBeChecked();

    const golden = SCENARIO_LINKS[0]!;
    for (const suffix of ['.', '>', '%C2%BB']) {
      await page.goto(`${golden.link}${suffix}`);
      await expect(page.locator('.ds')).toHaveAttribute('data-ready', 'true');
      await expect(page.locator('.ds-notice')).toContainText('Scénario ouvert depuis un lien de partage');
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expect(page.locator('.ds-cards:not(.ds-cards--colleges) > li')).toHaveCount(golden.scenario.members.length);
    }
  });

  test('simulateur : un poids absurde est refusé avec un message clair, le calcul garde la valeur précédente', async ({ page }) => {
    await page.goto('/outils/simulateur-decision/');
    await expect(page.locator('.ds')).toHaveAttribute('data-ready', 'true');
    const weight = page.getByLabel('Poids (voix ou capital)').first();
    const error = page.locator(`#${await weight.getAttribute('id')}-error`);
    for (const absurd of ['1e308', 'Infinity', 'NaN', '-3', '1 000 000 000 000 001', '9'.repeat(400)]) {
      await weight.fill(absurd);
      await expect(weight, absurd).toHaveAttribute('aria-invalid', 'true');
      expect(plain(await error.textContent())).toContain('Saisissez un nombre positif d’au plus 1 000 000 000 000, par exemple 12,5.');
    }
    await weight.fill('1 000 000 000 000');
    await expect(weight).not.toHaveAttribute('aria-invalid');
    await weight.press('Tab');
    await expect(weight).toHaveValue('1\u00a0000\u00a0000\u00a0000\u00a0000');
    await expect(page.locator('.ds-outcome')).not.toContainText(/NaN|Infinity|undefined/);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('autodiagnostic : une progression enregistrée illisible est signalée une fois ; la synthèse trie un collage mêlé de déchets', async ({ page }) => {
    await page.goto(COOPERATION);
    await expect(page.locator('.qz-app[data-ready]')).toBeVisible();
    await saveThenReload(page, COOPERATION_KEY, '{"format":1,"questionnaire":"cooperation","version":2,"step":"x","savedAt":"hier","answers":[]}', '.qz-app[data-ready]');
    await expect(page.locator('.qz-notice[role="status"]')).toContainText('illisibles');
    await page.reload();
    await expect(page.locator('.qz-app[data-ready]')).toBeVisible();
    await expect(page.locator('.qz-notice[role="status"]')).toHaveCount(0);

    const v1 = ANSWERS_LINKS.find((g) => g.questionnaire === 'cooperation' && g.name === undefined)!;
    const code = v1.link.slice(v1.link.indexOf('#r=') + 3);
    await page.goto(SYNTHESIS);
    await expect(page.locator('.qz-app[data-ready]')).toBeVisible();
    const lines = [
      `Camille : « ${code} ».`,
      'n’importe quoi',
      `${' .'.repeat(20_000)}x`,
      `Lou <https://exemple.org${v1.link}>`,
      '🙂'.repeat(500),
    ];
    await page.getByLabel('Liens ou codes des membres, un par ligne').fill(lines.join('\n'));
    const start = Date.now();
    await page.getByRole('button', { name: 'Construire la synthèse' }).click();
    await expect(page.locator('h2:focus')).toHaveText('Synthèse de 2 membres');
    expect(Date.now() - start).toBeLessThan(5_000);
    await expect(page.getByText('Membres : Camille, Lou.'.replace(' :', '\u202f:'))).toBeVisible();
    const problems = page.getByTestId('synthesis-problems');
    for (const line of ['Ligne 2', 'Ligne 3', 'Ligne 5']) await expect(problems).toContainText(line);
    expect(await axeViolations(page)).toEqual([]);
  });
});
