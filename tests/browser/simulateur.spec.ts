/**
 * The collective-decision simulator in a real browser: a scenario built with the keyboard alone,
 * the vote and its explanation, the power table against known results, the SCIC check, share
 * links (sound and corrupted), exports, print view and accessibility of each state.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { loadPreset, openSimulator as open, plain } from './simulator-page.ts';
import { test, expect, axeViolations } from './fixtures.ts';

/** The power table of the members as { name: [nominal, Banzhaf, Shapley–Shubik, remark] }. */
async function powerTable(page: Page, id = 'ds-power-members'): Promise<Record<string, string[]>> {
  await expect(page.getByTestId('power-pending')).toHaveCount(0);
  const rows = page.locator(`#${id} tbody tr`);
  const result: Record<string, string[]> = {};
  for (const row of await rows.all()) {
    const name = plain(await row.locator('th').textContent());
    result[name] = (await row.locator('td').allTextContents()).map(plain);
  }
  return result;
}

async function selectByKeyboard(select: Locator, label: string): Promise<void> {
  await select.focus();
  const options = (await select.locator('option').allTextContents()).map(plain);
  const current = plain(await select.locator('option:checked').textContent());
  const delta = options.indexOf(label) - options.indexOf(current);
  for (let i = 0; i < Math.abs(delta); i += 1) await select.press(delta > 0 ? 'ArrowDown' : 'ArrowUp');
  await expect(select.locator('option:checked')).toHaveText(label);
}

test.describe('simulateur de décision', () => {
  test('se construit au clavier, compte le vote, nomme les pivots et mesure le pouvoir de [51 ; 50, 49, 1]', async ({ page }) => {
    await open(page);
    const kb = page.keyboard;

    // The default preset has six members: remove five of them with the keyboard only.
    await page.getByRole('button', { name: 'Retirer Bruno (co-président)' }).focus();
    await kb.press('Enter');
    for (const name of ['Chantal (trésorière)', 'David (secrétaire)', 'Élodie (co-présidente)', 'Farid (co-président)']) {
      // Focus moves to the next member's name field; its « Retirer » button is two tabs away.
      await expect(page.getByRole('group', { name: new RegExp(`^Membre 2\\s*: ${name.replace(/[()]/g, '\\$&')}$`) }).getByLabel('Nom')).toBeFocused();
      await kb.press('Tab');
      await kb.press('Tab');
      await expect(page.getByRole('button', { name: `Retirer ${name}` })).toBeFocused();
      await kb.press('Enter');
    }
    await expect(page.locator('.ds-cards:not(.ds-cards--colleges) > li')).toHaveCount(1);

    // Rename the remaining member and give it 50 votes.
    const first = page.locator('#ds-m-m1-name');
    await expect(first).toBeFocused();
    await kb.press('Control+A');
    await kb.type('Grand');
    await kb.press('Tab');
    await kb.press('Control+A');
    await kb.type('50');

    // Add two members: focus lands on the new name, selected, so typing replaces it.
    for (const [name, weight] of [
      ['Moyen', '49'],
      ['Petit', '1'],
    ] as const) {
      await kb.press('Tab'); // Retirer
      await kb.press('Tab'); // Ajouter un membre
      await expect(page.getByRole('button', { name: 'Ajouter un membre' })).toBeFocused();
      await kb.press('Enter');
      await expect(page.getByRole('textbox', { name: 'Nom' }).last()).toBeFocused();
      await kb.type(name);
      await kb.press('Tab');
      await kb.press('Control+A');
      await kb.type(weight);
    }
    await expect(page.getByTestId('ds-announcer')).toContainText('ajouté');

    // Choose the capital-weighted vote with the arrow keys inside the radio group.
    await page.getByRole('radio', { name: 'Majorité simple des suffrages exprimés' }).focus();
    for (let i = 0; i < 7; i += 1) await kb.press('ArrowDown');
    await expect(page.getByRole('radio', { name: /Vote pondéré par le capital/ })).toBeChecked();

    // Vote: Grand pour, Moyen contre, Petit pour.
    const positions = page.getByRole('group', { name: 'Position de chaque membre' });
    await selectByKeyboard(positions.getByLabel('Moyen'), 'contre');
    await expect(positions.getByLabel('Grand')).toHaveValue('pour');
    await expect(positions.getByLabel('Petit')).toHaveValue('pour');

    const outcome = page.locator('.ds-outcome');
    await expect(outcome.getByRole('heading', { level: 4 })).toHaveText(/Résultat\s*:\s*Proposition adoptée/);
    const steps = plain(await outcome.locator('.ds-steps').textContent());
    expect(steps).toContain('Vote pondéré par le capital');
    expect(steps).toContain('Voix pondérées par le capital : 51 % pour, 49 % contre, 100 % du capital présent.');
    expect(steps).toContain('Il faut plus de la moitié du capital exprimé : le pour en représente 51 %.');
    const pivots = (await outcome.locator('.ds-pivots li').allTextContents()).map(plain);
    expect(pivots).toEqual([
      'Grand : en passant de « pour » à « contre », la proposition aurait été rejetée.',
      'Petit : en passant de « pour » à « contre », la proposition aurait été rejetée.',
    ]);
    await expect(positions.locator('.ds-position--pivot')).toHaveCount(2);

    // Power, independent of the vote: [51 ; 50, 49, 1] gives Banzhaf 60 / 20 / 20 %.
    const table = await powerTable(page);
    expect(table).toEqual({
      Grand: ['50 %', '60 %', '66,7 %', 'droit de veto'],
      Moyen: ['49 %', '20 %', '16,7 %', ''],
      Petit: ['1 %', '20 %', '16,7 %', ''],
    });
    await expect(page.locator('.ds-chart svg[role="img"]')).toHaveCount(1);

    // A change of vote is announced.
    await selectByKeyboard(positions.getByLabel('Petit'), 'contre');
    await expect(page.getByTestId('ds-announcer')).toContainText('Proposition rejetée');

    expect(await axeViolations(page)).toEqual([]);
  });

  test('le Conseil de la CEE de 1958 laisse le Luxembourg sans pouvoir', async ({ page }) => {
    await open(page);
    await loadPreset(page, /Conseil de la CEE/);
    const table = await powerTable(page);
    expect(table['Luxembourg']).toEqual(['5,9 %', '0 %', '0 %', 'aucun pouvoir']);
    expect(table['France']?.[1]).toBe('23,8 %');
    expect(table['Belgique']?.[1]).toBe('14,3 %');
    await expect(page.locator('.ds-findings')).toContainText(/Sans aucun pouvoir\s*: Luxembourg/);
  });

  test('signale la SCIC dont un collège pèse 55 % et reste accessible', async ({ page }) => {
    await open(page);
    await loadPreset(page, /un collège à 55/);
    await expect(page.getByLabel(/Il s’agit d’une SCIC/)).toBeChecked();
    const scic = page.locator('section[aria-labelledby="ds-scic-title"]');
    await expect(scic.getByRole('heading', { name: 'Vérification SCIC' })).toBeVisible();
    const errors = scic.locator('.ds-finding--error');
    await expect(errors).toHaveCount(1);
    await expect(errors).toContainText(/À corriger — Le collège Salariés pèse 55\s%/);
    await expect(page.locator('.ds-card--problem')).toHaveCount(1);
    await expect(page.locator('.ds-card--problem legend')).toContainText('Salariés');
    // Under the bloc reading, the 55 % college holds all the power.
    await page.getByRole('radio', { name: 'Vote par collèges, lecture en bloc' }).check();
    const colleges = await powerTable(page, 'ds-power-colleges');
    expect(colleges['Salariés']).toEqual(['4 membres', '55 %', '100 %', '100 %']);
    expect(await axeViolations(page)).toEqual([]);

    // The valid SCIC preset has no error.
    await loadPreset(page, 'SCIC à quatre collèges');
    await expect(scic.locator('.ds-finding--error')).toHaveCount(0);
    await expect(scic.locator('.ds-finding--ok').first()).toBeVisible();
  });

  test('partage le scénario par un lien qui rouvre le même résultat', async ({ page, context }) => {
    await open(page);
    await loadPreset(page, /PTCE de huit structures/);
    await page.getByRole('group', { name: 'Position de chaque membre' }).getByLabel('Terres d’Argance').selectOption('pour');
    await page.getByRole('radio', { name: 'comptent comme des voix contre' }).check();
    await page.getByRole('button', { name: 'Créer un lien de partage' }).click();
    const link = await page.getByLabel('Lien de partage du scénario').inputValue();
    expect(link).toMatch(/\/outils\/simulateur-decision\/#s=[A-Za-z0-9_-]+$/);
    expect(page.url()).toBe(link);
    const outcome = plain(await page.locator('.ds-outcome').textContent());
    const table = await powerTable(page);

    const other = await context.newPage();
    await other.goto(link);
    await expect(other.locator('.ds')).toHaveAttribute('data-ready', 'true');
    await expect(other.locator('.ds-notice')).toContainText('Scénario ouvert depuis un lien de partage');
    await expect(other.getByRole('radio', { name: 'comptent comme des voix contre' })).toBeChecked();
    await expect(other.getByLabel('Seuil d’adoption')).toHaveValue('2/3');
    expect(plain(await other.locator('.ds-outcome').textContent())).toBe(outcome);
    expect(await powerTable(other)).toEqual(table);
    await expect(other.locator('.ds-cards:not(.ds-cards--colleges) > li')).toHaveCount(8);
  });

  test('un lien corrompu donne un message clair et l’outil reste utilisable', async ({ page }) => {
    await open(page);
    await loadPreset(page, /Collectif citoyen/);
    await page.getByRole('button', { name: 'Créer un lien de partage' }).click();
    const link = await page.getByLabel('Lien de partage du scénario').inputValue();
    const text = link.split('#s=')[1] ?? '';
    const flipped = `${text.slice(0, 20)}${text[20] === 'A' ? 'B' : 'A'}${text.slice(21)}`;

    await open(page, `#s=${flipped}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Le lien de partage n’a pas pu être ouvert.');
    await expect(alert).toContainText('a été altéré');
    await expect(alert).toContainText(/modèle «\s*Association avec bureau collégial\s*»/);
    expect(await axeViolations(page)).toEqual([]);
    // The default preset is loaded and works.
    await expect(page.locator('.ds-cards:not(.ds-cards--colleges) > li')).toHaveCount(6);
    await page.getByRole('group', { name: 'Position de chaque membre' }).getByLabel('Chantal (trésorière)').selectOption('pour');
    await expect(page.locator('.ds-outcome h4')).toContainText('Proposition adoptée');
    await page.getByRole('button', { name: 'Fermer ce message' }).click();
    await expect(alert).toHaveCount(0);

    // A truncated link says so; a link of another tool too.
    await open(page, `#s=${text.slice(0, Math.floor(text.length / 2))}`);
    await expect(page.getByRole('alert')).toContainText('incomplet');
    await open(page, '#s=n’importe quoi');
    await expect(page.getByRole('alert')).toContainText('illisible');
  });

  test('état initial accessible, en clair et en sombre, et lisible à 320 px', async ({ page }) => {
    await open(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page), 'mode sombre').toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Wide tables scroll inside a labelled, focusable region.
    const region = page.getByRole('region', { name: 'Part des voix et pouvoir de chaque membre' });
    await expect(region).toHaveAttribute('tabindex', '0');
  });

  test('exporte le tableau du pouvoir en CSV et prépare une vue d’impression', async ({ page }) => {
    await open(page);
    await loadPreset(page, /GIE/);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger le tableau du pouvoir (CSV)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^simulateur-decision-pouvoir-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await file.path()) ?? '', 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Type;Nom;Collège ou effectif;Part des voix (%);Indice de Banzhaf (%);Indice de Shapley–Shubik (%);Droit de veto;Sans aucun pouvoir');
    expect(lines).toContain('Membre;Menuiserie Lacaze (2 salariés);;25;25;25;oui;non');

    // The paper summary is only drawn for print.
    await expect(page.locator('.ds-summary')).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.ds-summary')).toBeVisible();
    await expect(page.locator('.ds-summary tbody tr')).toHaveCount(4);
    await expect(page.getByRole('button', { name: 'Ajouter un membre' })).toBeHidden();
    await expect(page.locator('.ds-outcome')).toBeVisible();
    await expect(page.locator('#ds-power-members')).toBeVisible();
    // The print button prints the simulator alone: the guide around it is left out.
    await expect(page.locator('#contenu > .lead')).toBeVisible();
    await expect(page.locator('#les-regles')).toBeVisible();
    await page.evaluate(() => (document.documentElement.dataset['print'] = 'simulateur'));
    await expect(page.locator('#contenu > .lead')).toBeHidden();
    await expect(page.locator('#les-regles')).toBeHidden();
    await expect(page.locator('.ds-outcome')).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.ds-summary')).toHaveCount(0);
  });
});
