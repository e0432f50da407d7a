import { test, expect, readClipboard, recordClipboard } from './fixtures.ts';

test('un lien profond vers une section fait défiler jusqu’au titre', async ({ page }) => {
  await page.goto('/guides/arbitrer-ensemble/#le-poids-nest-pas-le-pouvoir');
  const heading = page.locator('h2#le-poids-nest-pas-le-pouvoir');
  await expect(heading).toBeInViewport();
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
