import { describe, expect, it } from 'vitest';
import { scanPage } from '../../src/lib/page-scan.ts';

describe('scanPage', () => {
  const html = `<!doctype html><html><head><title>T</title></head><body>
    <nav class="site-nav"><a href="/guides/">Guides</a><a href="#contenu">Aller</a></nav>
    <nav class="toc" aria-label="Sur cette page"><a href="#d%C3%A9but">Début</a><a href="#absent">Absent</a></nav>
    <main id="contenu"><h2 id="début">Début <a class="heading-anchor" href="#d%C3%A9but">#</a></h2>
    <h2 id="fin">Fin <a class="x heading-anchor" href="#fin">#</a></h2>
    <p>Voir <a href="/guides/?a=1&amp;b=2">le guide</a> et <a href="/guides/">encore</a>.</p>
    <script>const s = '<a href="/dans-un-script/">';</script><a>sans href</a></main></body></html>`;

  it('collects ids, distinct hrefs with entities decoded, and skips script text', () => {
    const scan = scanPage(html);
    expect([...scan.ids]).toEqual(['contenu', 'début', 'fin']);
    expect(scan.hrefs).toEqual(['/guides/', '#contenu', '#d%C3%A9but', '#absent', '#fin', '/guides/?a=1&b=2']);
    expect(scan.redirect).toBe(false);
  });

  it('keeps as sections the existing targets of the table of contents and heading anchors only', () => {
    // "#contenu" is a skip link outside the table of contents; "#absent" has no element.
    expect(scanPage(html).sections).toEqual(['début', 'fin']);
  });

  it('recognises the static page left at an old address', () => {
    expect(scanPage('<html><head><meta http-equiv="refresh" content="0;url=/guides/"></head></html>').redirect).toBe(true);
    expect(scanPage('<html><head><meta HTTP-EQUIV="Refresh" content="0"></head></html>').redirect).toBe(true);
  });
});
