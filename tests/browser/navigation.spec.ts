import { test, expect, readClipboard, recordClipboard } from './fixtures.ts';

test('un lien profond vers une section fait défiler jusqu’au titre', async ({ page }) => {
  await page.goto('/guides/compter-les-voix/#le-poids-nest-pas-le-pouvoir');
  const heading = page.locator('h2#le-poids-nest-pas-le-pouvoir');
  await expect(heading).toBeInViewport();
});

test('une section partie dans un autre guide y mène depuis son ancienne adresse, paramètres de suivi compris', async ({ page }) => {
  // Guides split in two (content/redirections.yaml): the old page sends a moved section on.
  const moves: [old: string, page: string, section: string][] = [
    ['/guides/ecueils-juridiques/?utm_source=lettre#la-scic', '/guides/formes-juridiques-de-la-cooperation/', 'la-scic'],
    ['/guides/ecueils-fiscaux/?utm_source=lettre#la-tva', '/guides/franchise-tva-et-filialisation/', 'la-tva'],
    ['/guides/ecueils-rh-et-financements/?utm_source=lettre#le-plafond-de-minimis', '/guides/recevoir-de-l-argent-public/', 'le-plafond-de-minimis'],
    ['/guides/temps-de-la-cooperation/?utm_source=lettre#anticiper-lessoufflement', '/guides/essoufflement-et-temps-forts/', 'anticiper-lessoufflement'],
  ];
  for (const [old, moved, section] of moves) {
    await page.goto(old);
    await expect(page).toHaveURL(new RegExp(`${moved}#${section}$`));
    await expect(page.locator(`h2#${section}`)).toBeInViewport();
  }
  // A section that stayed is not sent anywhere.
  await page.goto('/guides/ecueils-juridiques/#tableau-comparatif');
  await expect(page).toHaveURL(/\/guides\/ecueils-juridiques\/#tableau-comparatif$/);
  await expect(page.locator('h2#tableau-comparatif')).toBeInViewport();
});

test('le bouton de copie de lien copie l’adresse complète de la section', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-write'], { origin: baseURL ?? '' });
  await recordClipboard(context);
  await page.goto('/guides/confiance/');
  const anchor = page.locator('.heading-wrap a.heading-anchor').nth(1);
  const target = await anchor.getAttribute('href');
  await expect(anchor).toHaveAccessibleName(/^Copier le lien vers la section «[\s\u202f].+[\s\u202f]»$/);
  await anchor.focus();
  await page.keyboard.press('Enter');
  const copied = (await readClipboard(page))['text/plain'] ?? '';
  expect(copied).toBe(new URL(`/guides/confiance/${target}`, baseURL).href);
  await expect(page).toHaveURL(copied);
  await expect(page.locator('#annonces')).toHaveText('Lien de la section copié dans le presse-papiers.');
});

test('le lien d’évitement mène au contenu', async ({ page }) => {
  await page.goto('/guides/ptce/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Aller au contenu' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#contenu')).toBeFocused();
});

test('la mise en page tient sur 320 px sans défilement horizontal', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const path of ['/', '/guides/ecueils-juridiques/', '/fiches/world-cafe/', '/glossaire/', '/sources/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('une page de contenu ne charge aucun framework JavaScript', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/guides/vision-partagee/');
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((s) => /preact|client\.|signals/.test(s))).toEqual([]);
  expect(await page.locator('astro-island').count()).toBe(0);
});

test('le mode sombre suit le système', async ({ browser, baseURL }) => {
  const dark = await browser.newPage({ colorScheme: 'dark' });
  await dark.goto(`${baseURL}/`);
  const bg = await dark.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(20, 23, 26)');
  await dark.close();
});

test.describe('la barre latérale', () => {
  const THEMES = 11;

  test('sur un guide : tous les thèmes, les guides du thème en cours seulement, la page marquée', async ({ page }) => {
    await page.goto('/guides/ecueils-fiscaux/');
    const nav = page.getByRole('navigation', { name: 'Guides et fiches' });
    await expect(nav).toHaveCount(1);
    const themes = nav.locator('a[href^="/themes/"]');
    await expect(themes).toHaveCount(THEMES);
    const open = nav.locator('li.open');
    await expect(open).toHaveCount(1);
    await expect(open.locator('> a')).toHaveAttribute('href', '/themes/ecueils/');
    const current = nav.locator('a[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveAttribute('href', '/guides/ecueils-fiscaux/');
    await expect(open.locator('a[aria-current="page"]')).toHaveCount(1);
    // The theme's other guides, and nothing of the other themes or of the fiches.
    await expect(open.getByRole('link', { name: /^Anticiper les écueils juridiques\s: choisir une forme/ })).toBeVisible();
    await expect(nav.locator('a[href="/guides/ptce/"]')).toHaveCount(0);
    await expect(nav.locator('a[href^="/fiches/"]')).toHaveCount(1);
    await expect(nav.locator('a[href^="/guides/"]')).toHaveCount((await open.locator('ul a').count()) + 1);
    // Previous and next still follow the navigation order, across themes.
    await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', '/guides/formes-juridiques-de-la-cooperation/');
    await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', '/guides/franchise-tva-et-filialisation/');
  });

  test('sur une fiche : les fiches autour d’elle et un lien vers toutes', async ({ page }) => {
    await page.goto('/fiches/world-cafe/');
    const nav = page.getByRole('navigation', { name: 'Guides et fiches' });
    await expect(nav.locator('a[aria-current="page"]')).toHaveAttribute('href', '/fiches/world-cafe/');
    await expect(nav.locator('li.open')).toHaveCount(0);
    const fiches = nav.locator('ul:not(.sidebar__themes) a[href^="/fiches/"]');
    expect(await fiches.count()).toBeLessThanOrEqual(10);
    const all = nav.getByRole('link', { name: /^Voir les \d+ fiches$/ });
    await expect(all).toHaveAttribute('href', '/fiches/');
    const count = Number((await all.textContent())?.match(/\d+/)?.[0]);
    await all.click();
    await expect(page.locator('main .card')).toHaveCount(count);
  });

  test('sur une page de thème : le thème marqué et ouvert, la page liste tous ses guides', async ({ page }) => {
    await page.goto('/themes/territoire/');
    const nav = page.getByRole('navigation', { name: 'Guides et fiches' });
    await expect(nav.locator('a[aria-current="page"]')).toHaveAttribute('href', '/themes/territoire/');
    await expect(nav.locator('li.open > a')).toHaveAttribute('href', '/themes/territoire/');
    const listed = await nav.locator('li.open ul a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const onPage = await page.locator('#guides-du-theme + ul a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(listed.length).toBeGreaterThan(0);
    expect(onPage).toEqual(expect.arrayContaining(listed));
  });

  test('se parcourt au clavier, après le contenu sur un petit écran', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/guides/ptce/');
    const nav = page.getByRole('navigation', { name: 'Guides et fiches' });
    const main = await page.locator('main').boundingBox();
    const side = await nav.boundingBox();
    expect(side!.y).toBeGreaterThan(main!.y + main!.height - 1);
    const first = nav.locator('a').first();
    await first.focus();
    await expect(first).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(nav.locator('a').nth(1)).toBeFocused();
    await expect(nav.getByRole('heading', { level: 2 })).toHaveText(['Guides', 'Fiches pratiques', 'Outils']);
  });
});
