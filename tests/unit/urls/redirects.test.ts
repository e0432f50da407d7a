import { describe, expect, it } from 'vitest';
import {
  astroRedirects,
  followRedirects,
  movedSections,
  parseRedirects,
  redirectPageScript,
  sectionLandingScript,
  type Redirect,
} from '../../../src/lib/urls/redirects.ts';
import { formatSiteUrl, normalizeSiteUrl, parseSiteUrl } from '../../../src/lib/urls/site-url.ts';

const FILE = 'content/redirections.yaml';

function ok(text: string): Redirect[] {
  const result = parseRedirects(text, FILE);
  if (!result.ok) throw new Error(result.messages.join('\n'));
  return result.redirects;
}

function errors(text: string): string[] {
  const result = parseRedirects(text, FILE);
  if (result.ok) throw new Error('expected errors');
  return result.messages;
}

const url = (raw: string) => {
  const parsed = parseSiteUrl(raw);
  if (!parsed) throw new Error(raw);
  return parsed;
};

describe('addresses of the site', () => {
  it('decode, and end a page with « / »', () => {
    expect(normalizeSiteUrl('/guides/ptce')).toBe('/guides/ptce/');
    expect(normalizeSiteUrl('/guides/ptce/#pi%C3%A8ges-%C3%A0-%C3%A9viter')).toBe('/guides/ptce/#pièges-à-éviter');
    expect(normalizeSiteUrl('/rss.xml')).toBe('/rss.xml');
    expect(normalizeSiteUrl('/')).toBe('/');
  });

  it('are refused when they are not a path of the site', () => {
    for (const raw of ['guides/ptce/', 'https://example.org/', '//example.org/', '/guides/ptce/?utm_source=lettre', '/a b/', '/guides/../x/', '/a/#b#c']) {
      expect(normalizeSiteUrl(raw), raw).toBeUndefined();
    }
  });
});

describe('the redirects file', () => {
  it('is empty as an empty list, or with comments only', () => {
    expect(ok('[]\n')).toEqual([]);
    expect(ok('# rien\n')).toEqual([]);
  });

  it('reads pages and sections, normalised, with their line', () => {
    const redirects = ok('- de: /guides/ancien\n  vers: /guides/nouveau/\n- de: "/guides/ptce/#vieux"\n  vers: /guides/ptce/#neuf\n');
    expect(redirects.map((r) => [formatSiteUrl(r.from), formatSiteUrl(r.to), r.line])).toEqual([
      ['/guides/ancien/', '/guides/nouveau/', 1],
      ['/guides/ptce/#vieux', '/guides/ptce/#neuf', 3],
    ]);
  });

  it('names the file, line, entry and field of each mistake, in French', () => {
    const messages = errors(
      ['- de: /guides/a/', '  vers:', '- de: guides/b/', '  vers: /guides/c/', '- de: /guides/d/', '  vers: /guides/e/', '  note: x', '- /guides/f/'].join('\n'),
    );
    expect(messages).toEqual([
      'content/redirections.yaml, ligne 1, redirection «\u202f/guides/a/\u202f», champ «\u202fvers\u202f»\u202f: champ obligatoire manquant.',
      expect.stringMatching(/^content\/redirections\.yaml, ligne 3, redirection «\u202fguides\/b\/\u202f», champ «\u202fde\u202f»\u202f: «\u202fguides\/b\/\u202f» n’est pas une adresse du site\./),
      'content/redirections.yaml, ligne 5, redirection «\u202f/guides/d/\u202f», champ «\u202fnote\u202f»\u202f: champ inconnu (champs attendus\u202f: «\u202fde\u202f» et «\u202fvers\u202f»).',
      expect.stringMatching(/^content\/redirections\.yaml, ligne 8, redirection n°\u00a04\u202f: une redirection a deux champs/),
    ]);
  });

  it('refuses an address sent to itself, a second entry for the same address, and loops', () => {
    expect(errors('- de: /a/\n  vers: /a\n')).toEqual([expect.stringContaining('redirigée vers elle-même')]);
    expect(errors('- de: /a/\n  vers: /b/\n- de: /a\n  vers: /c/\n')).toEqual([
      'content/redirections.yaml, ligne 3, redirection «\u202f/a\u202f», champ «\u202fde\u202f»\u202f: /a/ a déjà une redirection, ligne 1.',
    ]);
    expect(errors('- de: /a/\n  vers: /b/\n- de: /b/\n  vers: /a/\n')[0]).toContain('boucle de redirections (/a/ → /b/ → /a/)');
  });

  it('reports unreadable YAML and a file that is not a list', () => {
    expect(errors('- de: /a/\n  vers: [\n')[0]).toMatch(/^content\/redirections\.yaml, ligne \d+\u202f: YAML illisible/);
    expect(errors('de: /a/\nvers: /b/\n')[0]).toContain('doit être une liste de redirections');
  });
});

describe('following redirects', () => {
  const redirects = ok(
    [
      '- de: /guides/ancien/',
      '  vers: /guides/moyen/',
      '- de: /guides/moyen/',
      '  vers: /guides/nouveau/',
      '- de: /guides/ancien/#vieille',
      '  vers: /fiches/x/#neuve',
      '- de: /guides/fusionne/',
      '  vers: /guides/nouveau/#partie',
    ].join('\n'),
  );
  const follow = (raw: string) => {
    const outcome = followRedirects(url(raw), redirects);
    return 'loop' in outcome ? 'loop' : formatSiteUrl(outcome.url);
  };

  it('follows chains, keeps the section of a moved page, prefers an entry for the section itself', () => {
    expect(follow('/guides/ancien/')).toBe('/guides/nouveau/');
    expect(follow('/guides/ancien/#intro')).toBe('/guides/nouveau/#intro');
    expect(follow('/guides/ancien/#vieille')).toBe('/fiches/x/#neuve');
    expect(follow('/guides/fusionne/#intro')).toBe('/guides/nouveau/#partie');
    expect(follow('/guides/autre/')).toBe('/guides/autre/');
  });

  it('gives Astro each old page with its final address, encoded', () => {
    expect(astroRedirects(redirects)).toEqual({
      '/guides/ancien/': '/guides/nouveau/',
      '/guides/moyen/': '/guides/nouveau/',
      '/guides/fusionne/': '/guides/nouveau/#partie',
    });
    expect(astroRedirects(ok('- de: /guides/ptce/x/\n  vers: /guides/ptce/#pièges-à-éviter\n'))).toEqual({
      '/guides/ptce/x/': '/guides/ptce/#pi%C3%A8ges-%C3%A0-%C3%A9viter',
    });
  });

  it('lists the moved sections of a page', () => {
    expect(movedSections('/guides/ancien/', redirects)).toEqual({ vieille: '/fiches/x/#neuve' });
    expect(movedSections('/guides/nouveau/', redirects)).toEqual({});
  });
});

/** Runs a generated script against a fake page at `href`; returns where it sent the reader. */
function run(script: string, href: string, ids: string[] = []): { replaced?: string; scrolled?: string } {
  const outcome: { replaced?: string; scrolled?: string } = {};
  const location = { hash: new URL(href).hash, replace: (to: string) => (outcome.replaced = to) };
  const document = {
    getElementById: (id: string) => (ids.includes(id) ? { scrollIntoView: () => (outcome.scrolled = id) } : null),
  };
  new Function('location', 'document', script)(location, document);
  return outcome;
}

describe('the scripts of sections and old pages', () => {
  it('bring the section of the address to the top at once', () => {
    const script = sectionLandingScript({});
    expect(run(script, 'https://s.test/guides/ptce/?utm_source=lettre#pi%C3%A8ges-%C3%A0-%C3%A9viter', ['pièges-à-éviter'])).toEqual({ scrolled: 'pièges-à-éviter' });
    expect(run(script, 'https://s.test/guides/ptce/', ['pièges-à-éviter'])).toEqual({});
    expect(run(script, 'https://s.test/guides/ptce/#ailleurs', ['pièges-à-éviter'])).toEqual({});
  });

  it('send a moved section on, but not a section that is on the page', () => {
    const script = sectionLandingScript({ 'pièges-à-éviter': '/guides/ptce/#les-pièges' });
    expect(run(script, 'https://s.test/guides/ptce/?utm_source=lettre#pi%C3%A8ges-%C3%A0-%C3%A9viter')).toEqual({ replaced: '/guides/ptce/#les-pièges' });
    expect(run(script, 'https://s.test/guides/ptce/#pièges-à-éviter', ['pièges-à-éviter'])).toEqual({ scrolled: 'pièges-à-éviter' });
    expect(run(script, 'https://s.test/guides/ptce/#toString')).toEqual({});
  });

  it('send an old page to its new address, keeping or moving the section', () => {
    const script = redirectPageScript('/guides/nouveau/', { vieille: '/fiches/x/#neuve' });
    expect(run(script, 'https://s.test/guides/ancien/').replaced).toBe('/guides/nouveau/');
    expect(run(script, 'https://s.test/guides/ancien/?utm_medium=email#intro').replaced).toBe('/guides/nouveau/#intro');
    expect(run(script, 'https://s.test/guides/ancien/#vieille').replaced).toBe('/fiches/x/#neuve');
    expect(run(redirectPageScript('/guides/nouveau/#partie', {}), 'https://s.test/guides/fusionne/#intro').replaced).toBe('/guides/nouveau/#partie');
  });

  it('cannot be closed by a « </script> » in an address', () => {
    expect(sectionLandingScript({ a: '/x/#</script>' })).not.toContain('</script>');
  });
});
