/**
 * Every built page, served with the headers of dist/_headers: the page and all it loads, down to
 * the bottom of the page, come from the site, answer without error, log no error and break
 * nothing of the Content Security Policy (the shared fixture fails the test on any of them).
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { builtPagePaths } from './site-pages.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/urls/host-files.ts';

const paths = builtPagePaths();
const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));

test('le parcours couvre tout le site, outils et pages de service compris', () => {
  expect(paths.length).toBeGreaterThan(60);
  for (const path of ['/', '/404.html', '/recherche/', '/outils/simulateur-decision/', '/outils/autodiagnostic-cooperation/synthese/']) {
    expect(paths).toContain(path);
  }
});

for (const path of paths) {
  test(`${path} : tout vient du site, sans erreur ni violation de la politique de sécurité`, async ({ page, guards }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    // The page comes with exactly the headers of dist/_headers.
    const sent = response?.headers() ?? {};
    for (const [name, value] of headersFor(rules, new URL(response?.url() ?? path).pathname)) expect(sent[name], name).toBe(value);
    expect(sent['content-security-policy']).toContain("default-src 'none'");
    // What loads late (images further down, islands) loads too.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForLoadState('networkidle');
    await expect(page.locator('h1')).toHaveCount(1);
    expect(guards.failedRequests).toEqual([]);
  });
}
