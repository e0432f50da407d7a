/**
 * The URL contract at build time: every address of content/adresses-publiees.txt must still lead
 * somewhere. Each case copies the real content/ folder, changes what an editor would change and
 * runs a real `astro build`: a page removed, or a heading renamed, without a redirect fails the
 * build naming the address; with a redirect (or the old id pinned in `ancres`) it builds, and the
 * old addresses are served by static pages, `_redirects` and the page's own script.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addRedirects, buildWithEditedContent as buildWith, removeCopies, removePage, replaceIn } from './build-with.ts';

afterAll(removeCopies);

const PAGE = { collection: 'guides', slug: 'fil-rouge-bocage-nourricier' } as const;
const PAGE_URL = `/${PAGE.collection}/${PAGE.slug}/`;

describe('published addresses at build time', { timeout: 240_000 }, () => {
  it('fails when a published page is removed without a redirect, naming the address and the fix', () => {
    const { status, output } = buildWith((dir) => removePage(dir, PAGE.collection, PAGE.slug));
    expect(status).not.toBe(0);
    expect(output).toMatch(/adresses publiées ne mènent plus nulle part \(liste\u202f: [^)]*content\/adresses-publiees\.txt\)/);
    expect(output).toContain(`${PAGE_URL}\u202f: la page n’existe plus (ni ses`);
    expect(output).toMatch(new RegExp(`ajoutez dans [^\\n]*content/redirections\\.yaml\u202f:\\n\\s+- de: ${PAGE_URL}\\n\\s+vers: `));
    // The only failure is the contract: the edit left no broken internal link.
    expect(output).not.toContain('lien(s) interne(s) cassé(s)');
  });

  it('fails when a published heading is renamed without keeping its id, naming the section and the page file', () => {
    const { status, output } = buildWith((dir) =>
      replaceIn(join(dir, 'guides/ptce.mdx'), /^## Questions à poser au collectif$/m, '## Les questions à poser au collectif'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('Une adresse publiée ne mène plus nulle part');
    expect(output).toContain('/guides/ptce/#questions-à-poser-au-collectif\u202f: la page /guides/ptce/ n’a plus de section «\u202fquestions-à-poser-au-collectif\u202f»');
    expect(output).toMatch(/l’en-tête de [^\n]*content\/guides\/ptce\.mdx\u202f: ancres: \{ "Nouveau titre": questions-à-poser-au-collectif \}/);
  });

  it('builds with a redirect for the page and the old id kept for the heading, and serves the old addresses', () => {
    const { status, output, dist } = buildWith((dir) => {
      removePage(dir, PAGE.collection, PAGE.slug);
      addRedirects(
        dir,
        [
          `- de: ${PAGE_URL}`,
          '  vers: /guides/cooperation-territoriale/',
          '- de: /guides/ptce/#pièges-à-éviter',
          '  vers: /guides/ptce/#questions-à-poser-au-collectif',
          '',
        ].join('\n'),
      );
      replaceIn(join(dir, 'guides/ptce.mdx'), /^## Questions à poser au collectif$/m, '## Les questions à poser au collectif');
      replaceIn(join(dir, 'guides/ptce.mdx'), /^---\n/, '---\nancres:\n  Les questions à poser au collectif: questions-à-poser-au-collectif\n');
      replaceIn(join(dir, 'guides/ptce.mdx'), /^## Pièges à éviter$/m, '## Ce qui coince souvent');
      // Internal links go to the new section at once.
      for (const file of readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.mdx'))) {
        const path = join(file.parentPath, file.name);
        const text = readFileSync(path, 'utf8');
        const next = text.replaceAll('/guides/ptce/#pièges-à-éviter', '/guides/ptce/#ce-qui-coince-souvent');
        if (next !== text) writeFileSync(path, next);
      }
    });
    expect(output).not.toMatch(/ne mènent? plus nulle part/);
    expect(status).toBe(0);

    // The renamed heading kept its published id.
    const ptce = readFileSync(join(dist, 'guides/ptce/index.html'), 'utf8');
    expect(ptce).toContain('<h2 id="questions-à-poser-au-collectif">Les questions à poser au collectif</h2>');
    // The moved section is sent on by the page itself.
    expect(ptce).toContain('const m={"pièges-à-éviter":"/guides/ptce/#questions-%C3%A0-poser-au-collectif"}');

    // The old page: a French static page that keeps the section, and a line for static hosts.
    const old = readFileSync(join(dist, PAGE.collection, PAGE.slug, 'index.html'), 'utf8');
    expect(old).toContain('<html lang="fr">');
    expect(old).toContain('<meta http-equiv="refresh" content="0; url=/guides/cooperation-territoriale/">');
    expect(old).toContain('location.replace(Object.hasOwn(m,h)?m[h]:"/guides/cooperation-territoriale/"+location.hash)');
    expect(readFileSync(join(dist, '_redirects'), 'utf8')).toContain(`${PAGE_URL} /guides/cooperation-territoriale/ 301\n`);
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toContain(`${PAGE_URL}\n  X-Robots-Tag: noindex`);
    expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('fails on a mistake in the redirects file, naming the file, the line and the field', () => {
    const { status, output } = buildWith((dir) =>
      writeFileSync(join(dir, 'redirections.yaml'), '- de: /guides/ancien/\n  vers: guides/nouveau\n- de: /fiches/x/\n'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('Fichier de redirections invalide');
    expect(output).toMatch(/content\/redirections\.yaml, ligne 1, redirection «\u202f\/guides\/ancien\/\u202f», champ «\u202fvers\u202f»\u202f: «\u202fguides\/nouveau\u202f» n’est pas une adresse du site/);
    expect(output).toMatch(/content\/redirections\.yaml, ligne 3, redirection «\u202f\/fiches\/x\/\u202f», champ «\u202fvers\u202f»\u202f: champ obligatoire manquant/);
  });
});
