import { test, expect, axeViolations } from './fixtures';
import { builtPagePaths } from './site-pages';

/** Every built page, in light and dark colour schemes: zero axe-core violations. */
const paths = builtPagePaths();

test('le site a des pages à vérifier', () => {
  expect(paths.length).toBeGreaterThan(20);
});

for (const path of paths) {
  test(`axe-core : aucune violation sur ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page), 'mode sombre').toEqual([]);
  });
}
