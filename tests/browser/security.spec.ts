/**
 * The security headers in the browser: the test server sends exactly those of dist/_headers, the
 * Permissions-Policy names only features Chromium knows, and every tool runs in every state
 * without breaking the Content Security Policy — search (Pagefind's WebAssembly in its worker),
 * the 404 page's search, the questionnaires (steps, results, share link, synthesis), the
 * simulator (its power analysis in a Web Worker, share link, print), « Anticiper les écueils »,
 * the section link copy, the newsletter kit and its e-mail preview, print. The shared fixture
 * fails a test on any violation, console error, failed or foreign request.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, readClipboard, recordClipboard } from './fixtures.ts';
import { DENIED_FEATURES } from '../../src/lib/security/headers.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/urls/host-files.ts';
import { ANSWERS_LINKS } from '../unit/golden/share-links.v1.ts';

const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
const policy = headersFor(rules, '/').get('content-security-policy') ?? '';

/** The Web Workers a page starts, by address. */
function workersOf(page: Page): string[] {
  const urls: string[] = [];
  page.on('worker', (worker) => urls.push(new URL(worker.url()).pathname));
  return urls;
}

/** Print buttons open the print dialog: recorded instead, the print view is then emulated. */
async function stubPrint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', document.documentElement.dataset['print'] ?? '');
  });
}

test.describe('en-têtes servis', () => {
  test('chaque réponse porte exactement les en-têtes de dist/_headers', async ({ request, guards }) => {
    const powerWorker = `/_astro/${readdirSync('dist/_astro').find((f) => f.startsWith('power-worker')) ?? ''}`;
    const paths = ['/', '/guides/ptce/', '/outils/simulateur-decision/', powerWorker, '/pagefind/pagefind-worker.js', '/pagefind/pagefind.js', '/sitemap-index.xml', '/introuvable/'];
    for (const path of paths) {
      const response = await request.get(path);
      const headers = response.headers();
      const expected = headersFor(rules, path);
      expect(expected.size).toBeGreaterThanOrEqual(4);
      for (const [name, value] of expected) expect(headers[name], `${path} : ${name}`).toBe(value);
    }
    expect((await request.get('/introuvable/')).status()).toBe(404);
    expect(headersFor(rules, '/_astro/x.js').get('cache-control')).toBe('public, max-age=31536000, immutable');
    // Fetched outside a page: the guards see nothing of it.
    expect(guards.failedRequests).toEqual([]);
  });

  test('la politique interdit tout code en ligne sans empreinte et toute autre origine', () => {
    expect(policy).toMatch(/^default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|data:|blob:|\*/);
    for (const directive of ["object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'", "worker-src 'self'"]) {
      expect(policy).toContain(directive);
    }
  });

  test('Permissions-Policy : chaque fonction refusée est connue de Chromium et refusée', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (msg) => {
      if (/Permissions-Policy|Feature-Policy/i.test(msg.text())) warnings.push(msg.text());
    });
    await page.goto('/');
    const { known, allowed } = await page.evaluate(() => {
      const policy = (document as unknown as { featurePolicy: { features(): string[]; allowedFeatures(): string[] } }).featurePolicy;
      return { known: policy.features(), allowed: policy.allowedFeatures() };
    });
    expect(DENIED_FEATURES.filter((f) => !known.includes(f)), 'inconnues de Chromium').toEqual([]);
    expect(DENIED_FEATURES.filter((f) => allowed.includes(f)), 'encore permises').toEqual([]);
    expect(allowed).toContain('clipboard-write');
    // The presentation view of a fiche goes full screen; no frame of another origin may.
    expect(allowed).toContain('fullscreen');
    expect(warnings).toEqual([]);
  });
});

test.describe('sous la politique de sécurité des contenus, chaque outil dans chaque état', () => {
  test('la recherche de l’en-tête et la page de recherche, par le WebAssembly de Pagefind', async ({ page }) => {
    const workers = workersOf(page);
    await page.goto('/guides/confiance/');
    await page.locator('body').press('/');
    await page.keyboard.type('gouvernance');
    const panel = page.getByRole('dialog', { name: 'Résultats de recherche' });
    await expect(panel.getByRole('status')).toContainText(/\d+ résultats? pour «\u202fgouvernance\u202f»/, { timeout: 20_000 });
    await expect(panel.getByRole('link').first()).toBeVisible();
    expect(workers).toContain('/pagefind/pagefind-worker.js');
    await page.goto('/recherche/?q=coop%C3%A9ration');
    await expect(page.locator('[data-search-results] a').first()).toBeVisible({ timeout: 20_000 });
  });

  test('la page introuvable cherche avec les mots de l’adresse', async ({ page, guards }) => {
    const response = await page.goto('/guides/ptce-definition-legale/');
    expect(response?.status()).toBe(404);
    expect(response?.headers()['content-security-policy']).toBe(policy);
    // The 404 of the page itself is expected.
    guards.consoleErrors.splice(0);
    guards.failedRequests.splice(0);
    await expect(page.getByRole('searchbox', { name: 'Chercher la page avec les mots de l’adresse' })).toHaveValue('ptce definition legale');
    await expect(page.locator('[data-not-found-results] a[href="/guides/ptce/"]').first()).toBeVisible({ timeout: 20_000 });
  });

  test('autodiagnostic : étapes, résultats, lien de partage, impression, puis synthèse', async ({ page, context, baseURL }) => {
    test.slow();
    await context.grantPermissions(['clipboard-write'], { origin: baseURL ?? '' });
    await recordClipboard(context);
    await stubPrint(page);
    await page.goto('/outils/autodiagnostic-posture/');
    await expect(page.locator('.qz-app[data-ready]')).toBeVisible();
    await page.getByRole('button', { name: 'Commencer' }).click();
    for (let step = 1; step <= 8; step += 1) {
      await expect(page.getByText(`Étape ${step} sur 8`, { exact: true })).toBeVisible();
      for (const statement of await page.locator('fieldset.qz-statement').all()) {
        await statement.getByLabel(step % 2 ? 'Plutôt d’accord' : 'Partagé', { exact: true }).check();
      }
      await page.getByRole('button', { name: step < 8 ? 'Suivant' : 'Voir mes résultats' }).click();
    }
    await expect(page.locator('h2:focus')).toHaveText('Vos résultats');
    await expect(page.locator('.qz-chart')).toBeVisible();
    // The chart's bars are sized through the DOM, which the policy leaves alone.
    expect(await page.locator('.qz-chart__bar').first().evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(10);

    await page.getByRole('button', { name: 'Copier le lien' }).click();
    await expect(page.getByText('Lien copié dans le presse-papiers.').first()).toBeAttached();
    const link = (await readClipboard(page))['text/plain'] ?? '';
    expect(link).toMatch(/#r=[A-Za-z0-9_-]+$/);
    await page.getByRole('button', { name: 'Imprimer', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('data-printed', /.+/);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.qz-chart')).toBeVisible();
    await page.emulateMedia({ media: 'screen' });

    // A result opened from a link, then the synthesis of two members' links (sent by version 1).
    await page.goto(new URL(link).pathname + new URL(link).hash);
    await expect(page.locator('h2:focus')).toHaveText(/Résultat partagé/);
    const members = ANSWERS_LINKS.filter((g) => g.questionnaire === 'cooperation').slice(0, 2);
    expect(members).toHaveLength(2);
    await page.goto('/outils/autodiagnostic-cooperation/synthese/');
    await expect(page.locator('.qz-app[data-ready]')).toBeVisible();
    const origin = new URL(page.url()).origin;
    await page.getByLabel('Liens ou codes des membres, un par ligne').fill(members.map((m) => `${origin}${m.link}`).join('\n'));
    await page.getByRole('button', { name: 'Construire la synthèse' }).click();
    await expect(page.locator('h2:focus')).toHaveText('Synthèse de 2 membres');
  });

  test('simulateur : analyse du pouvoir dans son Web Worker, lien de partage, impression', async ({ page }) => {
    const workers = workersOf(page);
    await stubPrint(page);
    await page.goto('/outils/simulateur-decision/');
    await expect(page.locator('.ds')).toHaveAttribute('data-ready', 'true');
    const select = page.getByLabel('Modèle', { exact: true });
    await select.selectOption((await select.locator('option', { hasText: 'SCIC à quatre collèges' }).getAttribute('value')) ?? '');
    await page.getByRole('button', { name: 'Charger ce modèle' }).click();
    await expect(page.getByTestId('power-pending')).toHaveCount(0);
    await expect(page.locator('#ds-power-members tbody tr').first()).toBeVisible();
    expect(workers.some((url) => /^\/_astro\/power-worker[^/]*\.js$/.test(url)), `workers : ${workers.join(', ')}`).toBe(true);

    await page.getByRole('button', { name: 'Créer un lien de partage' }).click();
    const link = await page.getByLabel('Lien de partage du scénario').inputValue();
    await page.goto('/');
    await page.goto(link);
    await expect(page.locator('.ds-notice')).toContainText('Scénario ouvert depuis un lien de partage');
    await expect(page.getByTestId('power-pending')).toHaveCount(0);
    await page.getByRole('button', { name: 'Imprimer le scénario et les résultats' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-printed', 'simulateur');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.ds-summary')).toBeVisible();
  });

  test('anticiper les écueils : réponses, lien de partage, exports, impressions', async ({ page }) => {
    await stubPrint(page);
    await page.goto('/outils/anticiper-les-ecueils/');
    await expect(page.locator('.ec[data-ready="true"]')).toBeVisible();
    for (const question of [/répondre ensemble à des marchés publics/, /embaucher lui-même/]) {
      await page.getByRole('group', { name: question }).getByRole('radio').first().check();
    }
    await expect(page.locator('.ec-form h5').first()).toBeVisible();
    await page.getByRole('button', { name: 'Créer un lien de partage' }).click();
    const link = await page.getByLabel('Lien de partage de vos réponses').inputValue();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger en CSV (tableur)' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    await page.getByRole('button', { name: 'Imprimer le résultat' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-printed', 'resultats');
    await page.getByRole('button', { name: 'Imprimer la version papier' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-printed', 'papier');
    await page.goto('/');
    await page.goto(link);
    await expect(page.getByRole('status').filter({ hasText: 'Réponses ouvertes depuis un lien de partage' })).toBeVisible();
  });

  test('copie du lien d’une section, kit de lettre d’information et son aperçu, impression d’un guide', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-write'], { origin: baseURL ?? '' });
    await recordClipboard(context);
    await page.goto('/guides/confiance/');
    await page.locator('.heading-wrap a.heading-anchor').nth(1).click();
    await expect(page.locator('#annonces')).toHaveText('Lien de la section copié dans le presse-papiers.');

    await page.locator('details.newsletter-kit summary').click();
    await page.getByRole('button', { name: 'Copier le bloc HTML' }).click();
    expect((await readClipboard(page))['text/html']).toContain('<table role="presentation"');
    // The preview's e-mail styles are inline: allowed by their hashes, so applied.
    const cell = page.frameLocator('details.newsletter-kit iframe').locator('td').first();
    await expect(cell).toBeVisible();
    expect(await cell.evaluate((td) => getComputedStyle(td).paddingBottom)).toBe('12px');
    // The kit's style sheet came from the site.
    expect(await page.locator('details.newsletter-kit .copy-field label').first().evaluate((el) => getComputedStyle(el).display)).toBe('block');

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.site-header')).toBeHidden();
  });
});
