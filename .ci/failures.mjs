// Lists the tests that failed in the JSON reports of Vitest and Playwright, one line each, so the
// last lines of a CI log name what to look at. Usage: node .ci/failures.mjs <vitest.json> <playwright.json>
import { readFileSync } from 'node:fs';

const read = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
};

const lines = [];
const vitest = read(process.argv[2]);
for (const file of vitest?.testResults ?? []) {
  for (const t of file.assertionResults ?? []) {
    if (t.status === 'failed') lines.push(`vitest  ${file.name.replace(process.cwd() + '/', '')} › ${t.fullName}`);
  }
  if (file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')) {
    lines.push(`vitest  ${file.name.replace(process.cwd() + '/', '')} : ${String(file.message ?? '').split('\n')[0]}`);
  }
}

const walk = (suite, titles) => {
  for (const spec of suite.specs ?? []) {
    for (const t of spec.tests ?? []) {
      if (t.status === 'unexpected' || t.status === 'flaky') {
        const error = t.results?.find((r) => r.error)?.error?.message ?? '';
        const first = error.replace(/\u001b\[[0-9;]*m/g, '').split('\n').find((l) => l.trim()) ?? '';
        lines.push(`browser tests/browser/${spec.file}:${spec.line} › ${[...titles, spec.title].join(' › ')} (${t.status}) ${first.slice(0, 200)}`);
      }
    }
  }
  for (const child of suite.suites ?? []) walk(child, child.title && !child.title.endsWith('.ts') ? [...titles, child.title] : titles);
};
for (const suite of read(process.argv[3])?.suites ?? []) walk(suite, []);

if (lines.length > 0) console.log(`Tests en échec :\n${lines.map((l) => `  ${l}`).join('\n')}`);
