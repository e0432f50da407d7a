/**
 * The rules of « Anticiper les écueils » (content/ecueils/regles.yaml, validated by its
 * collection's schema) and the facts of the registry that they cite, as the tool shows them.
 */
import { getEntry } from 'astro:content';
import type { EcueilsRules, FactCitation } from '../lib/ecueils/schema.ts';
import { citedFacts } from '../lib/ecueils/schema.ts';
import { factCitations } from './facts.ts';

export async function ecueilsRules(): Promise<EcueilsRules> {
  const entry = await getEntry('ecueils', 'regles');
  if (!entry) throw new Error('content/ecueils/regles.yaml est introuvable : l’outil « Anticiper les écueils » en a besoin.');
  return entry.data;
}

/** The facts the rules cite, by id; the build stops on an id the registry does not know. */
export async function ecueilsFacts(rules: EcueilsRules): Promise<Record<string, FactCitation>> {
  const all = await factCitations();
  const cited: Record<string, FactCitation> = {};
  for (const { factId, where } of citedFacts(rules)) {
    const fact = all.get(factId);
    if (!fact) throw new Error(`content/ecueils/regles.yaml, ${where} : le fait « ${factId} » n’existe pas dans content/faits.yaml.`);
    cited[factId] = fact;
  }
  return cited;
}
