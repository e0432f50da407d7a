/**
 * Shared browser-test fixture: every test fails if a page of its browser context logs a console
 * error, throws, requests anything from another origin, gets an error status or a network failure
 * for a request, or breaks the site's Content Security Policy (the test server sends the headers of
 * dist/_headers: tests/browser/static-server.mjs). A test that expects one of them (the 404 page)
 * empties the list concerned.
 */
import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export interface Guards {
  consoleErrors: string[];
  foreignRequests: string[];
  failedRequests: string[];
  cspViolations: string[];
}

/**
 * Watches every page of a context, and their frames, for what the guards list. `origin` is the
 * site's own; `data:` and `blob:` addresses are the page's own data (downloads).
 */
export async function watchContext(context: BrowserContext, origin: string): Promise<Guards> {
  const guards: Guards = { consoleErrors: [], foreignRequests: [], failedRequests: [], cspViolations: [] };
  await context.exposeBinding('__feCspViolation', (_source, violation: string) => guards.cspViolations.push(violation));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const sample = e.sample ? ` « ${e.sample} »` : '';
      (window as unknown as { __feCspViolation: (v: string) => void }).__feCspViolation(
        `${e.effectiveDirective} a bloqué ${e.blockedURI || 'du code en ligne'}${sample} (${e.sourceFile || location.pathname}:${e.lineNumber})`,
      );
    });
  });
  context.on('console', (msg) => {
    if (msg.type() === 'error') guards.consoleErrors.push(msg.text());
  });
  context.on('weberror', (error) => guards.consoleErrors.push(String(error.error())));
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) guards.foreignRequests.push(url);
  });
  context.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText ?? '';
    // A request the page itself dropped (a navigation, a download) is not a failure of the site.
    if (!failure.includes('ERR_ABORTED')) guards.failedRequests.push(`${request.url()} : ${failure}`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) guards.failedRequests.push(`${response.url()} : ${response.status()}`);
  });
  return guards;
}

export function expectGuardsClean(guards: Guards): void {
  expect(guards.consoleErrors, 'erreurs dans la console').toEqual([]);
  expect(guards.foreignRequests, 'requêtes vers une autre origine').toEqual([]);
  expect(guards.failedRequests, 'requêtes en échec').toEqual([]);
  expect(guards.cspViolations, 'violations de la politique de sécurité des contenus').toEqual([]);
}

/**
 * Records what the pages of a context copy to the clipboard. The site's Permissions-Policy denies
 * reading the clipboard (`clipboard-read=()`) to every script, tests included: they read what a
 * page wrote instead. The copy itself still goes to the clipboard.
 */
export async function recordClipboard(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    if (typeof Clipboard === 'undefined') return;
    const w = window as unknown as { __feClipboard: Promise<Record<string, string>> };
    w.__feClipboard = Promise.resolve({});
    const { write, writeText } = Clipboard.prototype;
    Clipboard.prototype.write = function (items: ClipboardItems) {
      const types = items.flatMap((item) => item.types.map(async (type) => [type, await (await item.getType(type)).text()] as const));
      w.__feClipboard = Promise.all(types).then((entries) => Object.fromEntries(entries));
      return write.call(this, items);
    };
    Clipboard.prototype.writeText = function (text: string) {
      w.__feClipboard = Promise.resolve({ 'text/plain': text });
      return writeText.call(this, text);
    };
  });
}

/** What the page last copied, by type (`text/plain`, `text/html`); see recordClipboard. */
export function readClipboard(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => (window as unknown as { __feClipboard: Promise<Record<string, string>> }).__feClipboard);
}

/**
 * What a page's renderer was doing when a test failed: whether animation frames still come (an
 * action waits for two of them to call an element stable), the page's visibility and its focus.
 * Bounded: a page whose main thread is stuck answers « pas de réponse ».
 */
async function rendererState(page: Page): Promise<string> {
  const probe = page.evaluate(async () => {
    const frames = await Promise.race([
      new Promise<number>((resolve) => {
        let count = 0;
        const tick = () => (++count === 3 ? resolve(count) : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
      new Promise<number>((resolve) => setTimeout(() => resolve(0), 2000)),
    ]);
    const focused = document.activeElement;
    const focus = !focused || focused === document.body ? 'la page' : `${focused.tagName} « ${focused.textContent?.trim().slice(0, 40) ?? ''} »`;
    return `images d’animation en 2 s : ${frames === 3 ? 'oui' : 'non'} ; visibilité : ${document.visibilityState} ; focus : ${focus}`;
  });
  const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('pas de réponse en 5 s'), 5000));
  return Promise.race([probe.catch((error: unknown) => `sonde impossible : ${String(error)}`), timeout]);
}

export const test = base.extend<{ guards: Guards; rendererOnFailure: void }>({
  guards: [
    async ({ context, baseURL }, use) => {
      const guards = await watchContext(context, new URL(baseURL ?? 'http://127.0.0.1').origin);
      await use(guards);
      expectGuardsClean(guards);
    },
    { auto: true },
  ],
  rendererOnFailure: [
    async ({ context }, use, testInfo) => {
      await use();
      if (testInfo.status === testInfo.expectedStatus) return;
      for (const page of context.pages()) {
        const state = `${page.url()} : ${await rendererState(page)}`;
        console.log(`[état du rendu] ${testInfo.title} — ${state}`);
        await testInfo.attach('état du rendu', { body: state, contentType: 'text/plain' });
      }
    },
    { auto: true },
  ],
});

export { expect };

/** Runs axe-core (WCAG 2.x A and AA rules) on the current page state and returns its violations. */
export async function axeViolations(page: Page) {
  // A fade still running (a projected fiche's slide) would be measured half transparent.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
}

/**
 * After an action that removes or replaces the focused element, the focus must land somewhere
 * visible, never on <body>. Polls: tools move the focus after the next render.
 */
export async function expectFocusKept(page: Page, action: string) {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return 'body';
          const box = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          const label = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`;
          return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' ? 'visible' : `hidden ${label}`;
        }),
      { message: `focus après : ${action}` },
    )
    .toBe('visible');
}

/** The outline width of the focused element, in CSS pixels. */
export function focusOutlineWidth(page: Page): Promise<number> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return 0;
    const style = getComputedStyle(el);
    return style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
  });
}

/** Presses Tab (at most `max` times) until `target` has the focus: the keyboard way to reach it. */
export async function tabTo(page: Page, target: Locator, max = 250) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return i;
    await page.keyboard.press('Tab');
  }
  throw new Error(`introuvable au clavier en ${max} tabulations : ${String(target)}`);
}
