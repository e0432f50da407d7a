import { describe, expect, it } from 'vitest';
import { readPageHead } from '../../src/lib/page-head.ts';

const page = (head: string) => `<!doctype html><html lang="fr"><head>${head}</head><body><meta property="og:image" content="/corps.png" data-title="Dans le corps"></body></html>`;

describe('readPageHead', () => {
  it('reads the card the og:image tag declares, its text decoded', () => {
    const head = readPageHead(
      page(
        '<meta property="og:image" content="https://exemple.org/apercus/guides/ptce.png" data-title="Les PTCE &amp; la loi : « ce que ça change »" data-kind="Guide" data-theme="Comprendre">' +
          '<meta property="article:modified_time" content="2026-11-30T00:00:00.000Z">',
      ),
    );
    expect(head.preview).toEqual({
      path: '/apercus/guides/ptce.png',
      card: { title: 'Les PTCE & la loi : « ce que ça change »', kind: 'Guide', theme: 'Comprendre' },
    });
    expect(head.modified).toEqual(new Date('2026-11-30'));
    expect(head.noindex).toBe(false);
  });

  it('reads a page without theme, type, date or card, and one that is not to be indexed', () => {
    const home = readPageHead(page('<meta property="og:image" content="/apercus/accueil.png" data-title="Accueil">'));
    expect(home.preview?.card).toEqual({ title: 'Accueil', kind: undefined, theme: undefined });
    expect(home.modified).toBeUndefined();
    const redirect = readPageHead(page('<meta http-equiv="refresh" content="0;url=/guides/">'));
    expect(redirect.preview).toBeUndefined();
    expect(readPageHead(page('<meta name="robots" content="noindex">')).noindex).toBe(true);
  });
});
