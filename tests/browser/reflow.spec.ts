/**
 * Reflow (WCAG 1.4.10) with text spacing (WCAG 1.4.12) at 320 CSS px on every tool: the page never
 * scrolls sideways, no select, heading or legend cuts its text, and chart text stays readable.
 * And in the guides, every container that scrolls sideways can be reached by keyboard and is
 * named, at 320 px and on a wide screen.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { test, expect } from './fixtures.ts';
import { builtPagePaths } from './site-pages.ts';
import { questionnaireSchema } from '../../src/lib/questionnaire/schema.ts';
import { encodeAnswers } from '../../src/lib/questionnaire/share.ts';
import { allStatements, type Answer } from '../../src/lib/questionnaire/types.ts';

/** The text-spacing bookmarklet of WCAG 1.4.12, as the audit applies it. */
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

/** Smallest chart text, in CSS px, at 320 px. */
const MIN_CHART_TEXT = 12;

interface Reflow {
  overflow: number;
  clippedSelects: string[];
  clippedText: string[];
  smallChartText: string[];
}

/** Measures what the audit looks at, in the current state of the page. */
function measure(page: Page): Promise<Reflow> {
  return page.evaluate(() => {
    // Visually hidden text (1 px, clipped) is meant for screen readers only.
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 1 && box.height > 1 && getComputedStyle(el).visibility !== 'hidden';
    };
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} « ${(el.textContent ?? '').trim().slice(0, 40)} »`;

    // A select cuts its text when it is narrower than the same select holding its chosen option only.
    const clippedSelects: string[] = [];
    for (const select of document.querySelectorAll<HTMLSelectElement>('select')) {
      if (!visible(select) || select.multiple || select.size > 1) continue;
      const chosen = select.selectedOptions[0];
      if (!chosen) continue;
      const probe = select.cloneNode(false) as HTMLSelectElement;
      probe.removeAttribute('id');
      probe.append(chosen.cloneNode(true));
      probe.style.cssText = 'position:absolute;visibility:hidden;width:auto;min-width:0;max-width:none;flex:none';
      select.after(probe);
      const needed = probe.getBoundingClientRect().width;
      probe.remove();
      // A select cannot wrap: a chosen text too long for it must be repeated in full, visibly, next to it.
      const width = select.getBoundingClientRect().width;
      const echo = select.id ? document.querySelector(`[data-echo-for="${select.id}"]`) : null;
      const echoed = echo !== null && visible(echo) && echo.textContent?.trim() === chosen.textContent?.trim();
      if (!echoed && width + 0.5 < needed) clippedSelects.push(`${describe(chosen)} : ${width.toFixed(1)} px pour ${needed.toFixed(1)} px`);
    }

    // Headings, legends and anything cut with an ellipsis.
    const clippedText: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      if (!visible(el) || el.closest('svg')) continue;
      const style = getComputedStyle(el);
      const textual = /^(H[1-6]|LEGEND|SUMMARY|CAPTION|LABEL)$/.test(el.tagName) || style.textOverflow === 'ellipsis';
      const clips = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
      if (textual && clips && el.scrollWidth > el.clientWidth + 1) clippedText.push(describe(el));
    }

    // Chart text, at the size it is drawn: SVG text scaled with its drawing, and HTML charts.
    const smallChartText: string[] = [];
    const ownText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
    const chartText = [
      ...document.querySelectorAll<SVGTextElement>('svg text'),
      ...[...document.querySelectorAll('[class*="chart"] *')].filter((el) => !el.closest('svg') && ownText(el)),
    ];
    for (const text of chartText) {
      if (!visible(text)) continue;
      const scale = text instanceof SVGGraphicsElement ? (text.getScreenCTM()?.a ?? 1) : 1;
      const size = parseFloat(getComputedStyle(text).fontSize) * scale;
      if (size < 12) smallChartText.push(`${describe(text)} : ${size.toFixed(1)} px`);
    }

    return {
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      clippedSelects,
      clippedText,
      smallChartText,
    };
  });
}

async function expectReflow(page: Page, state: string) {
  // Through the CSSOM: the site's Content Security Policy refuses a <style> element it has no hash for.
  await page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, TEXT_SPACING);
  const result = await measure(page);
  expect.soft(result.overflow, `${state} : défilement horizontal de la page (px)`).toBeLessThanOrEqual(0);
  expect.soft(result.clippedSelects, `${state} : listes déroulantes tronquées`).toEqual([]);
  expect.soft(result.clippedText, `${state} : textes tronqués`).toEqual([]);
  expect.soft(result.smallChartText, `${state} : texte de graphique sous ${MIN_CHART_TEXT} px`).toEqual([]);
}

/** A share link of the cooperation questionnaire, every statement answered. */
function cooperationResultCode(): string {
  const raw = parse(readFileSync('content/questionnaires/cooperation.yaml', 'utf8')) as Record<string, unknown>;
  const questionnaire = { id: 'cooperation', ...questionnaireSchema.parse(raw) };
  const answers = Object.fromEntries(
    allStatements(questionnaire).map(({ statement }, i): [string, Answer] => [statement.id, i % 7 === 6 ? 'unknown' : ((i % 5) + 1) as Answer]),
  );
  return encodeAnswers(questionnaire, answers, 'Maximilienne-Bérengère');
}

// On wider screens the member cards lay their fields out in a row: a select must still show its
// whole chosen text there (the echo under it only shows on narrow cards).
for (const width of [640, 1024]) {
  test(`à ${width} px avec l’espacement du texte : les cartes de membres du simulateur ne coupent rien`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/outils/simulateur-decision/');
    await expect(page.locator('.ds')).toHaveAttribute('data-ready', 'true');
    const model = page.getByLabel('Modèle', { exact: true });
    const value = await model.locator('option', { hasText: 'SCIC à quatre collèges' }).getAttribute('value');
    await model.selectOption(value ?? '');
    await page.getByRole('button', { name: 'Charger ce modèle' }).click();
    await expect(page.getByRole('group', { name: 'Position de chaque membre' }).locator('select').first()).toBeVisible();
    await expectReflow(page, `SCIC à quatre collèges, ${width} px`);
  });
}

test.describe('à 320 px avec l’espacement du texte (WCAG 1.4.10, 1.4.12)', () => {
  test.use({ viewport: { width: 320, height: 720 } });

  test('simulateur de décision : modèle à collèges, positions longues', async ({ page }) => {
    await page.goto('/outils/simulateur-decision/');
    await expect(page.locator('.ds')).toHaveAttribute('data-ready', 'true');
    await expectReflow(page, 'modèle par défaut');
    // Colleges and long member names; then consent, whose « objection motivée » is the longest
    // position, and « abstention », which text spacing used to cut.
    for (const preset of ['SCIC à quatre collèges', 'Collectif citoyen qui décide par consentement']) {
      const model = page.getByLabel('Modèle', { exact: true });
      const value = await model.locator('option', { hasText: preset }).getAttribute('value');
      await model.selectOption(value ?? '');
      await page.getByRole('button', { name: 'Charger ce modèle' }).click();
      const positions = page.getByRole('group', { name: 'Position de chaque membre' }).locator('select');
      await expect(positions.first()).toBeVisible();
      const labels = await positions.first().locator('option').allTextContents();
      const longest = labels.reduce((a, b) => (b.length > a.length ? b : a));
      await positions.nth(0).selectOption({ label: longest });
      await positions.nth(1).selectOption({ label: 'abstention' });
      await expectReflow(page, preset);
    }
    await expect(page.getByRole('group', { name: 'Position de chaque membre' }).locator('select').first()).toHaveValue('objection');
  });

  test('autodiagnostic de coopération : accueil et résultats', async ({ page }) => {
    await page.goto('/outils/autodiagnostic-cooperation/');
    await expect(page.locator('.qz-app[data-ready]')).toBeVisible();
    await expectReflow(page, 'accueil');
    await page.goto(`/outils/autodiagnostic-cooperation/#r=${cooperationResultCode()}`);
    await page.reload();
    await expect(page.locator('.qz-results table').first()).toBeVisible();
    await expect(page.locator('.qz-chart').first()).toBeVisible();
    await expectReflow(page, 'résultats');
  });

  test('synthèse de l’autodiagnostic', async ({ page }) => {
    await page.goto('/outils/autodiagnostic-cooperation/synthese/');
    await expect(page.locator('.qz-app[data-ready]')).toBeVisible();
    await expectReflow(page, 'formulaire de synthèse');
  });

  test('autodiagnostic de posture', async ({ page }) => {
    await page.goto('/outils/autodiagnostic-posture/');
    await expect(page.locator('.qz-app[data-ready]')).toBeVisible();
    await expectReflow(page, 'accueil');
  });

  test('anticiper les écueils', async ({ page }) => {
    await page.goto('/outils/anticiper-les-ecueils/');
    await expect(page.locator('.ec')).toHaveAttribute('data-ready', 'true');
    await expectReflow(page, 'questionnaire');
  });
});

/** Every element of the page that scrolls sideways, with what makes it reachable and named. */
function scrollers(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main *')]
      .filter((el) => /auto|scroll/.test(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1)
      .map((el) => {
        const labelledBy = (el.getAttribute('aria-labelledby') ?? '')
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ');
        return {
          what: `${el.tagName.toLowerCase()}.${el.className} « ${(el.textContent ?? '').trim().slice(0, 30)} »`,
          focusable: el.tabIndex >= 0,
          role: el.getAttribute('role'),
          name: (el.getAttribute('aria-label') ?? labelledBy).trim() !== '',
        };
      }),
  );
}

const guides = builtPagePaths().filter((path) => /^\/(guides|fiches)\/.+/.test(path));

test('les guides et fiches à vérifier existent', () => {
  expect(guides).toContain('/guides/ecueils-fiscaux/');
  expect(guides.length).toBeGreaterThan(10);
});

test('dans les guides, tout ce qui défile de côté se rejoint au clavier et porte un nom', async ({ page }) => {
  test.setTimeout(240_000);
  let seen = 0;
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of guides) {
      await page.goto(path);
      for (const scroller of await scrollers(page)) {
        seen += 1;
        expect(scroller, `${path} à ${width} px`).toEqual({ ...scroller, focusable: true, role: 'region', name: true });
      }
    }
  }
  // The check saw wide tables: at 320 px, the tables of the guides scroll.
  expect(seen).toBeGreaterThan(0);
});
