/**
 * The presentation view of a fiche, as a facilitator uses it on a projector: reached from the
 * fiche, moved through by the keyboard and by the bar's buttons, landing on the step named in the
 * address, a step's timer started, paused, over time and reset (on a controlled clock), no motion
 * when reduced motion is asked, every screen within the window at 1280×720 and 1920×1080, full
 * screen, axe-core clean on every kind of screen, and every step shown without JavaScript.
 */
import type { Page } from '@playwright/test';
import { test, expect, axeViolations, tabTo } from './fixtures.ts';

const WORLD_CAFE = '/fiches/world-cafe/presentation/';
const STEPS = 7;
const TITLES = ['Accueillir et expliquer', 'Premier tour', 'Changer de table', 'Deuxième tour', 'Troisième tour', 'Récolte en plénière', 'Clore'];

const position = (page: Page) => page.locator('.deck__position');
const visibleSlides = (page: Page) => page.locator('[data-slide]:visible');
const hash = (page: Page) => page.evaluate(() => location.hash);

/** Records what the site's polite live region (#annonces) says, in order. */
async function recordAnnouncements(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const said: string[] = [];
    (window as unknown as { __said: string[] }).__said = said;
    document.addEventListener('DOMContentLoaded', () => {
      const region = document.getElementById('annonces');
      if (!region) return;
      new MutationObserver(() => {
        const text = region.textContent ?? '';
        if (text !== '') said.push(text);
      }).observe(region, { childList: true, characterData: true, subtree: true });
    });
  });
}
const announcements = (page: Page) => page.evaluate(() => (window as unknown as { __said: string[] }).__said);

/** The one screen on show: its id, and its title. */
async function expectScreen(page: Page, id: string, title: string) {
  await expect(visibleSlides(page)).toHaveCount(1);
  await expect(visibleSlides(page)).toHaveAttribute('id', id);
  await expect(visibleSlides(page).locator('h2')).toHaveText(title);
}

test('la fiche mène à sa présentation', async ({ page }) => {
  await page.goto('/fiches/world-cafe/');
  await page.getByRole('link', { name: 'Projeter la fiche' }).click();
  await expect(page).toHaveURL(/\/fiches\/world-cafe\/presentation\/$/);
  await expectScreen(page, 'titre', 'Le world café');
});

test('au clavier : toutes les étapes, la fin, puis retour au début ; la position est annoncée', async ({ page }) => {
  await page.goto(WORLD_CAFE);
  await expectScreen(page, 'titre', 'Le world café');
  await expect(position(page)).toHaveText('Titre\u202f: Le world café');
  await expect(position(page)).toHaveAttribute('role', 'status');
  await expect(page.getByRole('button', { name: 'Précédent' })).toHaveAttribute('aria-disabled', 'true');
  // → Space Page↓ alternately, as a keyboard or a presenter's remote sends them.
  const forward = ['ArrowRight', ' ', 'PageDown'];
  for (let step = 1; step <= STEPS; step += 1) {
    await page.keyboard.press(forward[step % 3] ?? 'ArrowRight');
    await expectScreen(page, `etape-${step}`, TITLES[step - 1] ?? '');
    await expect(position(page)).toHaveText(`Étape ${step} sur ${STEPS}\u202f: ${TITLES[step - 1]}`);
    await expect(position(page).locator('[data-deck-position]')).toHaveText(`Étape ${step} sur ${STEPS}`);
    expect(await hash(page)).toBe(`#etape-${step}`);
  }
  await page.keyboard.press('ArrowRight');
  await expectScreen(page, 'fin', 'Fin du déroulé');
  expect(await hash(page)).toBe('#fin');
  await expect(page.getByRole('button', { name: 'Suivant' })).toHaveAttribute('aria-disabled', 'true');
  // Past the end, nothing moves.
  await page.keyboard.press('ArrowRight');
  await expectScreen(page, 'fin', 'Fin du déroulé');
  for (let step = STEPS; step >= 1; step -= 1) {
    await page.keyboard.press(step % 2 ? 'ArrowLeft' : 'PageUp');
    await expectScreen(page, `etape-${step}`, TITLES[step - 1] ?? '');
  }
  await page.keyboard.press('ArrowLeft');
  await expectScreen(page, 'titre', 'Le world café');
  expect(await hash(page)).toBe('');
  await page.keyboard.press('End');
  await expectScreen(page, 'fin', 'Fin du déroulé');
  await page.keyboard.press('Home');
  await expectScreen(page, 'titre', 'Le world café');
  // The deck fills the window: the bar of controls is on screen, at the bottom.
  const bar = await page.locator('.deck__bar').boundingBox();
  expect((bar?.y ?? 0) + (bar?.height ?? 0)).toBeCloseTo(page.viewportSize()?.height ?? 0, 0);
});

test('les boutons avancent et reculent en gardant le focus ; Espace sur un bouton ne fait qu’un pas', async ({ page }) => {
  await page.goto(WORLD_CAFE);
  const next = page.getByRole('button', { name: 'Suivant' });
  await next.click();
  await expectScreen(page, 'etape-1', TITLES[0] ?? '');
  await expect(next).toBeFocused();
  await page.keyboard.press(' ');
  await expectScreen(page, 'etape-2', TITLES[1] ?? '');
  await page.keyboard.press('Enter');
  await expectScreen(page, 'etape-3', TITLES[2] ?? '');
  await page.getByRole('button', { name: 'Précédent' }).click();
  await expectScreen(page, 'etape-2', TITLES[1] ?? '');
  // At the end the button says it does nothing (aria-disabled) and keeps the focus.
  await page.keyboard.press('End');
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(next).toBeFocused();
  await expectScreen(page, 'fin', 'Fin du déroulé');
});

test('un lien vers une étape, et un rechargement, arrivent sur cette étape, en haut de la fenêtre', async ({ page }) => {
  await page.goto(`${WORLD_CAFE}#etape-3`);
  await expectScreen(page, 'etape-3', 'Changer de table');
  await expect(position(page)).toHaveText(`Étape 3 sur ${STEPS}\u202f: Changer de table`);
  expect(Math.abs((await page.locator('.deck').boundingBox())?.y ?? -1)).toBeLessThan(1);
  await page.keyboard.press('ArrowRight');
  await page.reload();
  await expectScreen(page, 'etape-4', 'Deuxième tour');
  expect(Math.abs((await page.locator('.deck').boundingBox())?.y ?? -1)).toBeLessThan(1);
  // The end screen's link back to the start, and a fragment that names no screen.
  await page.goto(`${WORLD_CAFE}#fin`);
  await page.getByRole('link', { name: 'Revenir au début' }).click();
  await expectScreen(page, 'titre', 'Le world café');
  await page.goto(`${WORLD_CAFE}#etape-99`);
  await expectScreen(page, 'titre', 'Le world café');
});

test('le focus laissé dans une étape qui disparaît passe au titre de la nouvelle étape', async ({ page }) => {
  await page.goto('/fiches/election-sans-candidat/presentation/#etape-1');
  const link = page.locator('#etape-1 .slide__text a').first();
  await tabTo(page, link);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#etape-2 h2')).toBeFocused();
  // Keys typed in the search field are the field's.
  const search = page.locator('header input[type="search"]');
  await search.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('End');
  await expectScreen(page, 'etape-2', 'Relire la fiche de rôle');
});

test('le minuteur d’une étape : départ, pause, reprise, durée minimale, dépassement, remise à zéro', async ({ page }) => {
  await recordAnnouncements(page);
  await page.clock.install({ time: new Date('2026-11-30T09:00:00') });
  await page.goto(`${WORLD_CAFE}#etape-6`);
  // From here the page's time moves only when the test says so.
  await page.clock.pauseAt(new Date('2026-11-30T09:01:00'));
  const timer = page.locator('[data-deck-timer]');
  const clock = page.getByRole('timer');
  const toggle = timer.getByRole('button', { name: /le minuteur$/ }).first();
  await expect(timer).toBeVisible();
  await expect(clock).toHaveText('30:00');
  // The clock changes each second: it is in no live region, only the milestones are said.
  expect(await clock.evaluate((el) => el.closest('[aria-live], [role="status"], [role="alert"], [role="log"]') === null)).toBe(true);
  await expect(toggle).toHaveAccessibleName('Démarrer le minuteur');

  await toggle.click();
  await expect(toggle).toHaveAccessibleName('Mettre en pause le minuteur');
  await page.clock.runFor(61_000);
  await expect(clock).toHaveText('28:59');
  await toggle.click();
  await expect(toggle).toHaveAccessibleName('Reprendre le minuteur');
  await page.clock.runFor(5 * 60_000);
  await expect(clock).toHaveText('28:59');
  await toggle.click();
  await page.clock.runFor(19 * 60_000);
  await expect(timer).toHaveAttribute('data-phase', 'range');
  await expect(timer).toContainText('durée minimale atteinte');
  await page.clock.runFor(11 * 60_000);
  await expect(timer).toHaveAttribute('data-phase', 'over');
  await expect(clock).toHaveText('+01:01');
  await expect(timer).toContainText('temps dépassé');
  expect(await announcements(page)).toEqual([
    'Minuteur lancé\u202f: 30\u00a0min.',
    'Minuteur en pause\u202f: il reste 28\u00a0min 59\u00a0s.',
    'Minuteur relancé\u202f: il reste 28\u00a0min 59\u00a0s.',
    'Durée minimale atteinte\u202f: 20\u00a0min.',
    'Plus qu’une minute.',
    'Temps prévu écoulé.',
  ]);

  // Leaving a step pauses its timer; coming back shows where it stopped.
  await page.keyboard.press('ArrowRight');
  await expect(timer).toHaveAttribute('data-phase', 'before');
  await expect(clock).toHaveText('10:00');
  await page.clock.runFor(60_000);
  await page.keyboard.press('ArrowLeft');
  await expect(clock).toHaveText('+01:01');
  await expect(toggle).toHaveAccessibleName('Reprendre le minuteur');
  await timer.getByRole('button', { name: 'Réinitialiser le minuteur' }).click();
  await expect(clock).toHaveText('30:00');
  await expect(toggle).toHaveAccessibleName('Démarrer le minuteur');
  await page.clock.runFor(1_000);
  expect((await announcements(page)).at(-1)).toBe('Minuteur remis à 30\u00a0min.');

  // Over time again, paused; axe-core needs the page's clock to run.
  await toggle.click();
  await page.clock.runFor(31 * 60_000);
  await toggle.click();
  await expect(timer).toHaveAttribute('data-phase', 'over');
  await page.clock.resume();
  expect(await axeViolations(page), 'minuteur dépassé').toEqual([]);

  // No timer on the title and end screens, nor on a step « en continu ».
  await page.keyboard.press('Home');
  await expect(timer).toBeHidden();
  await page.goto('/fiches/meteo-interieure/presentation/#etape-4');
  await expect(page.locator('[data-deck-timer]')).toBeHidden();
});

test('sans animation quand le mouvement réduit est demandé, avec un court fondu sinon', async ({ page }) => {
  const motion = async () => {
    await page.keyboard.press('ArrowRight');
    return visibleSlides(page).evaluate((el) => {
      const style = getComputedStyle(el);
      return { animation: style.animationName, transition: style.transitionDuration };
    });
  };
  await page.goto(WORLD_CAFE);
  expect((await motion()).animation).toBe('deck-in');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(WORLD_CAFE);
  for (let i = 0; i < 3; i += 1) expect(await motion()).toEqual({ animation: 'none', transition: '0s' });
});

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`à ${viewport.width}×${viewport.height}, chaque écran de chaque fiche tient dans la fenêtre, en grand`, async ({ page }) => {
    test.slow();
    await page.setViewportSize(viewport);
    await page.goto('/fiches/');
    const fiches = await page.locator('main a[href^="/fiches/"]').evaluateAll((links) => [
      ...new Set(links.map((a) => a.getAttribute('href') ?? '').filter((href) => /^\/fiches\/[^/]+\/$/.test(href))),
    ]);
    expect(fiches.length).toBeGreaterThanOrEqual(16);
    const overflowing: string[] = [];
    for (const fiche of fiches) {
      await page.goto(`${fiche}presentation/`);
      const screens = await page.locator('[data-slide]').count();
      for (let i = 0; i < screens; i += 1) {
        if (i > 0) await page.keyboard.press('ArrowRight');
        const { fits, id } = await page.evaluate(() => {
          const area = document.querySelector('.deck__screens');
          const shown = document.querySelector('[data-slide]:not([hidden])');
          return { fits: area !== null && area.scrollHeight <= area.clientHeight + 1, id: shown?.id ?? '' };
        });
        if (!fits) overflowing.push(`${fiche}#${id}`);
      }
    }
    expect(overflowing).toEqual([]);
    // Large type: the text of a step, and its title, from the back of the room.
    await page.goto(`${WORLD_CAFE}#etape-2`);
    const size = (selector: string) => page.locator(selector).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const minimum = viewport.height >= 1080 ? { text: 40, title: 64 } : { text: 28, title: 44 };
    expect(await size('#etape-2 .slide__text')).toBeGreaterThanOrEqual(minimum.text);
    expect(await size('#etape-2 h2')).toBeGreaterThanOrEqual(minimum.title);
  });
}

test('une étape trop longue pour la fenêtre défile dans la présentation et se rejoint au clavier', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${WORLD_CAFE}#etape-2`);
  const screens = page.locator('.deck__screens');
  await expect(screens).not.toHaveAttribute('tabindex');
  await page.locator('#etape-2 .slide__text').evaluate((el) => {
    el.textContent = 'Une phrase de consigne bien trop longue pour tenir. '.repeat(40);
  });
  await page.evaluate(() => dispatchEvent(new Event('resize')));
  await expect(screens).toHaveAttribute('tabindex', '0');
  expect(await axeViolations(page)).toEqual([]);
});

test('sur un téléphone, une étape à la fois, sans défilement de côté', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`/fiches/jeu-de-role-assemblee-generale/presentation/#etape-9`);
  await expectScreen(page, 'etape-9', 'Débriefer');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.getByRole('button', { name: 'Suivant' }).click();
  await expectScreen(page, 'etape-10', 'Vérifier avec les chiffres');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(await axeViolations(page)).toEqual([]);
});

test('plein écran : la présentation seule, puis retour', async ({ page }) => {
  await page.goto(`${WORLD_CAFE}#etape-2`);
  const button = page.getByRole('button', { name: 'Plein écran' });
  await button.click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.classList.contains('deck') ?? false)).toBe(true);
  await expect(page.getByRole('button', { name: 'Quitter le plein écran' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expectScreen(page, 'etape-3', 'Changer de table');
  await page.getByRole('button', { name: 'Quitter le plein écran' }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
  await expect(button).toBeVisible();
});

test('axe-core : aucune violation sur les écrans de titre, d’étape et de fin, clair et sombre', async ({ page }) => {
  for (const hashValue of ['', '#etape-1', '#etape-7', '#fin']) {
    await page.goto(`/fiches/charte-de-cooperation/presentation/${hashValue}`);
    expect(await axeViolations(page), hashValue || 'titre').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page), `${hashValue || 'titre'} en mode sombre`).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
  }
});

test('à l’impression, toutes les étapes, sans la barre de commandes', async ({ page }) => {
  await page.goto(`${WORLD_CAFE}#etape-3`);
  await page.emulateMedia({ media: 'print' });
  await expect(visibleSlides(page)).toHaveCount(STEPS + 2);
  await expect(page.locator('.deck__bar')).toBeHidden();
});

test.describe('sans JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('toutes les étapes se lisent l’une après l’autre, sans commande qui ne marcherait pas', async ({ page }) => {
    await page.goto(`${WORLD_CAFE}#etape-3`);
    await expect(visibleSlides(page)).toHaveCount(STEPS + 2);
    await expect(page.locator('h1')).toHaveText('Le world café · présentation');
    await expect(page.locator('.deck h2')).toHaveText(['Le world café', ...TITLES, 'Fin du déroulé']);
    await expect(page.locator('#etape-6 .slide__kicker')).toHaveText('Étape 6 sur 7 · 20 à 30\u00a0min');
    await expect(page.locator('.deck').getByRole('button')).toHaveCount(0);
    // The link to a step lands on it.
    expect(await page.locator('#etape-3').evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThanOrEqual(20);
  });
});
