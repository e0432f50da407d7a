import { test, expect, axeViolations } from './fixtures.ts';
import { builtPagePaths } from './site-pages.ts';

/** Every built page, in light and dark colour schemes: zero axe-core violations. */
const paths = builtPagePaths();

test('le site a des pages à vérifier, dont la page des sources', () => {
  expect(paths.length).toBeGreaterThan(20);
  expect(paths).toContain('/sources/');
  expect(paths).toContain('/guides/ecueils-fiscaux/');
});

for (const path of paths) {
  test(`axe-core : aucune violation sur ${path}`, async ({ page }) => {
    // The registry of every fact is a long page: axe-core needs more time on a loaded machine.
    if (path === '/sources/') test.slow();
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page), 'mode sombre').toEqual([]);
  });
}
