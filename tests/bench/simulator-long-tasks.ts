/**
 * Main-thread long tasks of the simulator at its largest size (not a test): 60 members with
 * decimal weights, one weight typed key by key, in Debian's Chromium. Target: no task over 50 ms
 * (the power analysis runs in a Web Worker). Run after `npm run build`:
 * `node --experimental-strip-types tests/bench/simulator-long-tasks.ts`.
 * Figures depend on the machine and its load: compare runs made on the same idle machine.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from '@playwright/test';
import { encodeScenario, MAX_MEMBERS } from '../../src/lib/decision/scenario-codec.ts';
import type { College, DecisionRule, Member } from '../../src/lib/decision/types.ts';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.wasm': 'application/wasm' };

if (!existsSync('dist/index.html')) {
  console.error('dist/ est absent : lancez `npm run build` d’abord.');
  process.exit(1);
}

const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join('dist', path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise<void>((resolve) => server.listen(0, resolve));
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;

const colleges: College[] = [
  { id: 'sal', name: 'Salariés', share: 0.3 },
  { id: 'ben', name: 'Bénéficiaires', share: 0.3 },
  { id: 'pub', name: 'Collectivités', share: 0.2 },
  { id: 'aut', name: 'Autres', share: 0.2 },
];
const members: Member[] = Array.from({ length: MAX_MEMBERS }, (_, i) => ({
  id: `m${i + 1}`,
  name: `Membre ${i + 1}`,
  college: colleges[i % colleges.length]?.id ?? 'sal',
  weight: Math.round(((i * 7919) % 9973) + 101) / 100,
}));

const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
console.log('règle'.padEnd(24), 'tâches > 50 ms'.padStart(15), 'la plus longue'.padStart(15));
for (const rule of [{ kind: 'capital' }, { kind: 'colleges-proportional' }, { kind: 'simple' }] as DecisionRule[]) {
  const encoded = encodeScenario({ members, colleges, rule, positions: {} });
  if (!encoded.ok) throw new Error(encoded.message);
  const page = await browser.newPage();
  await page.goto(`http://localhost:${port}/outils/simulateur-decision/#s=${encoded.text}`);
  await page.locator('.ds[data-ready="true"]').waitFor();
  await page.locator('[data-testid="power-pending"]').waitFor({ state: 'detached' });
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask' });
  });
  const weight = page.locator('#ds-m-m1-weight');
  await weight.fill('');
  await weight.pressSequentially('4321,75', { delay: 40 });
  await page.locator('[data-testid="power-pending"]').waitFor({ state: 'detached' });
  await page.waitForTimeout(300);
  const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  console.log(rule.kind.padEnd(24), String(tasks.length).padStart(15), `${Math.round(Math.max(0, ...tasks))} ms`.padStart(15));
  await page.close();
}
await browser.close();
server.close();
