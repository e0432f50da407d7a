/**
 * The Nu HTML Checker (vnu-jar, a Java program) over every HTML file of the built site, in a
 * single run: the JVM is slow to start. A known-invalid page goes through the same run, so the
 * test cannot pass because the checker checked nothing or its report was not read.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walk } from '../../src/integrations/built-site.ts';

const VNU_JAR = 'node_modules/vnu-jar/build/dist/vnu.jar';
const CANARY_HTML = '<!doctype html><html lang="fr"><head><title>Témoin</title></head><body><p>a</span></p></body></html>';

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

let tmp: string;
let canary: string;
let pages: string[];
let checked: Set<string>;
let messages: VnuMessage[];

const fileOf = (m: VnuMessage) => (m.url?.startsWith('file:') ? fileURLToPath(m.url) : undefined);

/** "guides/x/index.html:47.6632: error: message", the file relative to dist/. */
function describeMessage(m: VnuMessage): string {
  const file = fileOf(m);
  return `${file ? relative(resolve('dist'), file) : (m.url ?? '?')}:${m.lastLine ?? '?'}.${m.firstColumn ?? '?'}: ${m.type}: ${m.message}`;
}

beforeAll(() => {
  if (!existsSync('dist/index.html')) throw new Error('dist/ est absent : lancez `npm run build` avant ces tests.');
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) {
    throw new Error(
      'Java est introuvable : le Nu HTML Checker (vnu.jar) en a besoin. Installez Java 17 ou plus récent ' +
        '(Debian : apt-get install -y default-jre-headless).',
    );
  }
  if (!existsSync(VNU_JAR)) throw new Error(`${VNU_JAR} est absent : lancez \`npm install\`.`);

  tmp = mkdtempSync(join(tmpdir(), 'fe-vnu-'));
  canary = join(tmp, 'temoin.html');
  writeFileSync(canary, CANARY_HTML);
  pages = walk('dist')
    .filter((file) => file.endsWith('.html'))
    .map((file) => resolve(file));

  // --verbose lists each file actually checked on stderr; the report is JSON on stdout.
  const run = spawnSync(
    'java',
    ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', '--verbose', canary, ...pages],
    { encoding: 'utf8', timeout: 240_000, maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.error) throw new Error(`Le Nu HTML Checker n’a pas pu tourner : ${run.error.message}`);
  try {
    messages = (JSON.parse(run.stdout) as { messages: VnuMessage[] }).messages;
  } catch {
    throw new Error(`Rapport illisible du Nu HTML Checker (code ${run.status}) :\n${run.stdout}\n${run.stderr}`);
  }
  checked = new Set(
    run.stderr
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.endsWith('.html'))
      .map((line) => resolve(line)),
  );
}, 300_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the Nu HTML Checker', () => {
  it('checked every HTML file of dist/', () => {
    expect(pages.length).toBeGreaterThan(30);
    expect(pages.filter((page) => !checked.has(page)).map((page) => relative(resolve('dist'), page))).toEqual([]);
  });

  it('reports the error of a known-invalid page', () => {
    const reported = messages.filter((m) => fileOf(m) === canary).map(describeMessage);
    expect(reported).toEqual([expect.stringMatching(/:1\.\d+: error: Stray end tag “span”\.$/)]);
  });

  it('finds no error in the built pages', () => {
    const reported = messages.filter((m) => fileOf(m) !== canary).map(describeMessage);
    expect(reported).toEqual([]);
  });
});
