/**
 * `npm run facts`: the facts of content/faits.yaml due for a check, with their source, so an
 * editor knows what to verify. Exit code 0 even when some are due (it is a to-do list, not a test);
 * 1 when the registry itself is invalid.
 */
import { readRegistry, today } from '../src/lib/facts/files.ts';
import { describeReasons, dueForCheck } from '../src/lib/facts/staleness.ts';
import { formatDay, formatValue } from '../src/lib/facts/values.ts';

const registry = readRegistry();
if (!registry.ok) {
  console.error(registry.message);
  process.exit(1);
}
const day = today();
const byId = new Map(registry.facts.map((f) => [f.id, f]));
const due = dueForCheck(registry.facts, day);
console.log(`Registre des faits : ${registry.facts.length} faits, évalués au ${formatDay(day)}.`);
if (due.length === 0) {
  console.log('Aucun fait à revérifier.');
} else {
  console.log(`${due.length} fait(s) à revérifier :\n`);
  for (const d of due) {
    const fact = byId.get(d.id)!;
    const value = formatValue(fact, day);
    console.log(`- ${d.id} (${describeReasons(d.reasons)})`);
    if (value) console.log(`    valeur affichée : ${value}`);
    console.log(`    vérifié le ${formatDay(fact.verifie_le)} — ${fact.source.titre}`);
    console.log(`    ${fact.source.url}`);
  }
}
