// A small static server for the browser tests: serves a built site folder, 404.html for unknown
// addresses, with the headers of the build's `_headers` file on every response, the way Netlify
// and Cloudflare Pages read it (so every browser test runs under the site's Content Security
// Policy), and, when asked, the `_redirects` file of the build the way static hosts read it (a
// permanent redirect for each line), so both ways an old address is served can be tested.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeadersFile } from '../../src/lib/urls/host-files.ts';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The rules of the build's `_headers` file (none when it is missing). */
function readHeaders(root) {
  const file = join(root, '_headers');
  return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
}

/** `from to status` lines of a `_redirects` file, by source path. */
function readRedirects(root) {
  const file = join(root, '_redirects');
  if (!existsSync(file)) return new Map();
  const rules = readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split(/\s+/));
  return new Map(rules.map(([from, to, status]) => [from, { to, status: Number(status ?? 302) }]));
}

export function createStaticServer(root, { honorRedirects = false } = {}) {
  const redirects = honorRedirects ? readRedirects(root) : new Map();
  const headerRules = readHeaders(root);
  const resolveFile = (pathname) => {
    const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
    const candidates = [join(root, safe), join(root, safe, 'index.html'), join(root, `${safe}.html`)];
    return candidates.find((file) => existsSync(file) && statSync(file).isFile());
  };
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    for (const [name, value] of headersFor(headerRules, url.pathname)) res.setHeader(name, value);
    const rule = redirects.get(url.pathname);
    if (rule) {
      res.writeHead(rule.status, { location: rule.to });
      res.end();
      return;
    }
    const file = resolveFile(url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': types['.html'] });
      createReadStream(join(root, '404.html')).pipe(res);
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
}
