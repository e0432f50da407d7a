// Serves dist/ for the browser tests, building the site first when it is missing. A small
// static server (not `astro preview`, which allows one instance per project) so several
// test runs can use their own ports.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createStaticServer } from './static-server.mjs';

const port = Number(process.argv[2] ?? '4400');
const root = 'dist';
if (!existsSync(`${root}/index.html`) || !existsSync(`${root}/pagefind/pagefind.js`)) {
  execSync('npx astro build', { stdio: 'inherit' });
}

createStaticServer(root).listen(port, '127.0.0.1', () => console.log(`dist/ sur http://127.0.0.1:${port}/`));
