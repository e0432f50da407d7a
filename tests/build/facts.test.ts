/**
 * The facts registry on the built site (npm test builds it first): figures that change every year
 * appear only through <Fait>, always with their year, and a past year's figure is never shown as
 * current; the « Sources et vérification » page lists every fact with its status.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBuiltSite, type BuiltSite } from '../../src/integrations/built-site.ts';
import { parseFactsRegistry } from '../../src/lib/facts/registry.ts';
import type { Fact } from '../../src/lib/facts/schema.ts';

let site: BuiltSite;
let facts: Fact[];
/** The day the site was built for, as the sources page states it. */
let evaluatedOn: Date;

/** Text with every kind of space made ordinary, so « 80 011 € » matches whatever the spaces. */
const flat = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');

beforeAll(() => {
  if (!existsSync('dist/index.html')) throw new Error('dist/ est absent : lancez `npm run build` avant ces tests.');
  site = readBuiltSite('dist');
  const registry = parseFactsRegistry(readFileSync('content/faits.yaml', 'utf8'), 'content/faits.yaml');
  if (!registry.ok) throw new Error(registry.message);
  facts = registry.facts;
  const sources = site.pages.find((p) => p.path === '/sources/');
  const datetime = parse(sources?.html ?? '').querySelector('.lead + p time')?.getAttribute('datetime');
  evaluatedOn = new Date(`${datetime}T00:00:00Z`);
});

const yearly = () => facts.filter((f) => f.valeurs.some((v) => v.annee !== undefined));

describe('figures that change every year', () => {
  it('the registry has some, and the build date is known', () => {
    expect(yearly().map((f) => f.id)).toContain('franchise-recettes-accessoires');
    expect(Number.isNaN(evaluatedOn.getTime())).toBe(false);
  });

  it('never appear typed in a page: only through <Fait> or in the registry page', () => {
    const problems: string[] = [];
    for (const page of site.pages) {
      const root = parse(page.html);
      const main = root.querySelector('main');
      if (!main) continue;
      // Citations rendered from the registry: <Fait>, the sources page, the tools' fact lists.
      for (const el of main.querySelectorAll('.fait, article.fact, .fact-citation, script, style')) el.remove();
      const text = flat(main.text);
      for (const fact of yearly()) {
        for (const value of fact.valeurs) {
          if (text.includes(flat(value.valeur))) problems.push(`${page.path}: « ${value.valeur} » (${fact.id}) écrit en dur`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('are shown with their year, and a past year’s figure says the new one is not published', () => {
    const shown: string[] = [];
    const problems: string[] = [];
    for (const page of site.pages) {
      for (const el of parse(page.html).querySelectorAll('.fait[data-etat]')) {
        const fact = facts.find((f) => f.id === el.getAttribute('data-fait'));
        const latest = fact?.valeurs.at(-1);
        if (!fact || latest?.annee === undefined) continue;
        const text = flat(el.text);
        shown.push(page.path);
        const value = fact.valeurs.find((v) => text.startsWith(flat(v.valeur)));
        if (!value || !text.includes(`pour ${value.annee}`)) problems.push(`${page.path}: ${fact.id} sans son année : ${text}`);
        const past = (value?.annee ?? 0) < evaluatedOn.getUTCFullYear();
        if (past && (el.getAttribute('data-etat') !== 'past' || !text.includes(`${evaluatedOn.getUTCFullYear()} non encore publié`))) {
          problems.push(`${page.path}: ${fact.id} présenté comme en vigueur : ${text}`);
        }
      }
    }
    expect(shown).toContain('/guides/franchise-tva-et-filialisation/');
    expect(shown).toContain('/glossaire/');
    expect(problems).toEqual([]);
  });

  it('the franchise threshold of the guide reads « 80 011 € pour 2025 » with its source', () => {
    const guide = site.pages.find((p) => p.path === '/guides/franchise-tva-et-filialisation/');
    const el = parse(guide?.html ?? '').querySelector('.fait[data-fait="franchise-recettes-accessoires"][data-etat]');
    expect(flat(el?.text ?? '')).toMatch(/^80 011 € pour 2025/);
    expect(el?.querySelector('.fait__source a')?.getAttribute('href')).toMatch(/^https:\/\//);
  });
  it('in the tools too: the écueils tool shows the franchise with its year, never as current', () => {
    const tool = site.pages.find((p) => p.path === '/outils/anticiper-les-ecueils/');
    const lines = parse(tool?.html ?? '')
      .querySelectorAll('.fact-citation')
      .map((el) => flat(el.text))
      .filter((t) => t.includes('80 011'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(new RegExp(`80 011 € pour 2025 ; montant ${evaluatedOn.getUTCFullYear()} non encore publié`));
  });
});

describe('every cited fact', () => {
  it('links to its source with an accessible name that starts with the visible word', () => {
    const problems: string[] = [];
    for (const page of site.pages) {
      for (const el of parse(page.html).querySelectorAll('.fait')) {
        const link = el.querySelector('.fait__source a');
        const name = flat(link?.text ?? '');
        if (!link?.getAttribute('href')?.startsWith('http') || !/^source : .{5,}/.test(name)) {
          problems.push(`${page.path}: ${el.getAttribute('data-fait')} → ${name}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps a space between the fact and the words around it in running text', () => {
    const guide = site.pages.find((p) => p.path === '/guides/recevoir-de-l-argent-public/');
    const text = flat(parse(guide?.html ?? '').querySelector('main')?.text ?? '');
    expect(text).toMatch(/une aide de plus de 23 000 € par an\s?source : .+?, une convention écrite/);
    expect(text).toMatch(/en dessous de 60 000 € HT depuis le 1er avril 2026\s?source/);
  });
});

describe('the « Sources et vérification » page', () => {
  let root: HTMLElement;
  beforeAll(() => {
    root = parse(site.pages.find((p) => p.path === '/sources/')?.html ?? '');
  });

  it('is linked from every page footer and from the about page', () => {
    for (const page of site.pages.filter((p) => p.path !== '/404.html')) {
      expect(parse(page.html).querySelector('footer a[href="/sources/"]'), page.path).not.toBeNull();
    }
    const about = site.pages.find((p) => p.path === '/a-propos/');
    expect(parse(about?.html ?? '').querySelector('main a[href="/sources/"]')).not.toBeNull();
  });

  it('lists every fact of the registry once, under its anchor, with its status', () => {
    const articles = root.querySelectorAll('article.fact');
    expect(articles.map((a) => a.getAttribute('id')).sort()).toEqual(facts.map((f) => f.id).sort());
    for (const fact of facts) {
      const article = root.querySelector(`article#${fact.id}`);
      const status = flat(article?.querySelector('.fact__status')?.text ?? '');
      expect(status, fact.id).toBe(fact.statut === 'à vérifier' ? 'À vérifier' : 'Vérifié');
      expect(article?.querySelector(`a[href="${fact.source.url}"]`), fact.id).not.toBeNull();
      expect(article?.querySelector(`time[datetime="${fact.verifie_le.toISOString().slice(0, 10)}"]`), fact.id).not.toBeNull();
    }
  });

  it('marks the facts « à vérifier » visibly, and says which are due for a check', () => {
    const todo = facts.filter((f) => f.statut === 'à vérifier');
    expect(todo.length).toBeGreaterThan(0);
    expect(root.querySelectorAll('.fact__status--todo').length).toBe(todo.length);
    expect(flat(root.querySelector('article#franchise-recettes-accessoires')?.text ?? '')).toMatch(
      /à revérifier : la dernière valeur n’est plus en vigueur/,
    );
  });

  it('lists the pages that cite a fact', () => {
    const cited = root.querySelector('article#franchise-recettes-accessoires');
    const links = cited?.querySelectorAll('a').map((a) => a.getAttribute('href')) ?? [];
    expect(links).toContain('/guides/franchise-tva-et-filialisation/');
    expect(links).toContain('/glossaire/#franchise-commerciale');
  });
});
