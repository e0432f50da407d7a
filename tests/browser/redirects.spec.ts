/**
 * Old addresses in a browser. The spec builds a copy of the site in which an editor renamed a
 * page (with its redirect) and renamed a section of it (with a redirect to the new section), then
 * opens the old addresses the way a newsletter sends them — with tracking parameters and a section
 * — on a host that ignores `_redirects` (the static page Astro leaves at the old address) and on
 * one that follows it (a permanent redirect), and checks where the reader lands.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';
import { addRedirects, buildWithEditedContent, removeCopies, renamePage, replaceIn } from '../content/build-with.ts';
import { createStaticServer } from './static-server.mjs';

const OLD = '/guides/ptce/';
const NEW = '/guides/poles-territoriaux/';
const TRACKING = 'utm_source=lettre&utm_medium=email';

const servers = new Map<'page' | 'host', { server: Server; origin: string }>();

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const { status, output, dist } = buildWithEditedContent((dir) => {
    renamePage(dir, 'guides', 'ptce', 'poles-territoriaux');
    replaceIn(join(dir, 'guides/poles-territoriaux.mdx'), /^## Pièges à éviter$/m, '## Ce qui coince souvent');
    addRedirects(dir, `- de: ${OLD}\n  vers: ${NEW}\n- de: ${NEW}#pièges-à-éviter\n  vers: ${NEW}#ce-qui-coince-souvent\n`);
  });
  if (status !== 0) throw new Error(`la construction de la copie a échoué :\n${output.slice(-3000)}`);
  for (const [name, honorRedirects] of [['page', false], ['host', true]] as const) {
    const server = createStaticServer(dist, { honorRedirects });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.set(name, { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
  }
});

test.afterAll(async () => {
  await Promise.all([...servers.values()].map(({ server }) => new Promise((resolve) => server.close(resolve))));
  removeCopies();
});

/** The copy's own server is another origin than the suite's: only requests to others are foreign. */
function originOf(name: 'page' | 'host', guards: { foreignRequests: string[] }): string {
  const server = servers.get(name);
  if (!server) throw new Error(`serveur ${name} absent`);
  const keepForeign = () => guards.foreignRequests.filter((url) => !url.startsWith(`${server.origin}/`));
  // The fixture checks the list after the test: leave only the requests to a third origin.
  afterEachChecks.push(() => guards.foreignRequests.splice(0, Infinity, ...keepForeign()));
  return server.origin;
}

const afterEachChecks: (() => void)[] = [];
test.afterEach(() => {
  for (const check of afterEachChecks.splice(0)) check();
});

async function headingTop(page: import('@playwright/test').Page, id: string): Promise<number> {
  return page.evaluate((target) => document.getElementById(target)?.getBoundingClientRect().top ?? Number.NaN, id);
}

for (const [name, label] of [
  ['page', 'hébergeur sans _redirects (page statique)'],
  ['host', 'hébergeur qui lit _redirects (301)'],
] as const) {
  test.describe(label, () => {
    test('l’ancienne adresse d’une page mène à la nouvelle, à la même section', async ({ page, guards }) => {
      const origin = originOf(name, guards);
      const response = await page.goto(`${origin}${OLD}?${TRACKING}#questions-%C3%A0-poser-au-collectif`);
      await expect(page).toHaveURL(`${origin}${NEW}#questions-%C3%A0-poser-au-collectif`);
      if (name === 'host') expect(response?.request().redirectedFrom()?.url()).toContain(OLD);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await headingTop(page, 'questions-à-poser-au-collectif')).toBeCloseTo(16, -0.5);
    });

    test('une section renommée d’une page déplacée mène à sa nouvelle section', async ({ page, guards }) => {
      const origin = originOf(name, guards);
      await page.goto(`${origin}${OLD}?${TRACKING}#pi%C3%A8ges-%C3%A0-%C3%A9viter`);
      await expect(page).toHaveURL(`${origin}${NEW}#ce-qui-coince-souvent`);
      await expect.poll(() => headingTop(page, 'ce-qui-coince-souvent')).toBeCloseTo(16, -0.5);
    });
  });
}
