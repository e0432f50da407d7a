/**
 * At its largest size (60 members, decimal weights) the simulator computes the power analysis in
 * a Web Worker, and the result still follows every edit. How long the main thread is blocked is a
 * performance figure: it is measured by tests/bench/simulator-long-tasks.mjs, not asserted here.
 */
import { test, expect } from './fixtures.ts';
import { encodeScenario, MAX_MEMBERS } from '../../src/lib/decision/scenario-codec.ts';
import type { College, DecisionRule, Member, Scenario } from '../../src/lib/decision/types.ts';

const colleges: College[] = [
  { id: 'sal', name: 'Salariés', share: 0.3 },
  { id: 'ben', name: 'Bénéficiaires', share: 0.3 },
  { id: 'pub', name: 'Collectivités', share: 0.2 },
  { id: 'aut', name: 'Autres', share: 0.2 },
];

/** 60 members spread over four colleges, with weights such as 37,42. */
function largestScenario(rule: DecisionRule): string {
  const members: Member[] = Array.from({ length: MAX_MEMBERS }, (_, i) => ({
    id: `m${i + 1}`,
    name: `Membre ${i + 1}`,
    college: colleges[i % colleges.length]?.id ?? 'sal',
    weight: Math.round(((i * 7919) % 9973) + 101) / 100,
  }));
  const scenario: Scenario = { members, colleges, rule, positions: {} };
  const encoded = encodeScenario(scenario);
  if (!encoded.ok) throw new Error(encoded.message);
  return encoded.text;
}

for (const rule of [{ kind: 'capital' }, { kind: 'colleges-proportional' }] as DecisionRule[]) {
  test(`60 membres aux poids décimaux (${rule.kind}) : l’analyse du pouvoir tourne hors de la page et suit chaque modification`, async ({ page }) => {
    await page.goto(`/outils/simulateur-decision/#s=${largestScenario(rule)}`);
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
