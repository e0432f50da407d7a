/** Opening the decision simulator and its presets, shared by the simulator's browser tests. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

export const SIMULATOR = '/outils/simulateur-decision/';

/** Opens the simulator (with a fragment, such as a share link's) and waits until it runs. */
export async function openSimulator(page: Page, fragment = ''): Promise<void> {
  await page.goto(`${SIMULATOR}${fragment}`);
  await expect(page.locator('.ds')).toHaveAttribute('data-ready', 'true');
}

/** Chooses a preset by its title in the list and loads it. */
export async function loadPreset(page: Page, title: string | RegExp): Promise<void> {
  const select = page.getByLabel('Modèle', { exact: true });
  const value = await select.locator('option', { hasText: title }).getAttribute('value');
  await select.selectOption(value ?? '');
  await page.getByRole('button', { name: 'Charger ce modèle' }).click();
}

/** Text with every kind of space made ordinary, for comparisons with French typography. */
export const plain = (text: string | null) => (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
