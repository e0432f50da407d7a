/**
 * Main-thread long tasks of the simulator at its largest size (not a test): 60 members with
 * decimal weights, one weight typed key by key, in Debian's Chromium. Target: no task over 50 ms
 * (the power analysis runs in a Web Worker). Run after `npm run build`:
 * `node --experimental-strip-types tests/bench/simulator-long-tasks.ts`.
 * Figures depend on the machine and its load: compare runs made on the same idle machine.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import { createStaticServer } from '../browser/static-server.mjs';
import { largestScenarioLink } from '../browser/largest-scenario.ts';
import type { DecisionRule } from '../../src/lib/decision/types.ts';

if (!existsSync('dist/index.html')) {
  console.error('dist/ est absent : lancez `npm run build` d’abord.');
  process.exit(1);
}

const server = createStaticServer('dist');
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;

const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
console.log('règle'.padEnd(24), 'tâches > 50 ms'.padStart(15), 'la plus longue'.padStart(15));
for (const rule of [{ kind: 'capital' }, { kind: 'colleges-proportional' }, { kind: 'simple' }] as DecisionRule[]) {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/outils/simulateur-decision/#s=${largestScenarioLink(rule)}`);
  await page.locator('.ds[data-ready="true"]').waitFor();
  await page.locator('[data-testid="power-pending"]').waitFor({ state: 'detached' });
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask' });
  });
  const weight = page.locator('#ds-m-m1-weight');
  await weight.fill('');
  await weight.pressSequentially('4321,75', { delay: 40 });
  await page.locator('[data-testid="power-pending"]').waitFor({ state: 'detached' });
  await page.waitForTimeout(300);
  const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  console.log(rule.kind.padEnd(24), String(tasks.length).padStart(15), `${Math.round(Math.max(0, ...tasks))} ms`.padStart(15));
  await page.close();
}
await browser.close();
server.close();
