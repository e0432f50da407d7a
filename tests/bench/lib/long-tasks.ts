/**
 * Main-thread long tasks of the simulator at its largest size: 60 members with decimal weights,
 * one weight typed key by key, in Debian's Chromium. Target: no task over 50 ms (the power
 * analysis runs in a Web Worker). Figures depend on the machine and its load.
 */
import { largestScenarioLink } from '../../browser/largest-scenario.ts';
import type { DecisionRule } from '../../../src/lib/decision/types.ts';
import { withServedSite } from './served-site.ts';

export interface LongTasks {
  rule: string;
  /** Main-thread tasks over 50 ms while the weight was typed and the analysis redone. */
  count: number;
  longestMs: number;
}

export function measureLongTasks(distDir: string): Promise<LongTasks[]> {
  return withServedSite(distDir, async (browser, origin) => {
    const out: LongTasks[] = [];
    for (const rule of [{ kind: 'capital' }, { kind: 'colleges-proportional' }, { kind: 'simple' }] as DecisionRule[]) {
      const page = await browser.newPage();
      await page.goto(`${origin}/outils/simulateur-decision/#s=${largestScenarioLink(rule)}`);
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
      out.push({ rule: rule.kind, count: tasks.length, longestMs: Math.round(Math.max(0, ...tasks)) });
      await page.close();
    }
    return out;
  });
}
