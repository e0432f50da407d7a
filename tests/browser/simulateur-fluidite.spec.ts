/**
 * At its largest size (60 members, decimal weights) the simulator computes the power analysis in
 * a Web Worker, and the result still follows every edit. How long the main thread is blocked is a
 * performance figure: it is measured by tests/bench/simulator-long-tasks.ts, not asserted here.
 */
import { test, expect } from './fixtures.ts';
import { largestScenarioLink } from './largest-scenario.ts';
import type { DecisionRule } from '../../src/lib/decision/types.ts';

for (const rule of [{ kind: 'capital' }, { kind: 'colleges-proportional' }] as DecisionRule[]) {
  test(`60 membres aux poids décimaux (${rule.kind}) : l’analyse du pouvoir tourne hors de la page et suit chaque modification`, async ({ page }) => {
    await page.goto(`/outils/simulateur-decision/#s=${largestScenarioLink(rule)}`);
    await expect(page.locator('.ds')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('#ds-m-m60-name')).toHaveValue('Membre 60');
    await expect(page.getByTestId('power-pending')).toHaveCount(0);
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
