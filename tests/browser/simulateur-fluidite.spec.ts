/**
 * At its largest size (60 members, decimal weights) the simulator computes the power analysis in
 * a Web Worker, and the result still follows every edit. How long the main thread is blocked is a
 * performance figure: it is measured by tests/bench/simulator-long-tasks.ts, not asserted here.
 */
import type { Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures.ts';
import { largestScenarioLink } from './largest-scenario.ts';
import type { DecisionRule } from '../../src/lib/decision/types.ts';

/** Opens the 60-member scenario under `rule` and waits for its first power analysis. */
async function openLargest(page: Page, rule: DecisionRule): Promise<void> {
  await page.goto(`/outils/simulateur-decision/#s=${largestScenarioLink(rule)}`);
  await expect(page.locator('.ds')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('power-pending')).toHaveCount(0);
}

interface PowerWorkerWatch {
  /** Questions sent to the power worker so far. */
  questions: number;
  /** While true, questions are held back until `releasePower()`. */
  holdPower: boolean;
  releasePower: () => void;
}
const questionsAsked = (page: Page) => page.evaluate(() => (window as unknown as PowerWorkerWatch).questions);

/**
 * Counts the questions sent to the power worker and can hold them back, so the « analysis being
 * computed » state lasts as long as a test needs. Call before the page loads.
 */
async function watchPowerWorker(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const send = Worker.prototype.postMessage;
    const held: [Worker, unknown][] = [];
    const w = window as unknown as PowerWorkerWatch;
    w.questions = 0;
    w.holdPower = false;
    Worker.prototype.postMessage = function (this: Worker, message: unknown) {
      w.questions += 1;
      if (w.holdPower) held.push([this, message]);
      else send.call(this, message);
    } as typeof Worker.prototype.postMessage;
    w.releasePower = () => {
      w.holdPower = false;
      for (const [worker, message] of held.splice(0)) send.call(worker, message);
    };
  });
}

for (const rule of [{ kind: 'capital' }, { kind: 'colleges-proportional' }] as DecisionRule[]) {
  test(`60 membres aux poids décimaux (${rule.kind}) : l’analyse du pouvoir tourne hors de la page et suit chaque modification`, async ({ page }) => {
    await openLargest(page, rule);
    await expect(page.locator('#ds-m-m60-name')).toHaveValue('Membre 60');
    const before = await page.locator('#ds-power-members tbody tr').first().innerText();

    const weight = page.locator('#ds-m-m1-weight');
    await weight.fill('');
    await weight.pressSequentially('4321,75', { delay: 30 });
    await expect(page.getByTestId('power-pending')).toHaveCount(0);
    // The table really was recomputed with the new weight.
    await expect(page.locator('#ds-power-members tbody tr').first()).not.toHaveText(before);
    // The analysis ran in the worker: its script was loaded by the page.
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(scripts.filter((name) => /\/power-worker[^/]*\.js$/.test(name))).toHaveLength(1);
  });
}

test('pendant le calcul, l’analyse affichée reste celle des membres pour lesquels elle a été faite, sans être redessinée', async ({ page }) => {
  await watchPowerWorker(page);
  await openLargest(page, { kind: 'capital' });
  const firstRow = page.locator('#ds-power-members tbody tr').first();
  const before = (await firstRow.textContent()) ?? '';
  await page.evaluate(() => {
    const w = window as unknown as PowerWorkerWatch & { redrawn: number };
    w.holdPower = true;
    w.redrawn = 0;
    const observer = new MutationObserver((records) => (w.redrawn += records.length));
    observer.observe(document.querySelector('#ds-power-members') as Node, { subtree: true, childList: true, characterData: true, attributes: true });
  });

  const weight = page.locator('#ds-m-m1-weight');
  await weight.fill('');
  await weight.pressSequentially('4321,75', { delay: 30 });
  await expect(page.getByTestId('power-pending')).toBeVisible();
  await expect(page.locator('.ds-power')).toHaveAttribute('aria-busy', 'true');
  // The table on screen is still the previous analysis, with the nominal shares it was made for,
  // untouched by the seven keys; it cannot be exported while it is not the current scenario's.
  await expect(firstRow).toHaveText(before);
  expect(await page.evaluate(() => (window as unknown as { redrawn: number }).redrawn)).toBe(0);
  await expect(page.getByRole('button', { name: 'Télécharger le tableau du pouvoir (CSV)' })).toBeDisabled();

  await page.evaluate(() => (window as unknown as PowerWorkerWatch).releasePower());
  await expect(page.getByTestId('power-pending')).toHaveCount(0);
  await expect(firstRow).not.toHaveText(before);
  expect(await page.evaluate(() => (window as unknown as { redrawn: number }).redrawn)).toBeGreaterThan(0);
  await expect(page.getByRole('button', { name: 'Télécharger le tableau du pouvoir (CSV)' })).toBeEnabled();
});

test('le graphique et le résumé de 60 membres ne sont dessinés qu’une fois dépliés, ou pour l’impression', async ({ page }) => {
  // axe-core reads the 60-member page with its chart open: the heaviest state of the simulator.
  test.slow();
  await openLargest(page, { kind: 'capital' });
  const chart = page.locator('#ds-chart-members-title');
  await expect(chart).toHaveCount(0);
  await page.locator('.ds-chart-details summary').click();
  await expect(page.locator('.ds-chart-details svg g > text.ds-chart__name')).toHaveCount(60);
  await expect(chart).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);

  // Folded again then printed from a fresh load: the print view still has the chart.
  await page.reload();
  await expect(page.locator('.ds')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('power-pending')).toHaveCount(0);
  await expect(chart).toHaveCount(0);
  await expect(page.locator('.ds-summary')).toHaveCount(0);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('.ds-chart-details svg g > text.ds-chart__name')).toHaveCount(60);
  await expect(page.locator('.ds-summary tbody tr')).toHaveCount(60);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('.ds-summary')).toHaveCount(0);
});

test('sous « une personne, une voix », taper un poids ne relance pas l’analyse ; un nouveau nom s’affiche aussitôt', async ({ page }) => {
  await watchPowerWorker(page);
  await openLargest(page, { kind: 'simple' });
  const asked = await questionsAsked(page);
  const firstRow = page.locator('#ds-power-members tbody tr').first();
  const before = (await firstRow.textContent()) ?? '';

  const weight = page.locator('#ds-m-m1-weight');
  await weight.fill('');
  await weight.pressSequentially('4321,75', { delay: 30 });
  await expect(weight).toHaveValue('4321,75');
  // Longer than the wait before an analysis starts: none was asked for, the table is the same.
  await page.waitForTimeout(500);
  expect(await questionsAsked(page)).toBe(asked);
  await expect(firstRow).toHaveText(before);

  // A new name is shown at once, without a new analysis.
  await page.locator('#ds-m-m1-name').fill('Coopérative renommée');
  await expect(firstRow.locator('th')).toHaveText('Coopérative renommée');
  await expect(page.getByTestId('power-pending')).toHaveCount(0);
  expect(await questionsAsked(page)).toBe(asked);
});
