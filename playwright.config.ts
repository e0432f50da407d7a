import { defineConfig } from '@playwright/test';

// PW_PORT lets several checkouts run their browser suites side by side.
const PORT = Number(process.env["PW_PORT"] ?? 4400);

/**
 * Browser tests run against the built site (`dist/`) served by `astro preview`, in Debian's
 * Chromium: never a downloaded browser.
 */
export default defineConfig({
  testDir: 'tests/browser',
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  workers: 2,
  // In CI a failed test runs once more, in a fresh browser: on a loaded 2-core machine, an action
  // has waited 30 s for its element on rare runs, with no fault found in the page. A test that
  // passes on its second run is listed as « instable » at the end of the CI log (.ci/failures.mjs),
  // with the first run's error; locally every failure counts at once.
  retries: process.env['CI'] ? 1 : 0,
  // Generous: the keyboard-only walkthroughs answer 44 statements one key at a time, and axe-core
  // reads the long pages twice (light, dark). The same suite ran twice as long on a loaded machine
  // (34 min against 16 on 1 Dec 2026), where the heaviest test used 48 s of the former 60 s.
  timeout: 120_000,
  // A search took more than 5 s while the machine was also building the site: assertions wait 10 s.
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    // One action (a click waiting for its element to be stable) never takes the whole test budget:
    // it fails on its own, with its call log, and the renderer's state (tests/browser/fixtures.ts).
    actionTimeout: 30_000,
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'fr-FR',
    // The site's service worker (offline use) would otherwise store the whole site in every test,
    // and answer requests that tests route or count. tests/browser/offline.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `node tests/browser/serve.mjs ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 120_000,
  },
});
