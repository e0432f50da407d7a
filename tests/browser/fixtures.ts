/**
 * Shared browser-test fixture: every test fails if the page logs a console error, throws,
 * or requests anything from another origin.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

interface Guards {
  consoleErrors: string[];
  foreignRequests: string[];
}

export const test = base.extend<{ guards: Guards }>({
  guards: [
    async ({ page, baseURL }, use) => {
      const guards: Guards = { consoleErrors: [], foreignRequests: [] };
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (msg) => {
        if (msg.type() === 'error') guards.consoleErrors.push(msg.text());
      });
      page.on('pageerror', (error) => guards.consoleErrors.push(String(error)));
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
          guards.foreignRequests.push(url);
        }
      });
      await use(guards);
      expect(guards.consoleErrors, 'erreurs dans la console').toEqual([]);
      expect(guards.foreignRequests, 'requêtes vers une autre origine').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Runs axe-core (WCAG 2.x A and AA rules) on the current page state and returns its violations. */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
}

/**
 * After an action that removes or replaces the focused element, the focus must land somewhere
 * visible, never on <body>. Polls: tools move the focus after the next render.
 */
export async function expectFocusKept(page: Page, action: string) {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return 'body';
          const box = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          const label = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`;
          return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' ? 'visible' : `hidden ${label}`;
        }),
      { message: `focus après : ${action}` },
    )
    .toBe('visible');
}

/** The outline width of the focused element, in CSS pixels. */
export function focusOutlineWidth(page: Page): Promise<number> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return 0;
    const style = getComputedStyle(el);
    return style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
  });
}

/** Presses Tab (at most `max` times) until `target` has the focus: the keyboard way to reach it. */
export async function tabTo(page: Page, target: Locator, max = 250) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return i;
    await page.keyboard.press('Tab');
  }
  throw new Error(`introuvable au clavier en ${max} tabulations : ${String(target)}`);
}
