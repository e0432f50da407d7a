/**
 * Offline use, as a facilitator meets it: one visit with a network, then none — fiches, guides,
 * a questionnaire to its result, the simulator, search, a share link, every stored page — and the
 * offline page for an address that was not stored. Then what must never break a page: the store
 * cleared by hand (with and without a network), and a new version of the site waiting while the
 * previous one serves, until « Mettre à jour ». axe-core on each state of the indicator.
 * The rest of the suite blocks service workers (playwright.config.ts); these tests allow them.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, axeViolations, expectGuardsClean, watchContext, type Guards } from './fixtures.ts';
import { createStaticServer } from './static-server.mjs';
import { OFFLINE_PAGE, readPrecacheManifest } from '../../src/lib/offline/precache.ts';
import { OFFLINE_TEXT, WORKER_MESSAGES } from '../../src/lib/offline/status.ts';

test.use({ serviceWorkers: 'allow' });

const manifest = readPrecacheManifest(readFileSync('dist/sw.js', 'utf8'));
const storedPages = manifest.map((entry) => entry.url).filter((url) => url.endsWith('/'));
const FICHE = '/fiches/world-cafe/';
const GUIDE = '/guides/ptce/';
const NOT_STORED = '/sources/';

const indicator = (page: Page) => page.locator('[data-offline-text]');
const updateButton = (page: Page) => page.getByRole('button', { name: OFFLINE_TEXT.action });

/** Visits the site once and waits until the indicator says it is stored. */
async function visitOnce(page: Page, path = '/') {
  await page.goto(path);
  await expect(indicator(page)).toHaveText(OFFLINE_TEXT.ready, { timeout: 60_000 });
  await expect(page.locator('[data-offline]')).toBeVisible();
}

/** Drops, from the failed requests the guards saw, those a test expected. */
function forgetFailures(guards: Guards, expected: (entry: string) => boolean) {
  guards.failedRequests.splice(0, Infinity, ...guards.failedRequests.filter((entry) => !expected(entry)));
}

/**
 * Drops, from what the guards saw, the requests that could only fail with the network cut: the
 * browser's check for a new service worker, and the worker trying the network for what it did not
 * store. Whatever else failed still fails the test.
 */
function forgetOfflineFailures(guards: Guards, paths: readonly string[]) {
  forgetFailures(guards, (entry) => entry.includes('ERR_INTERNET_DISCONNECTED') && paths.some((path) => entry.includes(path)));
}

async function expectNoViolations(page: Page, state: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), `${state} (${colorScheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function clearStore(page: Page) {
  await page.evaluate(async () => {
    for (const name of await caches.keys()) await caches.delete(name);
  });
}

test('la liste enregistrée couvre guides, fiches, outils, données, recherche et page hors connexion', () => {
  const urls = manifest.map((entry) => entry.url);
  for (const path of ['/', '/guides/', FICHE, GUIDE, '/outils/simulateur-decision/', '/outils/autodiagnostic-cooperation/synthese/', '/recherche/', OFFLINE_PAGE]) {
    expect(urls).toContain(path);
  }
  expect(urls.some((url) => url.startsWith('/donnees/questionnaires/'))).toBe(true);
  expect(urls).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind/wasm.fr.pagefind']));
  expect(urls).not.toContain(NOT_STORED);
  expect(urls.filter((url) => /^\/apercus\/|\.xml$/.test(url))).toEqual([]);
});

test('après une visite, un atelier se déroule sans réseau', async ({ page, context, guards }) => {
  test.setTimeout(240_000);
  await visitOnce(page);
  await expectNoViolations(page, 'indicateur « disponible hors connexion »');
  await context.setOffline(true);

  // A fiche, and a guide opened by a newsletter link (tracking parameters, a section).
  const fiche = await page.goto(FICHE);
  expect(fiche?.fromServiceWorker()).toBe(true);
  await expect(page.locator('h1')).toBeVisible();
  await expect(indicator(page)).toHaveText(OFFLINE_TEXT.ready);
  await page.goto(`${GUIDE}?utm_source=lettre&utm_medium=email#ce-que-dit-la-loi`);
  await expect(page.locator('h1')).toBeVisible();

  // A questionnaire, from its first screen to its result and advice (loaded from /donnees/).
  await page.goto('/outils/autodiagnostic-posture/');
  await expect(page.locator('.qz-app[data-ready]')).toBeVisible();
  await page.getByRole('button', { name: 'Commencer' }).click();
  const results = page.locator('.qz-results');
  for (let step = 0; step < 20 && !(await results.isVisible()); step += 1) {
    const statements = page.locator('fieldset.qz-statement');
    await expect(statements.first()).toBeVisible();
    for (const statement of await statements.all()) await statement.locator('input[type="radio"]').first().check();
    await page.getByRole('button', { name: /^(Suivant|Voir mes résultats)$/ }).click();
  }
  await expect(results).toBeVisible();
  await expect(page.locator('.qz-advice').first().locator('p')).toHaveText(/\S.{30,}/);
  await expect(page.getByText('Les conseils n’ont pas pu être chargés')).toHaveCount(0);

  // The simulator: a vote changes the outcome, the power analysis (a Web Worker) runs.
  await page.goto('/outils/simulateur-decision/?utm_source=atelier');
  await expect(page.locator('.ds')).toHaveAttribute('data-ready', 'true');
  const positions = page.getByRole('group', { name: 'Position de chaque membre' }).locator('select');
  for (const select of await positions.all()) await select.selectOption('contre');
  await expect(page.locator('.ds-outcome h4')).toContainText('rejetée');
  for (const select of await positions.all()) await select.selectOption('pour');
  await expect(page.locator('.ds-outcome h4')).toContainText('adoptée');
  await expect(page.getByTestId('power-pending')).toHaveCount(0);
  await expect(page.locator('#ds-power-members tbody tr').first()).toBeVisible();

  // Search, from the header and on the search page.
  await page.getByRole('combobox', { name: 'Rechercher sur le site' }).fill('gouvernance');
  await expect(page.getByRole('dialog', { name: 'Résultats de recherche' }).getByRole('status')).toContainText(/résultats? pour «\u202fgouvernance\u202f»/);
  await page.goto('/recherche/?q=coop%C3%A9ration');
  await expect(page.locator('[data-search-status]')).toContainText(/\d+ résultats? pour «\u202fcoopération\u202f»/);
  await expect(page.locator('main a[href^="/guides/"]').first()).toBeVisible();

  // A page that was not stored: the offline page, at the address asked for, never a browser error.
  const missing = await page.goto(NOT_STORED);
  expect(missing?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText('Cette page n’est pas disponible hors connexion');
  expect(page.url()).toContain(NOT_STORED);
  await expect(page.getByRole('link', { name: 'Les fiches pratiques' })).toHaveAttribute('href', '/fiches/');
  await expectNoViolations(page, 'page hors connexion');

  await context.setOffline(false);
  forgetOfflineFailures(guards, ['/sw.js', NOT_STORED]);
});

test('l’atelier joué sans réseau : trois membres sur un appareil, la synthèse, une fiche projetée', async ({ page, context, guards }) => {
  test.setTimeout(360_000);
  await visitOnce(page);
  await context.setOffline(true);

  // The self-assessment in workshop mode: Camille, an anonymous member, Malik, on one device.
  await page.goto('/outils/autodiagnostic-posture/');
  await expect(page.locator('.qz-app[data-ready]')).toBeVisible();
  await page.getByRole('button', { name: 'Démarrer le mode atelier' }).click();
  const handover = page.getByTestId('handover');
  for (const [turn, name] of ['Camille', '', 'Malik'].entries()) {
    if (turn === 0) await page.getByRole('button', { name: 'Au tour d’un membre' }).click();
    else await page.getByRole('button', { name: /^Je suis la personne suivante/ }).click();
    await page.getByLabel('Votre prénom (facultatif)').fill(name);
    await page.getByRole('button', { name: 'Commencer mes réponses' }).click();
    for (let step = 0; step < 20 && !(await handover.isVisible()); step += 1) {
      const statements = page.locator('fieldset.qz-statement');
      await expect(statements.first()).toBeVisible();
      // Each member answers differently: the first, third and fifth choice of the scale.
      for (const statement of await statements.all()) await statement.locator('input[type="radio"]').nth(turn * 2).check();
      await page.getByRole('button', { name: /^(Suivant|Terminer et masquer mes réponses)$/ }).click();
    }
    await expect(handover).toBeVisible();
  }
  await page.getByRole('button', { name: /^Je suis l’animateur/ }).click();
  await expect(page.getByTestId('workshop-members').locator('li')).toHaveCount(3);
  await page.getByRole('button', { name: 'Voir la synthèse collective' }).click();
  const synthesis = page.getByTestId('workshop-synthesis');
  await expect(synthesis).toContainText(/Membres\s*:\s*Camille, Anonyme 1, Malik\./);
  await expect(page.getByTestId('discussion-points').locator('li').first()).toBeVisible();

  // A fiche projected, step by step from the keyboard.
  await page.goto('/fiches/world-cafe/presentation/');
  await expect(page.locator('[data-slide]:visible h2')).toHaveText('Le world café');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.deck__position [data-deck-position]')).toHaveText(/^Étape 1 sur \d+$/);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.deck__position [data-deck-position]')).toHaveText(/^Étape 2 sur \d+$/);

  await context.setOffline(false);
  forgetOfflineFailures(guards, ['/sw.js']);
});

test('sans réseau, chaque page enregistrée s’ouvre depuis le navigateur avec ses en-têtes', async ({ page, context, guards }) => {
  test.setTimeout(240_000);
  await visitOnce(page);
  await context.setOffline(true);
  expect(storedPages.length).toBeGreaterThan(60);
  for (const path of storedPages) {
    const response = await page.goto(path);
    expect(response?.fromServiceWorker(), path).toBe(true);
    expect(response?.headers()['content-security-policy'], path).toContain("default-src 'none'");
    await expect(page.locator('h1'), path).toHaveCount(1);
  }
  await context.setOffline(false);
  forgetOfflineFailures(guards, ['/sw.js']);
});

test('une adresse de page sans sa barre finale et un lien de partage avec paramètres viennent aussi du navigateur', async ({ page, context, guards }) => {
  await visitOnce(page);
  await context.setOffline(true);
  const bare = await page.goto(FICHE.slice(0, -1));
  expect(bare?.fromServiceWorker()).toBe(true);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('h1')).not.toHaveText('Cette page n’est pas disponible hors connexion');
  const shared = await page.goto('/outils/autodiagnostic-cooperation/synthese/?r=abc&x=1#r=def');
  expect(shared?.fromServiceWorker()).toBe(true);
  await expect(page.locator('h1')).toBeVisible();
  await context.setOffline(false);
  forgetOfflineFailures(guards, ['/sw.js']);
});

test('pendant l’enregistrement l’indicateur le dit, puis annonce que le site est disponible', async ({ page, context }) => {
  test.setTimeout(180_000);
  // Holds one stored file until the indicator has been checked.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let holding = false;
  await context.route('**/pagefind/wasm.fr.pagefind*', async (route) => {
    holding = true;
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(indicator(page)).toHaveText(OFFLINE_TEXT.preparing, { timeout: 30_000 });
  // Workbox stores the files one after the other: on a loaded machine the held one comes late.
  await expect
    .poll(() => holding, { message: 'le fichier retenu est demandé par le service worker', timeout: 60_000 })
    .toBe(true);
  await expect(indicator(page)).toHaveText(OFFLINE_TEXT.preparing);
  await expect(indicator(page)).toHaveAttribute('role', 'status');
  await expectNoViolations(page, 'indicateur « préparation »');
  release();
  await expect(indicator(page)).toHaveText(OFFLINE_TEXT.ready, { timeout: 60_000 });
  await expect(updateButton(page)).toBeHidden();
});

test('le stockage vidé à la main ne casse aucune page, avec ou sans réseau', async ({ page, context, guards }) => {
  await visitOnce(page);
  await clearStore(page);

  // With a network: pages come from it, and the store is filled again (each file checked).
  await page.goto(FICHE);
  await expect(page.locator('h1')).toBeVisible();
  await expect(indicator(page)).toHaveText(OFFLINE_TEXT.ready, { timeout: 60_000 });
  const stored = await page.evaluate(async () => {
    const counts = await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).length));
    return counts.reduce((a, b) => a + b, 0);
  });
  expect(stored).toBe(manifest.length);
  await context.setOffline(true);
  await page.goto(GUIDE);
  await expect(page.locator('h1')).not.toHaveText(/hors connexion/);
  // The page has its count: the store is emptied after the worker read it, not while.
  await expect(indicator(page)).toHaveText(OFFLINE_TEXT.ready, { timeout: 60_000 });

  // Without one, the store emptied: the worker tries one file, not each of them, and says so.
  await clearStore(page);
  const failedBefore = guards.failedRequests.length;
  const report = await page.evaluate(async (type) => {
    const worker = (await navigator.serviceWorker.ready).active;
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => resolve(event.data);
      worker?.postMessage({ type }, [channel.port2]);
    });
  }, WORKER_MESSAGES.status);
  expect(report).toEqual({ expected: manifest.length, cached: 0 });
  // The worker tried the first listed file, and no other. Two requests of the browser's own may
  // fail in the same moment and are not repairs: its check for a new worker (/sw.js), and the page's
  // icon, which it asks for once the page has loaded.
  const repair = `${new URL(manifest[0]!.url, page.url()).href} : net::ERR_INTERNET_DISCONNECTED`;
  const repairs = () =>
    guards.failedRequests.slice(failedBefore).filter((entry) => !entry.includes('/sw.js') && !entry.includes('/favicon'));
  await expect.poll(repairs).toContain(repair);
  expect(repairs()).toEqual([repair]);

  // A short page says what happened, instead of the browser's error.
  const response = await page.goto(FICHE);
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText('Cette page n’est pas disponible hors connexion');
  await expect(page.locator('main')).toContainText('copie du site enregistrée dans ce navigateur est incomplète');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  // The network back, the same address is the page again.
  await context.setOffline(false);
  await page.reload();
  await expect(page.locator('h1')).not.toHaveText(/hors connexion/);
  await expect(indicator(page)).toHaveText(OFFLINE_TEXT.ready, { timeout: 60_000 });
  // Under Playwright's offline emulation, Chromium sometimes fires « online » at the page being left
  // (1 run in 4 here), whose indicator then asks for a count again: without a network, that count
  // tries the same first file, and only it. Any other failed request still fails the test.
  forgetFailures(guards, (entry) => entry === repair);
  forgetOfflineFailures(guards, ['/sw.js', FICHE, '/favicon']);
});

test.describe('nouvelle version du site', () => {
  let root: string;
  let origin: string;
  let server: ReturnType<typeof createStaticServer>;

  test.beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'faire-ensemble-offline-'));
    cpSync('dist', root, { recursive: true });
    server = createStaticServer(root);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  test.afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(root, { recursive: true, force: true });
  });

  /** Publishes a new version of one page: its text, and its entry in sw.js (revision and hash). */
  function publishNewVersion(path: string, change: (html: string) => string) {
    const file = join(root, path, 'index.html');
    const html = change(readFileSync(file, 'utf8'));
    writeFileSync(file, html);
    const worker = join(root, 'sw.js');
    const entry = manifest.find((e) => e.url === path);
    if (!entry?.integrity || !entry.revision) throw new Error(`${path} absent de sw.js`);
    const integrity = `sha256-${createHash('sha256').update(html).digest('base64')}`;
    writeFileSync(worker, readFileSync(worker, 'utf8').replace(entry.integrity, integrity).replace(entry.revision, 'nouvelle-version'));
  }

  async function openContext(browser: import('@playwright/test').Browser): Promise<{ context: BrowserContext; guards: Guards }> {
    const context = await browser.newContext({ baseURL: origin, serviceWorkers: 'allow', locale: 'fr-FR' });
    return { context, guards: await watchContext(context, origin) };
  }

  test('l’ancienne version sert tant que le lecteur n’a pas choisi « Mettre à jour », au clavier', async ({ browser }) => {
    const { context, guards } = await openContext(browser);
    const page = await context.newPage();
    await visitOnce(page, FICHE);
    const title = (await page.locator('h1').textContent()) ?? '';

    publishNewVersion(FICHE, (html) => html.replace(`>${title}</h1>`, `>${title} (nouvelle version)</h1>`));
    await page.reload();
    // The stored version still serves, and says a new one is ready.
    await expect(page.locator('h1')).toHaveText(title);
    await expect(indicator(page)).toHaveText(OFFLINE_TEXT.update, { timeout: 60_000 });
    await expect(updateButton(page)).toBeVisible();
    await expectNoViolations(page, 'indicateur « nouvelle version »');
    // Other pages of the previous version still open, without a network too.
    await context.setOffline(true);
    await page.goto(GUIDE);
    await expect(page.locator('h1')).toBeVisible();
    await expect(updateButton(page)).toBeVisible();
    await context.setOffline(false);

    await updateButton(page).focus();
    const reloaded = page.waitForEvent('framenavigated');
    await page.keyboard.press('Enter');
    await reloaded;
    await expect(page.locator('h1')).toBeVisible();
    await page.goto(FICHE);
    await expect(page.locator('h1')).toHaveText(`${title} (nouvelle version)`);
    await expect(indicator(page)).toHaveText(OFFLINE_TEXT.ready, { timeout: 60_000 });
    await expect(updateButton(page)).toBeHidden();

    // The new version is the one stored.
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('h1')).toHaveText(`${title} (nouvelle version)`);
    await context.setOffline(false);
    forgetOfflineFailures(guards, ['/sw.js']);
    await context.close();
    expectGuardsClean(guards);
  });
});
