import type { Locator, Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures.ts';
import { contrastRatio, over, parseColor, type Rgba } from './contrast.ts';

const searchField = (page: Page) => page.getByRole('combobox', { name: 'Rechercher sur le site' });
const resultsPanel = (page: Page) => page.getByRole('dialog', { name: 'Résultats de recherche' });

/** The opaque colour behind an element: its own and its ancestors' backgrounds, composited. */
async function backgroundBehind(locator: Locator): Promise<Rgba> {
  const layers = await locator.evaluate((el) => {
    const colors: string[] = [];
    for (let node: Element | null = el; node; node = node.parentElement) colors.push(getComputedStyle(node).backgroundColor);
    return colors;
  });
  return layers.reverse().reduce<Rgba>((below, css) => over(parseColor(css), below), [255, 255, 255, 1]);
}

test.describe('octets de la recherche', () => {
  /** Index chunks fetched while `act` runs, on a fresh page. */
  async function indexChunks(page: Page, act: () => Promise<void>): Promise<Set<string>> {
    const chunks = new Set<string>();
    page.on('request', (r) => {
      if (r.url().endsWith('.pf_index')) chunks.add(new URL(r.url()).pathname);
    });
    await act();
    await expect(resultsPanel(page).getByRole('status')).toContainText(/résultats? pour «\u202fgouvernance\u202f»/);
    await page.waitForLoadState('networkidle');
    return chunks;
  }

  test('une ou deux lettres ne chargent aucun morceau d’index ; Entrée cherche quand même', async ({ page }) => {
    const index: string[] = [];
    page.on('request', (r) => {
      if (/\.pf_(index|fragment)$/.test(r.url())) index.push(r.url());
    });
    await page.goto('/');
    await searchField(page).pressSequentially('ag', { delay: 300 });
    await expect(resultsPanel(page).getByRole('status')).toHaveText(/au moins trois lettres/);
    await page.waitForLoadState('networkidle');
    expect(index, 'index chargé pour un préfixe de deux lettres').toEqual([]);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/recherche\/\?q=ag$/);
    await expect(page.locator('[data-search-status]')).toContainText(/pour «\u202fag\u202f»/);
  });

  test('taper un mot lettre à lettre ne charge pas plus d’index que le coller', async ({ page, context }) => {
    await page.goto('/');
    const pasted = await indexChunks(page, () => searchField(page).fill('gouvernance'));
    const typist = await context.newPage();
    await typist.goto('/');
    // Cache off: the second page must fetch what it needs itself.
    const session = await context.newCDPSession(typist);
    await session.send('Network.setCacheDisabled', { cacheDisabled: true });
    const typed = await indexChunks(typist, () => searchField(typist).pressSequentially('gouvernance', { delay: 150 }));
    expect(pasted.size).toBeGreaterThan(0);
    expect([...typed].filter((chunk) => !pasted.has(chunk)), 'morceaux chargés en tapant et pas en collant').toEqual([]);
  });
});

test.describe('recherche dans l’en-tête', () => {
  test('ne charge rien de la recherche avant son ouverture, puis fonctionne au clavier', async ({ page }) => {
    const searchRequests: string[] = [];
    page.on('request', (r) => {
      if (/pagefind|search-ui/.test(r.url())) searchRequests.push(r.url());
    });
    await page.goto('/guides/confiance/');
    await page.waitForLoadState('networkidle');
    expect(searchRequests, 'code de recherche chargé avant ouverture').toEqual([]);

    await page.locator('body').press('/');
    const input = searchField(page);
    await expect(input).toBeFocused();
    await page.keyboard.type('gouvernance');
    const panel = resultsPanel(page);
    await expect(panel.getByRole('status')).toContainText(/\d+ résultats? pour «\u202fgouvernance\u202f»/);
    expect(searchRequests.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);

    await page.keyboard.press('ArrowDown');
    const first = panel.getByRole('link').first();
    await expect(first).toBeFocused();
    const href = await first.getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href?.replace(/[.?*+^$[\]\\(){}|-]/g, '\\$&')}$`));
  });

  test('Ctrl+K ouvre la recherche et Échap referme les résultats', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    const input = searchField(page);
    await expect(input).toBeFocused();
    await page.keyboard.type('consentement');
    const panel = resultsPanel(page);
    await expect(panel).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  test('Échap ferme les résultats et garde la requête et le focus ; un second Échap efface', async ({ page }) => {
    await page.goto('/guides/confiance/');
    await page.locator('body').press('/');
    const input = searchField(page);
    await expect(input).toBeFocused();
    await page.keyboard.type('conflit');
    const panel = resultsPanel(page);
    await expect(panel.getByRole('status')).toContainText(/\d+ résultats? pour «\u202fconflit\u202f»/);
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(panel.getByRole('link').first()).toBeFocused();

    await page.keyboard.press('Escape');
    await expect(input).toBeFocused();
    await expect(panel).toBeHidden();
    await expect(input).toHaveValue('conflit');
    await expect(input).toHaveAttribute('aria-expanded', 'false');
    // Longer than the input debounce: nothing reopens the panel behind the reader's back.
    await page.waitForTimeout(400);
    await expect(panel).toBeHidden();
    await expect(input).toBeFocused();

    // ArrowDown reopens it on the kept query; Escape from the field itself also keeps the query.
    await page.keyboard.press('ArrowDown');
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('link').first()).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(input).toBeFocused();
    await expect(panel).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(input).toHaveValue('conflit');
    await expect(input).toBeFocused();

    // A second Escape, with the panel closed, clears the query and keeps the focus.
    await page.keyboard.press('Escape');
    await expect(input).toHaveValue('');
    await expect(input).toBeFocused();
    await expect(panel).toBeHidden();
    await expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe-core : aucune violation avec les résultats ouverts (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/');
      const input = searchField(page);
      await input.click();
      await page.keyboard.type('conflit');
      await expect(resultsPanel(page).getByRole('status')).toContainText(/résultats? pour/);
      await expect(input).toHaveAttribute('aria-expanded', 'true');
      expect(await axeViolations(page), 'résultats ouverts').toEqual([]);
      await page.keyboard.press('ArrowDown');
      await expect(resultsPanel(page).getByRole('link').first()).toBeFocused();
      expect(await axeViolations(page), 'focus sur un résultat').toEqual([]);
      await page.keyboard.press('Escape');
      await expect(resultsPanel(page)).toBeHidden();
      expect(await axeViolations(page), 'résultats refermés').toEqual([]);
    });

    test(`contraste du texte indicatif et de l’icône de recherche survolée (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/');
      const input = searchField(page);
      const placeholder = await input.evaluate((el) => {
        const style = getComputedStyle(el, '::placeholder');
        return { color: style.color, opacity: Number(style.opacity) };
      });
      const fieldBg = await backgroundBehind(input);
      const text = parseColor(placeholder.color);
      text[3] *= placeholder.opacity;
      const placeholderRatio = contrastRatio(over(text, fieldBg), fieldBg);

      const button = page.getByRole('button', { name: 'Lancer la recherche' });
      await button.hover();
      expect(await button.evaluate((el) => el.matches(':hover'))).toBe(true);
      const icon = button.locator('svg');
      const stroke = parseColor(await icon.evaluate((el) => getComputedStyle(el).stroke));
      const buttonBg = await backgroundBehind(button);
      const iconRatio = contrastRatio(over(stroke, buttonBg), buttonBg);
      const iconBox = await icon.boundingBox();
      test.info().annotations.push({
        type: 'contrast',
        description: `${scheme}: placeholder ${placeholderRatio.toFixed(2)}:1, icon on hover ${iconRatio.toFixed(2)}:1, icon ${iconBox?.width}px`,
      });
      expect(placeholderRatio, 'texte indicatif').toBeGreaterThanOrEqual(4.5);
      expect(iconRatio, 'icône survolée').toBeGreaterThanOrEqual(3);
      expect(iconBox?.width ?? 0, 'taille de l’icône').toBeGreaterThanOrEqual(20);
    });
  }

  test('trouve les mots accentués sans les accents', async ({ page }) => {
    await page.goto('/');
    await searchField(page).fill('cooperation');
    const panel = resultsPanel(page);
    await expect(panel.getByRole('status')).toContainText(/résultats? pour/);
    await expect(panel.locator('mark').first()).toContainText(/coopération/i);
  });

  test('trouve un mot écrit après une élision et montre le texte de la page', async ({ page }) => {
    await page.goto('/');
    await searchField(page).pressSequentially('essoufflement');
    const panel = resultsPanel(page);
    const result = panel.locator('.search-result').filter({ has: page.getByRole('link', { name: 'Tenir dans la durée : l’essoufflement et les temps forts', exact: true }) });
    await expect(result).toHaveCount(1);
    await expect(result.locator('.search-result__excerpt mark').filter({ hasText: /^l’essoufflement/ })).not.toHaveCount(0);
    await expect(result.locator('.search-result__excerpt')).not.toContainText("l'essoufflement");
  });

  test('Entrée dans le champ mène à la page de recherche complète', async ({ page }) => {
    await page.goto('/fiches/');
    const input = searchField(page);
    await input.fill('élection');
    await input.press('Enter');
    await expect(page).toHaveURL(/\/recherche\/\?q=%C3%A9lection$/);
    await expect(page.locator('[data-search-status]')).toContainText(/résultats? pour «\u202félection\u202f»/);
  });
});

test.describe('page /recherche/', () => {
  test('lance la requête de l’adresse et pointe vers les sections', async ({ page }) => {
    await page.goto('/recherche/?q=objection');
    await expect(page.getByLabel('Mots recherchés')).toHaveValue('objection');
    await expect(page.locator('[data-search-status]')).toContainText(/\d+ résultats? pour «\u202fobjection\u202f»/);
    const sectionLinks = page.locator('.search-result__sections a[href*="#"]');
    await expect(sectionLinks.first()).toBeVisible();
  });

  test('filtre par type de page et garde le filtre dans l’adresse', async ({ page }) => {
    await page.goto('/recherche/?q=atelier');
    await expect(page.locator('[data-search-status]')).toContainText('résultat');
    await page.getByLabel('Fiche pratique').check();
    await expect(page).toHaveURL(/type=Fiche\+pratique/);
    const tags = page.locator('.search-result .tag');
    await expect(tags.first()).toHaveText('Fiche pratique');
    for (const tag of await tags.allTextContents()) expect(tag).toBe('Fiche pratique');
  });

  test('filtre par thème', async ({ page }) => {
    await page.goto('/recherche/?q=collectif&theme=' + encodeURIComponent('Écueils juridiques, fiscaux et RH'));
    await expect(page.locator('[data-search-status]')).toContainText('résultat');
    const urls = await page.locator('.search-result__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.some((u) => u?.includes('/guides/ecueils-'))).toBe(true);
    expect(urls.every((u) => !u?.includes('/guides/vision-partagee/'))).toBe(true);
  });

  test('dit clairement quand rien ne correspond', async ({ page }) => {
    await page.goto('/recherche/?q=zzzyxwv');
    await expect(page.locator('[data-search-status]')).toContainText('Aucun résultat pour «\u202fzzzyxwv\u202f»');
  });
});
