import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspHash, decodeAttribute, inlineCode, policyDirectives } from '../../../src/lib/security/csp.ts';

describe('inline code of a built page', () => {
  const page = `<!doctype html><html lang="fr"><head>
<script>if(location.hash.length>1){document.head.append(l)}</script>
<script type="module" src="/_astro/page.js"></script>
<script type="application/json" data-item>{"a":"<b>"}</script>
<script type="application/ld+json">{"@context":"https://schema.org"}</script>
<style>.a>b{color:red}</style>
</head><body>
<!-- <script>not a script</script> -->
<p title="a > b">1 < 2 and <code>&lt;script&gt;alert(1)&lt;/script&gt;</code></p>
<textarea><script>not run</script><p style="color:red">text</p></textarea>
<td style="padding:0 0 8px 0;font-family:&quot;Arial&quot;">x</td>
<svg><style>.dg{fill:none}</style></svg>
<script type="module">import('/x.js')</script>
<script>
  multi();
</script>
</body></html>`;
  const code = inlineCode(page);

  it('lists the scripts the browser runs, exactly as written, and no data block nor external script', () => {
    expect(code.scripts).toEqual(["if(location.hash.length>1){document.head.append(l)}", "import('/x.js')", '\n  multi();\n']);
  });

  it('lists <style> blocks, in SVG too, and style attributes with their references decoded', () => {
    expect(code.styles).toEqual(['.a>b{color:red}', '.dg{fill:none}']);
    expect(code.styleAttributes).toEqual(['padding:0 0 8px 0;font-family:"Arial"']);
  });

  it('reads nothing inside comments, raw text or attribute values', () => {
    expect(code.scripts.join()).not.toContain('not');
    expect(code.styleAttributes).not.toContain('color:red');
    expect(code.forbidden).toEqual([]);
  });

  it('flags what no hash may allow: event handlers, javascript: addresses, code from another site', () => {
    const bad = inlineCode(`<body onload="go()"><a href=" JavaScript:go()">x</a><button type=button onclick='go()'>b</button><a href="java&Tab;script&colon;go()">y</a><a href="&#106;avascript:go()">z</a>
<script src="https://cdn.example/lib.js"></script><script src="//cdn.example/lib.js"></script><script src="/_astro/ok.js"></script>
<link rel="stylesheet" href="https://fonts.example/css"><link rel="canonical" href="https://faire-ensemble.example/"><a href="https://legifrance.gouv.fr/">loi</a>`);
    expect(bad.forbidden).toEqual([
      'attribut onload sur <body>',
      'adresse javascript: dans <a href>',
      'attribut onclick sur <button>',
      'adresse javascript: dans <a href>',
      'adresse javascript: dans <a href>',
      'script d’un autre site : https://cdn.example/lib.js',
      'script d’un autre site : //cdn.example/lib.js',
      'ressource d’un autre site : https://fonts.example/css',
    ]);
  });

  it('decodes numeric and the usual named character references', () => {
    expect(decodeAttribute('a&amp;b &#39;c&#x27; &lt;&gt; &quot; &unknown;')).toBe(`a&b 'c' <> " &unknown;`);
  });
});

describe('the policy', () => {
  it('hashes as browsers do: SHA-256 of the UTF-8 text, in base64', () => {
    const text = 'alert("é")';
    expect(cspHash(text)).toBe(`'sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}'`);
    // The hash Chromium reports for `alert(1)` in its console.
    expect(cspHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  it('allows inline code by hash only, each once, in a stable order, and nothing from another site', () => {
    const policy = contentSecurityPolicy({ scripts: ['b()', 'a()', 'b()'], styles: ['.x{}'], styleAttributes: ['margin:0'] });
    const directives = new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", ...[cspHash('a()'), cspHash('b()')].sort()]);
    expect(directives.get('style-src')).toEqual(["'self'", cspHash('.x{}')]);
    expect(directives.get('style-src-attr')).toEqual(["'unsafe-hashes'", cspHash('margin:0')]);
    for (const name of ['object-src', 'base-uri', 'frame-ancestors']) expect(directives.get(name)).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'self'"]);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*|data:|blob:/);
  });

  it('refuses every style attribute when there is none to allow', () => {
    expect(policyDirectives({ scripts: [], styles: [], styleAttributes: [] })).toContainEqual(['style-src-attr', "'none'"]);
  });
});
