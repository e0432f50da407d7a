/**
 * The self-assessment tools as people use them: keyboard only, reload and resume, share a result
 * by link, open a damaged link, and merge three members' links into a collective synthesis.
 * Version 2 of the questionnaires: « sans objet » where it applies, links and saved answers of
 * version 1 (as version 1 sent them, tests/unit/golden) still open, and a synthesis of members of
 * both versions. axe-core must find nothing in any state, in light and dark colour schemes.
 */
import type { Browser, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect, axeViolations } from './fixtures.ts';
import { encode } from '../../src/lib/share/codec.ts';
import { ANSWERS_LINKS } from '../unit/golden/share-links.v1.ts';

const COOPERATION = '/outils/autodiagnostic-cooperation/';
const SYNTHESIS = '/outils/autodiagnostic-cooperation/synthese/';
const POSTURE = '/outils/autodiagnostic-posture/';
const SCALE = [
  'Pas du tout d’accord',
  'Plutôt pas d’accord',
  'Partagé',
  'Plutôt d’accord',
  'Tout à fait d’accord',
  'Je ne sais pas',
  'Sans objet',
];
/** Statements of the cooperation questionnaire, version 2. */
const STATEMENTS = 48;
/** A version-1 link exactly as version 1 sent it, with what it holds. */
const V1_LINK = ANSWERS_LINKS.find((g) => g.questionnaire === 'cooperation' && g.label === 'complete-with-name')!;

async function expectNoViolations(page: Page, state: string) {
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await axeViolations(page), `${state} (mode clair)`).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page), `${state} (mode sombre)`).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
}

async function openTool(page: Page, path = COOPERATION) {
  await page.goto(path);
  await expect(page.locator('.qz-app[data-ready]')).toBeVisible();
}

/** Presses Tab until the focused element is the button with this name. */
async function tabTo(page: Page, name: string | RegExp) {
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el instanceof HTMLButtonElement ? (el.textContent ?? '').trim() : '';
    });
    if (typeof name === 'string' ? focused === name : name.test(focused)) return;
  }
  throw new Error(`Bouton « ${String(name)} » introuvable au clavier`);
}

/** The heading that has focus. */
function focusedHeading(page: Page) {
  return page.locator('h2:focus');
}

/** Answers the current screen by keyboard: Tab into each group, Space, then arrows. */
async function answerScreenByKeyboard(page: Page, choices: number[]) {
  for (const choice of choices) {
    await page.keyboard.press('Tab');
    await expect(page.locator('input[type="radio"]:focus')).toHaveCount(1);
    await page.keyboard.press('Space');
    for (let k = 0; k < choice; k += 1) await page.keyboard.press('ArrowRight');
  }
}

/** Choice index (0–5, 5 = je ne sais pas) for statement n (0-based) in the keyboard test. */
const keyboardChoice = (n: number) => (n % 7 === 6 ? 5 : n % 5);

test.describe('autodiagnostic de la coopération', () => {
  test('se remplit au clavier seul, reprend après rechargement et affiche les résultats', async ({ page }) => {
    test.setTimeout(180_000);
    await openTool(page);
    await expectNoViolations(page, 'écran d’accueil');

    await tabTo(page, 'Commencer');
    await page.keyboard.press('Enter');
    await expect(focusedHeading(page)).toHaveText('Histoire et organisation');
    await expect(page.getByText('Étape 1 sur 8', { exact: true })).toBeVisible();
    await expectNoViolations(page, 'premier écran du questionnaire');

    let n = 0;
    const answerStep = async () => {
      // Focus moves to the new screen's heading after it renders: wait for it before tabbing.
      await expect(focusedHeading(page)).toHaveCount(1);
      const count = await page.locator('fieldset.qz-statement').count();
      const choices = Array.from({ length: count }, (_, i) => keyboardChoice(n + i));
      // Focus sits on the heading: the first Tab reaches the first radio group.
      await answerScreenByKeyboard(page, choices);
      n += count;
      await tabTo(page, /^(Suivant|Voir mes résultats)$/);
      await page.keyboard.press('Enter');
    };

    await answerStep();
    await expect(focusedHeading(page)).toHaveText('Confiance');
    await expect(page.getByText('Étape 2 sur 8', { exact: true })).toBeVisible();
    await answerStep();
    await expect(focusedHeading(page)).toHaveText('Vision partagée');

    // Reload: the answers were saved; resume where we stopped.
    await page.reload();
    await expect(page.locator('.qz-app[data-ready]')).toBeVisible();
    await expect(page.getByText(new RegExp(`Vous avez déjà répondu à 13\\saffirmations sur ${STATEMENTS}`))).toBeVisible();
    await tabTo(page, 'Reprendre là où je m’étais arrêté');
    await page.keyboard.press('Enter');
    await expect(focusedHeading(page)).toHaveText('Vision partagée');
    await expect(page.getByText('Étape 3 sur 8', { exact: true })).toBeVisible();

    // Earlier answers are still there.
    await tabTo(page, 'Précédent');
    await page.keyboard.press('Enter');
    await expect(focusedHeading(page)).toHaveText('Confiance');
    const firstConfiance = page.locator('fieldset.qz-statement').first();
    await expect(firstConfiance.getByLabel(SCALE[keyboardChoice(7)]!, { exact: true })).toBeChecked();
    await tabTo(page, 'Suivant');
    await page.keyboard.press('Enter');

    for (let step = 3; step <= 8; step += 1) {
      await expect(page.getByText(`Étape ${step} sur 8`, { exact: true })).toBeVisible();
      await answerStep();
    }

    await expect(focusedHeading(page)).toHaveText('Vos résultats');
    await expect(page.locator('.qz-chart')).toBeVisible();
    await expect(page.locator('.qz-results table').first().locator('tbody tr')).toHaveCount(8);
    await expect(page.locator('.qz-priorities li')).toHaveCount(3);
    await expect(page.locator('.qz-advice')).toHaveCount(8);
    await expect(page.locator('.qz-advice a[href^="/guides/"], .qz-advice a[href^="/fiches/"]').first()).toBeVisible();
    await expectNoViolations(page, 'résultats');

    // Results survive a reload too.
    await page.reload();
    await tabTo(page, 'Voir mes résultats');
    await page.keyboard.press('Enter');
    await expect(focusedHeading(page)).toHaveText('Vos résultats');

    // Erase, with confirmation, by keyboard.
    await tabTo(page, 'Effacer mes réponses');
    await page.keyboard.press('Enter');
    await expect(page.locator('button:focus')).toHaveText('Oui, effacer');
    await expectNoViolations(page, 'confirmation d’effacement');
    await page.keyboard.press('Enter');
    await expect(focusedHeading(page)).toHaveText('Avant de commencer');
    await expect(page.getByRole('button', { name: 'Commencer' })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('faire-ensemble:questionnaire:cooperation'))).toBeNull();
  });

  test('partage un résultat par lien et le rouvre en lecture seule', async ({ page, browser }) => {
    const { link, scores } = await completeByClicking(browser, (n) => n % 5, 'Camille');
    const url = new URL(link);
    expect(url.pathname).toBe(COOPERATION);
    expect(url.search).toBe('');
    expect(url.hash).toMatch(/^#r=[A-Za-z0-9_-]+$/);
    // Compact enough for an e-mail: 48 answers and a first name.
    expect(url.hash.length).toBeLessThan(60);

    // As pasted from an e-mail where the client glued a « > » to the link.
    await page.goto(`${url.pathname}${url.hash}%3E`);
    await expect(focusedHeading(page)).toHaveText('Résultat partagé par Camille');
    await expect(page.getByText(/lecture seule/)).toBeVisible();
    await expect(page.locator('.qz-results table').first().locator('tbody tr')).toHaveCount(8);
    await expect(page.getByRole('button', { name: 'Modifier mes réponses' })).toHaveCount(0);
    await expectNoViolations(page, 'résultat partagé');

    // The same values as the author's own results page.
    expect(await resultScores(page)).toEqual(scores);

    await page.getByRole('button', { name: 'Faire mon propre diagnostic' }).click();
    await expect(focusedHeading(page)).toHaveText('Avant de commencer');
    expect(new URL(page.url()).hash).toBe('');
  });

  test('ne porte ni les conseils ni la version 1, et les charge depuis le site quand il en a besoin', async ({ page, browser }) => {
    const loads: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/donnees/')) loads.push(request.url());
    });
    const current = parse(readFileSync('content/questionnaires/cooperation.yaml', 'utf8')) as {
      dimensions: { advice: { fort: { text: string } } }[];
    };
    const advice = current.dimensions[0]!.advice.fort.text;
    await openTool(page);
    const props = (await page.locator('astro-island').first().getAttribute('props')) ?? '';
    expect(props).toContain('Histoire et organisation');
    expect(props, 'conseils').not.toContain(advice.slice(0, 40));
    expect(props, 'version 1').not.toContain('comment on y entre ou on en sort');
    await page.getByRole('button', { name: 'Commencer' }).click();
    await expect(focusedHeading(page)).toHaveText('Histoire et organisation');
    expect(loads, 'accueil et premier écran').toEqual([]);

    // A version-1 link: the file comes once, from this site, before the result and its advice show.
    await page.goto(V1_LINK.link);
    await expect(focusedHeading(page)).toHaveText('Résultat partagé par Zoé d’Aubigné');
    expect(loads).toHaveLength(1);
    expect(new URL(loads[0]!).origin).toBe(new URL(page.url()).origin);
    await expect(page.locator('.qz-advice').first().locator('p')).toHaveText(/\S.{30,}/);
    await expect(page.getByText('Chargement des conseils…')).toHaveCount(0);

    // Without the file (offline), a result still shows its scores, and says where the advice is.
    const { link, scores } = await completeByClicking(browser, (n) => n % 5);
    const offline = await browser.newPage();
    await offline.route('**/donnees/**', (route) => route.abort());
    await offline.goto(link);
    await expect(offline.locator('h2:focus')).toHaveText('Résultat partagé');
    expect(await resultScores(offline)).toEqual(scores);
    const notice = offline.locator('.qz-results .qz-notice[role="status"]').filter({ hasText: 'conseils' });
    await expect(notice).toContainText('Les conseils n’ont pas pu être chargés');
    await expect(notice.getByRole('link', { name: 'version papier à imprimer' })).toHaveAttribute('href', '#version-papier');
    await offline.close();
  });

  test('un lien altéré, tronqué ou périmé donne un message clair et l’outil reste utilisable', async ({
    page,
    browser,
  }) => {
    const { link } = await completeByClicking(browser, () => 3);
    const code = new URL(link).hash.slice('#r='.length);
    const flipped = code.slice(0, 10) + (code[10] === 'A' ? 'B' : 'A') + code.slice(11);

    await page.goto(`${COOPERATION}#r=${flipped}`);
    await expect(focusedHeading(page)).toHaveText('Ce lien de résultat ne peut pas être ouvert');
    await expect(page.getByTestId('share-error')).toContainText(/altéré|illisible/);
    await expectNoViolations(page, 'lien altéré');

    await page.goto(`${COOPERATION}#r=${code.slice(0, code.length - 7)}`);
    await page.reload();
    await expect(page.getByTestId('share-error')).toContainText('incomplet');

    const outdated = encode('coop', 0, new Uint8Array([0, 44, ...new Array(17).fill(0)]));
    await page.goto(`${COOPERATION}#r=${outdated}`);
    await page.reload();
    await expect(page.getByTestId('share-error')).toContainText('version précédente du questionnaire');

    await page.goto(`${POSTURE}#r=${code}`);
    await expect(page.getByTestId('share-error')).toContainText('autre outil');

    await page.getByRole('button', { name: 'Commencer le questionnaire' }).click();
    await expect(focusedHeading(page)).toHaveText('Avant de commencer');
    await page.getByRole('button', { name: 'Commencer' }).click();
    await expect(focusedHeading(page)).toHaveText('Neutralité');
  });

  test('construit la synthèse de trois membres, points les plus disputés en premier', async ({ page, browser }) => {
    test.setTimeout(180_000);
    // Everyone answers « Plutôt d’accord » except on three statements:
    // n°7 (1, 5, 1: the most disputed), n°13 (1, 3, 5), n°20 (2, 3, 4: close views).
    const special: Record<number, [number, number, number]> = { 6: [0, 4, 0], 12: [0, 2, 4], 19: [1, 2, 3] };
    const member = (m: 0 | 1 | 2) => (n: number) => special[n]?.[m] ?? 3;
    const links = [
      (await completeByClicking(browser, member(0), 'Camille')).link,
      (await completeByClicking(browser, member(1))).link,
      (await completeByClicking(browser, member(2))).link,
    ];

    await page.goto(SYNTHESIS);
    await expect(page.locator('.qz-app[data-ready]')).toBeVisible();
    await expectNoViolations(page, 'formulaire de synthèse');

    // An empty form says what to do.
    await page.getByRole('button', { name: 'Construire la synthèse' }).click();
    await expect(page.locator('#qz-lines-error')).toContainText('Collez au moins un lien');
    await expect(page.locator('.qz-app [role="status"]')).toContainText('Collez au moins un lien');

    const damaged = links[1]!.slice(0, -5);
    await page
      .getByLabel('Liens ou codes des membres, un par ligne')
      .fill([`<${links[0]}>`, '', `Malik : ${links[1]}`, links[2], damaged].join('\n'));
    await page.getByRole('button', { name: 'Construire la synthèse' }).click();

    await expect(focusedHeading(page)).toHaveText('Synthèse de 3 membres');
    await expect(page.getByText('Membres : Camille, Malik, Membre 3.'.replace(' :', '\u202f:'))).toBeVisible();
    await expect(page.getByTestId('synthesis-problems')).toContainText('Ligne 5');

    const points = page.getByTestId('discussion-points').locator('> li');
    await expect(points).toHaveCount(2);
    const texts = await page.locator('.qz-points__statement').allTextContents();
    const paper = await statementTexts(browser);
    expect(texts).toEqual([paper[6], paper[12]]);
    const firstRow = page.getByTestId('statements-table').locator('tbody tr').first();
    await expect(firstRow.locator('th')).toHaveText(paper[6]!);
    await expect(firstRow.locator('td').nth(5)).toHaveText('3'); // 3 rated answers
    await expectNoViolations(page, 'synthèse');
  });

  test('propose « Sans objet » là où la situation peut ne pas exister encore, et le compte à part', async ({ page }) => {
    await openTool(page);
    await page.getByRole('button', { name: 'Commencer' }).click();
    await expect(page.getByText('Étape 1 sur 8', { exact: true })).toBeVisible();
    const statements = page.locator('fieldset.qz-statement');
    const episodes = statements.filter({ hasText: 'Les moments difficiles de notre passé commun' });
    await expect(episodes.getByRole('radio')).toHaveCount(7);
    await expect(statements.first().getByRole('radio')).toHaveCount(6);
    await expect(statements.first().getByLabel('Sans objet', { exact: true })).toHaveCount(0);
    for (const fieldset of await statements.all()) await fieldset.getByLabel('Plutôt d’accord', { exact: true }).check();
    await episodes.getByLabel('Sans objet', { exact: true }).check();
    await expect(episodes.getByLabel('Plutôt d’accord', { exact: true })).not.toBeChecked();
    await expectNoViolations(page, 'écran avec « Sans objet »');
    for (let step = 1; step <= 8; step += 1) {
      await expect(page.getByText(`Étape ${step} sur 8`, { exact: true })).toBeVisible();
      await page.getByRole('button', { name: /^(Suivant|Voir mes résultats)$/ }).click();
    }
    await expect(focusedHeading(page)).toHaveText('Vos résultats');
    await expect(page.getByText(/^6\saffirmations notées sur 48, 0\sréponse «\sje ne sais pas\s», 1\sréponse «\ssans objet\s»\.$/)).toBeVisible();
    // Histoire: 6 ratings of « plutôt d’accord », one of them reversed (4 counts 2), the statement
    // « sans objet » left out: (5 × 4 + 2) / 6 = 3,7, score 67.
    const histoire = page.locator('.qz-results table').first().locator('tbody tr').first();
    await expect(histoire.locator('td')).toHaveText(['3,7', '67', 'À discuter', '6 / 7']);
  });

  test('ouvre un lien de la version 1 avec ses affirmations et ses scores, signalé comme version antérieure', async ({ page }) => {
    await page.goto(V1_LINK.link);
    await expect(focusedHeading(page)).toHaveText('Résultat partagé par Zoé d’Aubigné');
    const note = page.getByTestId('earlier-version');
    await expect(note.locator('h3')).toHaveText('Version 1 du questionnaire');
    await expect(note).toContainText('remplacée depuis par la version 2');
    // The six statements of version 1 rewritten since, with the answers given to them.
    await expect(note.locator('li')).toHaveCount(6);
    await expect(note.locator('li').first()).toHaveText(
      '«\u202fJe sais qui fait partie du collectif aujourd’hui, et comment on y entre ou on en sort.\u202f»\u202f: Plutôt d’accord',
    );
    // Scored on the version-1 statements: confiance 4, 4, 2 (reversed: 4), 3, 5 and one « je ne sais pas ».
    const confiance = page.locator('.qz-results table').first().locator('tbody tr').nth(1);
    await expect(confiance.locator('th')).toHaveText('Confiance');
    await expect(confiance.locator('td')).toHaveText(['4,0', '75', 'Point fort', '5 / 6']);
    await expect(page.getByText(/^40\saffirmations notées sur 44, 4\sréponses «\sje ne sais pas\s»\.$/)).toBeVisible();
    await expectNoViolations(page, 'résultat de la version 1');
  });

  test('reprend les réponses enregistrées avec la version 1 là où les affirmations n’ont pas changé', async ({ page }) => {
    await openTool(page);
    await page.evaluate(() =>
      localStorage.setItem(
        'faire-ensemble:questionnaire:cooperation',
        JSON.stringify({
          format: 1,
          questionnaire: 'cooperation',
          version: 1,
          step: 3,
          savedAt: '2026-11-20T10:00:00.000Z',
          answers: { 'histoire-origines': 5, 'histoire-perimetre': 2, 'confiance-information': 'unknown' },
        }),
      ),
    );
    await page.reload();
    await expect(page.locator('.qz-app[data-ready]')).toBeVisible();
    await expect(page.locator('.qz-notice[role="status"]')).toContainText(/version 1, désormais version 2\)\. Vos réponses aux affirmations inchangées ont été reprises \(2\sréponses\)\. 10\saffirmations nouvelles ou réécrites attendent votre réponse\./);
    await expect(page.getByText(/Vous avez déjà répondu à 2\saffirmations sur 48/)).toBeVisible();
    await page.getByRole('button', { name: 'Reprendre là où je m’étais arrêté' }).click();
    await expect(focusedHeading(page)).toHaveText('Histoire et organisation');
    await expect(page.locator('fieldset.qz-statement').first().getByLabel('Tout à fait d’accord', { exact: true })).toBeChecked();
    // Saved again in the form of version 2: no notice the next time.
    await page.reload();
    await expect(page.locator('.qz-app[data-ready]')).toBeVisible();
    await expect(page.locator('.qz-notice[role="status"]')).toHaveCount(0);
    await expect(page.getByText(/Vous avez déjà répondu à 2\saffirmations sur 48/)).toBeVisible();
  });

  test('rassemble un membre de la version 1 et deux de la version 2, et dit ce qu’elle laisse de côté', async ({ page, browser }) => {
    test.setTimeout(180_000);
    const links = [
      V1_LINK.link,
      (await completeByClicking(browser, () => 3, 'Malik')).link,
      (await completeByClicking(browser, (n) => n % 5)).link,
    ];
    await page.goto(SYNTHESIS);
    await expect(page.locator('.qz-app[data-ready]')).toBeVisible();
    await page.getByLabel('Liens ou codes des membres, un par ligne').fill(links.join('\n'));
    await page.getByRole('button', { name: 'Construire la synthèse' }).click();

    await expect(focusedHeading(page)).toHaveText('Synthèse de 3 membres');
    await expect(page.getByTestId('synthesis-problems')).toHaveCount(0);
    const versions = page.getByTestId('synthesis-versions');
    await expect(versions.locator('h3')).toHaveText('Versions du questionnaire');
    await expect(versions).toContainText('La synthèse suit la version 2, la plus récente');
    await expect(versions.locator('li').first()).toHaveText(
      /^Zoé d’Aubigné a répondu à la version 1\s: ses réponses comptent pour les 38\saffirmations restées identiques sur 48\. Les 10\saffirmations nouvelles ou réécrites depuis sont laissées de côté pour ce membre\. Ses 6\sréponses à des affirmations retirées ou réécrites depuis ne sont pas comptées\.$/,
    );
    await versions.locator('summary').click();
    await expect(versions.locator('details li')).toHaveCount(10);
    await expect(versions.locator('details li').first()).toHaveText('Je sais qui fait partie du collectif aujourd’hui.');

    const rows = page.getByTestId('statements-table').locator('tbody tr');
    const added = rows.filter({ hasText: 'Je sais qui fait partie du collectif aujourd’hui.' });
    await expect(added.locator('th')).toContainText('(absente de la version remplie par 1\u00a0membre)');
    await expect(added.locator('td').nth(5)).toHaveText('2');
    const kept = rows.filter({ hasText: 'Je connais l’histoire du collectif' });
    await expect(kept.locator('th .qz-muted')).toHaveCount(0);
    await expect(kept.locator('td').nth(5)).toHaveText('3');
    await expectNoViolations(page, 'synthèse de deux versions');
  });

  test('sans JavaScript, affiche toutes les affirmations en formulaire papier', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(COOPERATION);
    await expect(page.locator('#version-papier')).toBeVisible();
    await expect(page.locator('#version-papier tbody tr')).toHaveCount(STATEMENTS);
    // « Sans objet » is a column of its own, with a box only where the situation may not exist yet.
    await expect(page.locator('#version-papier thead').first()).toContainText('Sans objet');
    const episodes = page.locator('#version-papier tbody tr', { hasText: 'Les moments difficiles de notre passé commun' });
    await expect(episodes.locator('td.paper-form__box span')).toHaveCount(7);
    await expect(page.locator('#version-papier tbody tr').first().locator('td.paper-form__box span')).toHaveCount(6);
    await expect(page.locator('#version-papier')).toContainText('Questionnaire, version 2');
    await expect(page.locator('#version-papier a[href^="/guides/"]').first()).toBeAttached();
    await expect(page.getByText('version papier à imprimer')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#version-papier')).toBeVisible();
    await expect(page.locator('.tool-explainer').first()).toBeHidden();
    await context.close();
  });

  test('à l’impression, seule la vue en cours est imprimée', async ({ page }) => {
    await openTool(page);
    await expect(page.locator('#version-papier')).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.tool-explainer').first()).toBeHidden();
    await expect(page.locator('#version-papier')).toBeHidden();
    await page.evaluate(() => (document.documentElement.dataset['print'] = 'papier'));
    await expect(page.locator('#version-papier')).toBeVisible();
    await expect(page.locator('.qz-app')).toBeHidden();
  });
});

test.describe('autodiagnostic de posture', () => {
  test('se remplit et donne des résultats sans violation d’accessibilité', async ({ page }) => {
    await openTool(page, POSTURE);
    await expectNoViolations(page, 'posture : accueil');
    await page.getByRole('button', { name: 'Commencer' }).click();
    await expect(page.getByText('Étape 1 sur 8', { exact: true })).toBeVisible();
    for (let step = 0; step < 8; step += 1) {
      for (const fieldset of await page.locator('fieldset.qz-statement').all()) {
        await fieldset.getByLabel('Plutôt d’accord', { exact: true }).check();
      }
      await page.getByRole('button', { name: /^(Suivant|Voir mes résultats)$/ }).click();
    }
    await expect(focusedHeading(page)).toHaveText('Vos résultats');
    await expect(page.getByLabel('Votre prénom (facultatif)')).toHaveCount(0);
    await expectNoViolations(page, 'posture : résultats');
  });
});

/**
 * One member fills the cooperation questionnaire in their own browser by clicking, and returns
 * their share link. `choice(n)` gives the answer index (0–5) for statement n (0-based).
 */
async function completeByClicking(
  browser: Browser,
  choice: (n: number) => number,
  name?: string,
): Promise<{ link: string; scores: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openTool(page);
  await page.getByRole('button', { name: 'Commencer' }).click();
  let n = 0;
  for (let step = 0; step < 8; step += 1) {
    // Wait for the screen to render before reading its statements.
    await expect(page.getByText(`Étape ${step + 1} sur 8`, { exact: true })).toBeVisible();
    for (const fieldset of await page.locator('fieldset.qz-statement').all()) {
      await fieldset.getByLabel(SCALE[choice(n)]!, { exact: true }).check();
      n += 1;
    }
    await page.getByRole('button', { name: /^(Suivant|Voir mes résultats)$/ }).click();
  }
  expect(n).toBe(STATEMENTS);
  await expect(focusedHeading(page)).toHaveText('Vos résultats');
  if (name) await page.getByLabel('Votre prénom (facultatif)').fill(name);
  const link = await page.getByTestId('share-link').inputValue();
  const scores = await resultScores(page);
  await context.close();
  return { link, scores };
}

/** Mean, score and level of each dimension, as shown in the results table. */
async function resultScores(page: Page): Promise<string[]> {
  return page.locator('.qz-results table').first().locator('tbody tr').allInnerTexts();
}

/** Statement texts in questionnaire order, read from the paper form. */
async function statementTexts(browser: Browser): Promise<string[]> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(COOPERATION);
  const texts = await page.locator('#version-papier tbody th').allTextContents();
  await context.close();
  return texts.map((t) => t.replace(/^\d+\.\s*/, '').trim());
}
