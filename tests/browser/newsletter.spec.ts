import { test, expect, axeViolations, readClipboard, recordClipboard, tabTo } from './fixtures.ts';
import { M } from '../../src/lib/newsletter/messages.ts';

test.describe('« Partager dans une lettre d’information »', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(['clipboard-write'], { origin: baseURL ?? '' });
    await recordClipboard(context);
  });

  test('s’ouvre au clavier et copie le bloc HTML puis le texte, en l’annonçant', async ({ page }) => {
    await page.goto('/guides/ptce/');
    const kit = page.locator('details.newsletter-kit');
    const summary = kit.locator('summary');
    await expect(summary).toHaveText(M.kitSummary);
    await tabTo(page, summary);
    await page.keyboard.press('Enter');
    await expect(kit).toHaveAttribute('open', '');

    const html = page.getByRole('textbox', { name: M.htmlLabel });
    await expect(html).toHaveValue(/^<table role="presentation"/);
    await expect(html).toHaveAccessibleDescription(M.htmlHint);
    const copyHtml = page.getByRole('button', { name: M.copyHtml });
    await tabTo(page, copyHtml, 20);
    await page.keyboard.press('Enter');
    await expect(page.locator('#annonces')).toHaveText(M.htmlCopied);
    const source = await html.inputValue();
    const clipboard = await readClipboard(page);
    // Formatted for an editor's paste, and as source for an « HTML code » block.
    expect(clipboard['text/plain']).toBe(source);
    expect(clipboard['text/html']).toContain('<table role="presentation"');
    expect(clipboard['text/html']).toContain('https://faire-ensemble.example/guides/ptce/?utm_source=lettre&amp;utm_medium=email&amp;utm_campaign=partage');
    expect(clipboard['text/html']).toContain('src="https://faire-ensemble.example/apercus/guides/ptce.png"');

    const copyText = page.getByRole('button', { name: M.copyText });
    await tabTo(page, copyText, 20);
    await page.keyboard.press('Space');
    await expect(page.locator('#annonces')).toHaveText(M.textCopied);
    const text = (await readClipboard(page))['text/plain'] ?? '';
    expect(text).toBe(await page.getByRole('textbox', { name: M.textLabel }).inputValue());
    expect(text.split('\n')).toEqual([
      'Guide · Comprendre la coopération et les PTCE',
      'Les PTCE\u00a0: définition légale, appels à projets, ce que ça change',
      expect.stringMatching(/^Ce que dit la loi sur les pôles territoriaux/),
      'Lire\u00a0: https://faire-ensemble.example/guides/ptce/?utm_source=lettre&utm_medium=email&utm_campaign=partage',
    ]);
  });

  test('montre un aperçu du bloc avec l’image de la page, prise sur ce site', async ({ page }) => {
    await page.goto('/fiches/world-cafe/');
    await page.locator('details.newsletter-kit summary').click();
    const frame = page.frameLocator('details.newsletter-kit iframe');
    const image = frame.locator('img');
    await expect(image).toHaveAttribute('src', '/apercus/fiches/world-cafe.png');
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => [img.complete, img.naturalWidth, img.naturalHeight])).toEqual([true, 1200, 630]);
    await expect(frame.getByRole('link', { name: 'Le world café', exact: true })).toBeVisible();
    // A picture of the block: nothing in it takes the focus.
    await expect(page.locator('details.newsletter-kit figure')).toHaveJSProperty('inert', true);
  });

  test('sélectionne le contenu quand le presse-papiers refuse, et le dit', async ({ page }) => {
    await page.addInitScript(() => {
      const refuse = () => Promise.reject(new DOMException('refusé', 'NotAllowedError'));
      Object.defineProperty(navigator, 'clipboard', { value: { write: refuse, writeText: refuse } });
    });
    await page.goto('/outils/simulateur-decision/');
    await page.locator('details.newsletter-kit summary').click();
    await page.getByRole('button', { name: M.copyText }).click();
    await expect(page.locator('#annonces')).toHaveText(M.copyFailed);
    const field = page.getByRole('textbox', { name: M.textLabel });
    await expect(field).toBeFocused();
    const selected = await field.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd, el.value.length]);
    expect(selected).toEqual([0, selected[2], selected[2]]);
  });

  test('n’a aucune violation axe-core, ouvert, en clair et en sombre', async ({ page }) => {
    await page.goto('/guides/confiance/');
    await page.locator('details.newsletter-kit summary').click();
    await expect(page.getByRole('button', { name: M.copyHtml })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page), 'mode sombre').toEqual([]);
  });

  test('sans JavaScript, le texte reste à sélectionner et rien ne promet une copie', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}/guides/ptce/`);
    await page.locator('details.newsletter-kit summary').click();
    await expect(page.getByRole('textbox', { name: M.textLabel })).toHaveValue(/utm_source=lettre/);
    await expect(page.getByRole('button', { name: M.copyText })).toBeHidden();
    await expect(page.getByRole('textbox', { name: M.htmlLabel })).toBeHidden();
    await context.close();
  });
});

test.describe('la lettre des nouveautés', () => {
  test('copie le résumé des derniers changements et en montre l’aperçu', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-write'], { origin: baseURL ?? '' });
    await recordClipboard(context);
    await page.goto('/nouveautes/lettre/');
    const html = await page.getByRole('textbox', { name: M.htmlLabel }).inputValue();
    await page.getByRole('button', { name: M.copyHtml }).click();
    await expect(page.locator('#annonces')).toHaveText(M.htmlCopied);
    expect((await readClipboard(page))['text/plain']).toBe(html);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByText(M.digestTitle('Faire ensemble'))).toBeVisible();
    const firstTitle = (await page.getByRole('textbox', { name: M.textLabel }).inputValue()).split('\n\n')[2]?.split('\n')[1] ?? '';
    await expect(frame.getByRole('link', { name: firstTitle, exact: true })).toBeVisible();
    const images = frame.locator('img');
    expect(await images.count()).toBeGreaterThanOrEqual(2);
    await expect
      .poll(() => images.evaluateAll((all: HTMLImageElement[]) => all.every((img) => img.complete && img.naturalWidth === 1200)))
      .toBe(true);
  });
});

test('le flux RSS et le plan du site se lisent avec l’analyseur XML du navigateur', async ({ page }) => {
  await page.goto('/');
  const read = (path: string) =>
    page.evaluate(async (p) => {
      const doc = new DOMParser().parseFromString(await (await fetch(p)).text(), 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.localName,
        locs: [...doc.getElementsByTagNameNS('*', 'loc')].map((l) => l.textContent ?? ''),
        items: doc.querySelectorAll('item').length,
      };
    }, path);
  const feed = await read('/rss.xml');
  expect(feed).toMatchObject({ error: null, root: 'rss' });
  expect(feed.items).toBeGreaterThan(30);
  const index = await read('/sitemap-index.xml');
  expect(index).toMatchObject({ error: null, root: 'sitemapindex' });
  for (const loc of index.locs) {
    const sitemap = await read(new URL(loc).pathname);
    expect(sitemap).toMatchObject({ error: null, root: 'urlset' });
    expect(sitemap.locs.length).toBeGreaterThan(30);
    expect(sitemap.locs.every((l) => l.startsWith('https://faire-ensemble.example/'))).toBe(true);
  }
});
