/**
 * Links from newsletters: a link with tracking parameters and a section lands on that section at
 * once — measured frame by frame from before the first paint —, with the canonical address and
 * the address bar free of the parameters; a click inside the page still scrolls smoothly; the 404
 * page searches with the words of the broken address.
 */
import type { Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures.ts';

const TRACKING = 'utm_source=lettre&utm_medium=email&utm_campaign=decembre';

interface Frame {
  t: number;
  y: number;
  /** Top of the target in the viewport; null before it is parsed. */
  top: number | null;
}

/** Records, from the very first animation frame of the page, the scroll and the target's position. */
async function recordFrames(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const frames: { t: number; y: number; top: number | null }[] = [];
    (window as unknown as { __frames: typeof frames }).__frames = frames;
    let id = location.hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      // Keep it raw.
    }
    const tick = () => {
      const el = id ? document.getElementById(id) : null;
      frames.push({ t: performance.now(), y: scrollY, top: el ? el.getBoundingClientRect().top : null });
      if (frames.length < 120) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function framesAndPaint(page: Page): Promise<{ frames: Frame[]; firstPaint: number }> {
  await page.waitForFunction(() => (window as unknown as { __frames: unknown[] }).__frames.length >= 60);
  return page.evaluate(() => ({
    frames: (window as unknown as { __frames: Frame[] }).__frames,
    firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime ?? Number.NaN,
  }));
}

/** Where the target should land: the top of the viewport, less the page's scroll padding and margin. */
async function expectedTop(page: Page, id: string): Promise<{ top: number; atBottom: boolean }> {
  return page.evaluate((target) => {
    const el = document.getElementById(target);
    if (!el) throw new Error(`#${target} introuvable`);
    const top = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) + parseFloat(getComputedStyle(el).scrollMarginTop);
    const atBottom = Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight;
    return { top, atBottom };
  }, id);
}

const LANDINGS = [
  { path: '/guides/ptce/', id: 'questions-à-poser-au-collectif' },
  { path: '/fiches/world-cafe/', id: 'déroulé' },
  { path: '/outils/simulateur-decision/', id: 'exemple-cee-1958' },
  { path: '/outils/autodiagnostic-cooperation/', id: 'l-utiliser-en-groupe' },
  { path: '/glossaire/', id: 'scic' },
];

for (const viewport of [
  { name: 'bureau', width: 1280, height: 800 },
  { name: 'téléphone', width: 390, height: 844 },
]) {
  test.describe(`arrivée par un lien de lettre d’information (${viewport.name})`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const { path, id } of LANDINGS) {
      test(`${path}#${id} : la section est en haut dès l’affichage, sans défilement animé`, async ({ page, baseURL }) => {
        await recordFrames(page);
        await page.goto(`${path}?${TRACKING}#${encodeURIComponent(id)}`);
        const { frames, firstPaint } = await framesAndPaint(page);
        const { top: expected, atBottom } = await expectedTop(page, id);
        expect(atBottom, 'la section choisie doit pouvoir venir en haut de l’écran').toBe(false);

        const withTarget = frames.filter((f) => f.top !== null);
        // The first frame of the page comes before its first paint: the record covers what was shown.
        expect(frames[0]?.t ?? Infinity).toBeLessThanOrEqual(firstPaint);
        expect(withTarget.length).toBeGreaterThan(50);
        const firstShown = withTarget.find((f) => f.t >= firstPaint) ?? withTarget[0];
        expect(firstShown?.top, 'position de la section au premier affichage').toBeCloseTo(expected, -0.5);
        const tops = withTarget.map((f) => Math.round(f.top ?? 0));
        expect(Math.max(...tops) - Math.min(...tops), `la section bouge après l’arrivée : ${tops.join(' ')}`).toBeLessThanOrEqual(2);
        const ys = withTarget.map((f) => Math.round(f.y));
        expect(new Set(ys).size, `défilement animé : ${ys.join(' ')}`).toBeLessThanOrEqual(2);

        // Nothing covers the heading (no sticky header over it).
        const covered = await page.evaluate((target) => {
          const el = document.getElementById(target);
          if (!el) return 'introuvable';
          const box = el.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + Math.min(box.width, 40) / 2, box.top + Math.min(box.height, 20) / 2);
          return hit && (el.contains(hit) || hit.contains(el)) ? '' : `recouverte par ${hit?.tagName}.${hit?.className}`;
        }, id);
        expect(covered).toBe('');

        // The canonical address and the address bar carry no tracking parameter; the section stays.
        const origin = new URL(baseURL ?? '').origin;
        const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
        expect(canonical).toMatch(new RegExp(`^https?://[^/]+${path.replace(/\//g, '\\/')}$`));
        expect(await page.locator('meta[property="og:url"]').getAttribute('content')).toBe(canonical);
        expect(await page.evaluate(() => location.href)).toBe(`${origin}${encodeURI(path)}#${encodeURIComponent(id)}`);
      });
    }
  });
}

test.describe('clic vers une section de la même page', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  const LAST_TOC_LINK = 'nav.toc li:last-child a';
  const LAST_SECTION = 'pièges-à-éviter';

  async function scrollSamples(page: Page, link: string): Promise<number[]> {
    return page.evaluate(async (selector) => {
      const samples: number[] = [];
      const anchor = document.querySelector<HTMLAnchorElement>(selector);
      if (!anchor) throw new Error(`${selector} introuvable`);
      anchor.click();
      for (let i = 0; i < 90; i += 1) {
        samples.push(Math.round(scrollY));
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      return samples;
    }, link);
  }

  test('défile en douceur, arrive sur la section, puis une arrivée suivante reste immédiate', async ({ page }) => {
    await page.goto('/guides/ptce/');
    const samples = await scrollSamples(page, LAST_TOC_LINK);
    const end = samples.at(-1) ?? 0;
    expect(end).toBeGreaterThan(1000);
    const between = samples.filter((y) => y > 0 && y < end);
    expect(between.length, `positions : ${samples.join(' ')}`).toBeGreaterThan(3);
    const { top } = await expectedTop(page, LAST_SECTION);
    const landed = await page.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().top ?? NaN, LAST_SECTION);
    expect(landed).toBeCloseTo(top, -0.5);
    await expect(page.locator('html')).not.toHaveClass(/smooth-scroll/);
  });

  test('saute sans animation quand le lecteur demande moins de mouvement', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/guides/ptce/');
    const samples = await scrollSamples(page, LAST_TOC_LINK);
    expect(new Set(samples.slice(2)).size, `positions : ${samples.join(' ')}`).toBe(1);
  });
});

test.describe('page introuvable', () => {
  test('cherche avec les mots de l’adresse et propose les points d’entrée', async ({ page, guards }) => {
    const response = await page.goto(`/guides/ptce-definition-legale/?${TRACKING}`);
    expect(response?.status()).toBe(404);
    // The browser logs the 404 of the page itself: expected here.
    guards.consoleErrors.splice(0);
    guards.failedRequests.splice(0);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
    const field = page.getByRole('searchbox', { name: 'Chercher la page avec les mots de l’adresse' });
    await expect(field).toHaveValue('ptce definition legale');
    // Search loads its index on this page: generous on a busy machine.
    await expect(page.locator('[data-not-found-status]')).toHaveText(
      'Pages qui pourraient correspondre à «\u202fptce definition legale\u202f»\u202f:',
      { timeout: 20_000 },
    );
    const results = page.locator('[data-not-found-results] .search-result__title a');
    await expect(results.first()).toBeVisible();
    await expect(results.first()).toHaveAttribute('href', '/guides/ptce/');
    for (const href of ['/', '/guides/', '/fiches/', '/outils/', '/glossaire/', '/nouveautes/']) {
      await expect(page.locator(`.entry-points a[href="${href}"]`)).toHaveCount(1);
    }
    expect(await axeViolations(page)).toEqual([]);

    // The search goes on in the search page with the same words.
    await field.press('Enter');
    await expect(page).toHaveURL(/\/recherche\/\?q=ptce(\+|%20)definition(\+|%20)legale$/);
  });

  test('passe aux mots pris un à un quand aucune page ne les a tous', async ({ page, guards }) => {
    // Indexed words that no page has all together.
    await page.goto('/fiches/world-cafe-luxembourg/');
    guards.consoleErrors.splice(0);
    guards.failedRequests.splice(0);
    await expect(page.getByRole('searchbox', { name: 'Chercher la page avec les mots de l’adresse' })).toHaveValue('world cafe luxembourg');
    await expect(page.locator('[data-not-found-results] a[href="/fiches/world-cafe/"]').first()).toBeVisible({ timeout: 20_000 });
  });
});
