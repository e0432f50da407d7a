/**
 * Main-thread long tasks of the simulator at its largest size (not a test; see
 * tests/bench/lib/long-tasks.ts). Run after `npm run build`:
 * `node --experimental-strip-types tests/bench/simulator-long-tasks.ts`.
 * Figures depend on the machine and its load: compare runs made on the same idle machine.
 */
import { existsSync } from 'node:fs';
import { measureLongTasks } from './lib/long-tasks.ts';

if (!existsSync('dist/index.html')) {
  console.error('dist/ est absent : lancez `npm run build` d’abord.');
  process.exit(1);
}
console.log('règle'.padEnd(24), 'tâches > 50 ms'.padStart(15), 'la plus longue'.padStart(15));
for (const row of await measureLongTasks('dist')) {
  console.log(row.rule.padEnd(24), String(row.count).padStart(15), `${row.longestMs} ms`.padStart(15));
}
