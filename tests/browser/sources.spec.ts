/**
 * The facts registry in a real browser: a cited fact reads naturally and names its source for
 * screen readers; the « Sources et vérification » page reaches each fact by its anchor, shows the
 * facts « à vérifier », and passes axe-core in both colour schemes.
 */
import { test, expect, axeViolations } from './fixtures.ts';

test('un fait cité donne sa valeur, son année et un lien « source » nommé', async ({ page }) => {
  await page.goto('/guides/franchise-tva-et-filialisation/');
  const fact = page.locator('.fait[data-fait="franchise-recettes-accessoires"][data-etat]');
  await expect(fact).toContainText(/80\s011\s€ pour 2025\s; montant \d{4} non encore publié/);
  const link = fact.getByRole('link', { name: /^source\s: Bpifrance Création/ });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('href', /^https:\/\/bpifrance-creation\.fr\//);
});

test('la page des sources mène à chaque fait par son ancre, au clavier', async ({ page }) => {
  // Instant jumps: smooth scrolling over a long page can outlast the check on a loaded machine.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/sources/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sources et vérification' })).toBeVisible();
  const themes = page.getByRole('navigation', { name: 'Thèmes' });
  await themes.getByRole('link', { name: 'Fiscalité des associations' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#theme-fiscal$/);
  await expect(page.locator('#theme-fiscal')).toBeInViewport();
});

test('une fiche de la page des sources s’ouvre par son ancre, avec les pages qui la citent', async ({ page }) => {
  await page.goto('/sources/#franchise-recettes-accessoires');
  const article = page.locator('article#franchise-recettes-accessoires');
  await expect(article).toBeInViewport();
  await expect(article.getByRole('heading', { name: 'Franchise des impôts commerciaux des associations' })).toBeVisible();
  await expect(article).toContainText('Cité dans');
  await expect(article.getByRole('link', { name: /Anticiper les écueils fiscaux\s: franchise, TVA, filiale/ })).toBeVisible();
});

test('les faits « à vérifier » sont marqués, et un fait cité renvoie à leur fiche', async ({ page }) => {
  await page.goto('/guides/ecueils-rh-et-financements/');
  const todo = page.locator('.fait[data-fait="pret-main-oeuvre-sanctions"] .fait__statut');
  await expect(todo).toHaveText('(à vérifier)');
  await todo.click();
  await expect(page).toHaveURL(/\/sources\/#pret-main-oeuvre-sanctions$/);
  await expect(page.locator('article#pret-main-oeuvre-sanctions .fact__status--todo')).toHaveText('À vérifier');
});

test('axe-core : aucune violation sur la page des sources, même une fiche ciblée par son ancre', async ({ page }) => {
  test.slow(); // a long page: axe-core takes a while on a loaded machine
  await page.goto('/sources/#scic-capital-collectivites');
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page), 'mode sombre').toEqual([]);
});
