import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ecueilsSchema, type EcueilsRules } from '../../../src/lib/ecueils/schema.ts';

/** The real rules of content/ecueils/regles.yaml, validated as the build does. */
export function realRules(): EcueilsRules {
  return ecueilsSchema.parse(parse(readFileSync('content/ecueils/regles.yaml', 'utf8')));
}
