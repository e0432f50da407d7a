// Lists the tests that failed in the JSON reports of Vitest and Playwright, so the last lines of a
// CI log say what to look at: each failed test, and each browser test that passed only on its
// retry (« instable »), with the start of each failed attempt's error (its diff, its call log) and
// the renderer's state recorded by tests/browser/fixtures.ts.
// Usage: node .ci/failures.mjs <vitest.json> <playwright.json>
import { readFileSync } from 'node:fs';

/** Lines of an error kept per failed attempt: its start (message, diff) and the end of a long call log. */
const ERROR_HEAD = 10;
const ERROR_TAIL = 12;

const read = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
};
const relative = (path) => path.replace(`${process.cwd()}/`, '');
const plain = (text) => String(text ?? '').replace(/\u001b\[[0-9;]*m/g, '');
const errorLines = (text) => {
  const lines = plain(text).split('\n').filter((line) => line.trim() && !/^\s*at .*(node_modules|node:internal|<anonymous>)/.test(line));
  const kept = lines.length <= ERROR_HEAD + ERROR_TAIL ? lines : [...lines.slice(0, ERROR_HEAD), '…', ...lines.slice(-ERROR_TAIL)];
  return kept.map((line) => `      ${line.slice(0, 240)}`);
};

const failed = [];
const unstable = [];

const vitest = read(process.argv[2]);
for (const file of vitest?.testResults ?? []) {
  const tests = file.assertionResults ?? [];
  for (const t of tests.filter((t) => t.status === 'failed')) {
    failed.push(`  vitest  ${relative(file.name)} › ${t.fullName}`, ...errorLines((t.failureMessages ?? []).join('\n')));
  }
  if (file.status === 'failed' && !tests.some((t) => t.status === 'failed')) {
    failed.push(`  vitest  ${relative(file.name)}`, ...errorLines(file.message));
  }
}

const walk = (suite, titles) => {
  for (const spec of suite.specs ?? []) {
    for (const t of spec.tests ?? []) {
      if (t.status !== 'unexpected' && t.status !== 'flaky') continue;
      const lines = [`  browser tests/browser/${spec.file}:${spec.line} › ${[...titles, spec.title].join(' › ')}`];
      for (const result of (t.results ?? []).filter((r) => r.status !== 'passed' && r.status !== 'skipped')) {
        lines.push(`    essai ${result.retry + 1} (${result.status}) :`, ...errorLines(result.error?.message));
        for (const attachment of result.attachments ?? []) {
          if (attachment.name === 'état du rendu' && attachment.body) {
            lines.push(`      [état du rendu] ${Buffer.from(attachment.body, 'base64').toString('utf8')}`);
          }
        }
      }
      (t.status === 'flaky' ? unstable : failed).push(...lines);
    }
  }
  for (const child of suite.suites ?? []) walk(child, child.title && !child.title.endsWith('.ts') ? [...titles, child.title] : titles);
};
for (const suite of read(process.argv[3])?.suites ?? []) walk(suite, []);

if (unstable.length > 0) console.log(`Tests instables (échec, puis réussite au nouvel essai) :\n${unstable.join('\n')}`);
if (failed.length > 0) console.log(`Tests en échec :\n${failed.join('\n')}`);
