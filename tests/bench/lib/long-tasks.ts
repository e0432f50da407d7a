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
  /** Main-thread tasks over 50 ms while the weight was typed and the analysis redone (Long Tasks API). */
  count: number;
  /** The longest main-thread task of the same window, from a Chromium trace: shows the margin under 50 ms. */
  longestMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

/** The longest task (in ms) run by a page's main thread (CrRendererMain) in a Chromium trace. */
export function longestRendererTask(trace: Buffer): number {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const mainThreads = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`));
  return Math.max(0, ...tasks.map((e) => (e.dur ?? 0) / 1000));
}

export function measureLongTasks(distDir: string): Promise<LongTasks[]> {
  return withServedSite(distDir, async (browser, origin) => {
    const out: LongTasks[] = [];
    for (const rule of [{ kind: 'capital' }, { kind: 'colleges-proportional' }, { kind: 'simple' }] as DecisionRule[]) {
      const page = await browser.newPage();
      await page.goto(`${origin}/outils/simulateur-decision/#s=${largestScenarioLink(rule)}`);
      await page.locator('.ds[data-ready="true"]').waitFor();
      await page.locator('[data-testid="power-pending"]').waitFor({ state: 'detached' });
      await page.locator('#ds-m-m1-weight').focus();
      // Lets the work that follows the page's load settle: only the typing is measured.
      await page.waitForTimeout(1500);
      await page.evaluate(() => {
        const w = window as unknown as { longTasks: number[] };
        w.longTasks = [];
        new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask' });
      });
      // Keys are sent as raw input events and the end is awaited by a light check every 200 ms:
      // Playwright's locator polling and actionability checks run their own script on the page's
      // main thread, over the whole 60-member form, and showed up as long tasks of 50 to 75 ms.
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await page.keyboard.type('4321,75', { delay: 40 });
      await page.waitForFunction(() => !document.querySelector('[data-testid="power-pending"]'), null, { polling: 200 });
      await page.waitForTimeout(300);
      const trace = await browser.stopTracing();
      const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
      out.push({ rule: rule.kind, count: tasks.length, longestMs: Math.round(Math.max(longestRendererTask(trace), ...tasks)) });
      await page.close();
    }
    return out;
  });
}
