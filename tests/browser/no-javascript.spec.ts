/**
 * Every page with JavaScript turned off: its title and text are there and visible, nothing but
 * what JavaScript itself makes stays hidden, and the site's sections are a link away, on a wide
 * and on a narrow screen. Each tool says what needs JavaScript and leads to its paper version,
 * which is shown, and printed, without it.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { builtPagePaths } from './site-pages.ts';

const paths = builtPagePaths();
/** Tool pages: every page under /outils/ but the list of tools. */
const toolPaths = paths.filter((path) => path.startsWith('/outils/') && path !== '/outils/');
/** What may stay hidden without JavaScript: what JavaScript makes (copy buttons, the e-mail HTML of the newsletter kit). */
const MADE_BY_JAVASCRIPT = 'button, [data-newsletter-html]';
const SECTIONS = ['/', '/guides/', '/fiches/', '/outils/', '/glossaire/'];

test.use({ javaScriptEnabled: false });

/**
 * Text of the main content that is not shown on screen: an element with text of its own and no
 * box, unless it is printed (a summary made for paper).
 */
async function hiddenText(page: Page): Promise<string[]> {
  const mark = (media: 'screen' | 'print') =>
    page.evaluate(
      ({ madeByJavaScript, media }) => {
        const main = document.querySelector('main');
        if (!main) return ['<main> absent'];
        // SVG titles and select options are read, not shown. (What a closed <details> holds keeps
        // its boxes, and it opens without JavaScript.)
        const exempt = `template, script, style, svg, select, ${madeByJavaScript}`;
        const candidates =
          media === 'screen'
            ? [...main.querySelectorAll('*')]
                .filter((el) => !el.closest(exempt))
                .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== ''))
            : [...main.querySelectorAll('[data-hidden-on-screen]')];
        for (const el of candidates) el.removeAttribute('data-hidden-on-screen');
        const hidden = candidates.filter((el) => el.getClientRects().length === 0);
        for (const el of hidden) el.setAttribute('data-hidden-on-screen', '');
        return hidden.map((el) => `<${el.tagName.toLowerCase()}${el.className ? ` class="${String(el.className)}"` : ''}> ${(el.textContent ?? '').trim().slice(0, 60)}`);
      },
      { madeByJavaScript: MADE_BY_JAVASCRIPT, media },
    );
  await mark('screen');
  await page.emulateMedia({ media: 'print' });
  const hidden = await mark('print');
  await page.emulateMedia({ media: 'screen' });
  return hidden;
}

test('les pages d’outils à vérifier sont bien trouvées', () => {
  expect(toolPaths).toEqual(
    expect.arrayContaining([
      '/outils/anticiper-les-ecueils/',
      '/outils/autodiagnostic-cooperation/',
      '/outils/autodiagnostic-cooperation/synthese/',
      '/outils/autodiagnostic-posture/',
      '/outils/simulateur-decision/',
    ]),
  );
});

for (const path of paths) {
  test(`sans JavaScript, ${path} se lit et mène aux rubriques`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toBeVisible();
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ').trim();
    expect(text.length, 'texte du contenu principal').toBeGreaterThan(250);
    expect(await hiddenText(page), 'texte caché sans JavaScript').toEqual([]);
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      for (const href of SECTIONS) {
        await expect(page.locator(`header a[href="${href}"], nav a[href="${href}"]`).first(), `lien vers ${href} à ${width} px`).toBeVisible();
      }
    }
  });
}

for (const path of toolPaths) {
  test(`sans JavaScript, ${path} dit ce qui en a besoin et mène à la version papier`, async ({ page }) => {
    await page.goto(path);
    // A visible notice names JavaScript and links to the paper version.
    const notice = page.locator('main :is(p, div):visible', { hasText: 'JavaScript' }).filter({ has: page.locator('a', { hasText: /version papier/i }) });
    await expect(notice.first()).toBeVisible();
    const link = notice.first().locator('a', { hasText: /version papier/i }).first();
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/#version-papier$/);
    await link.click();
    // The paper version is shown on screen and printed, with nothing more than HTML.
    const paper = page.locator('#version-papier');
    await expect(page.getByRole('heading', { name: 'Version papier' })).toBeVisible();
    expect(await paper.evaluate((el) => el.closest('[hidden]') === null && el.getClientRects().length > 0)).toBe(true);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { name: 'Version papier' })).toBeVisible();
  });
}

test('sans JavaScript, la recherche le dit et propose de parcourir le site', async ({ page }) => {
  await page.goto('/recherche/?q=coop%C3%A9ration');
  const status = page.locator('main [data-search-status]');
  expect(await status.evaluate((el: HTMLElement) => el.innerText)).toMatch(/^La recherche a besoin de JavaScript\. Parcourez/);
  for (const href of ['/guides/', '/fiches/', '/glossaire/']) await expect(status.locator(`a[href="${href}"]`)).toBeVisible();
});
