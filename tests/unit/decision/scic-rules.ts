/** The real SCIC rules of content/scic.yaml, with the sources of the registry's facts, as the build gives them. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { scicLimitsSchema } from '../../../src/lib/decision/scic-schema.ts';
import { scicRulesFrom, type ScicRules } from '../../../src/lib/decision/scic.ts';

export function realScicRules(): ScicRules {
  const facts = parse(readFileSync('content/faits.yaml', 'utf8')) as { id: string; source: { titre: string; url: string } }[];
  return scicRulesFrom(scicLimitsSchema.parse(parse(readFileSync('content/scic.yaml', 'utf8'))), (id) => {
    const fact = facts.find((f) => f.id === id);
    if (!fact) throw new Error(`unknown fact ${id}`);
    return { label: fact.source.titre, url: fact.source.url };
  });
}
