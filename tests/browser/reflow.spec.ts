/**
 * In the guides, every container that scrolls sideways can be reached by keyboard and is named,
 * at 320 px and on a wide screen.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { builtPagePaths } from './site-pages.ts';

/** Every element of the page that scrolls sideways, with what makes it reachable and named. */
function scrollers(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main *')]
      .filter((el) => /auto|scroll/.test(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1)
      .map((el) => {
        const labelledBy = (el.getAttribute('aria-labelledby') ?? '')
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ');
        return {
          what: `${el.tagName.toLowerCase()}.${el.className} « ${(el.textContent ?? '').trim().slice(0, 30)} »`,
          focusable: el.tabIndex >= 0,
          role: el.getAttribute('role'),
          name: (el.getAttribute('aria-label') ?? labelledBy).trim() !== '',
        };
      }),
  );
}

const guides = builtPagePaths().filter((path) => /^\/(guides|fiches)\/.+/.test(path));

test('les guides et fiches à vérifier existent', () => {
  expect(guides).toContain('/guides/ecueils-fiscaux/');
  expect(guides.length).toBeGreaterThan(10);
});

test('dans les guides, tout ce qui défile de côté se rejoint au clavier et porte un nom', async ({ page }) => {
  test.setTimeout(120_000);
  let seen = 0;
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of guides) {
      await page.goto(path);
      for (const scroller of await scrollers(page)) {
        seen += 1;
        expect(scroller, `${path} à ${width} px`).toEqual({ ...scroller, focusable: true, role: 'region', name: true });
      }
    }
  }
  // The check saw wide tables: at 320 px, the tables of the guides scroll.
  expect(seen).toBeGreaterThan(0);
});
