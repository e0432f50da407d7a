/**
 * What the draft clause rests on, made at build time from the facts registry and the SCIC limits:
 * each fact the clause may cite (CLAUSE_FACT_IDS) as readers see it, with its check date in words.
 * Kept apart from clauses.ts, which the browser loads, so that the registry's helpers stay on the
 * build side.
 */
import type { Fact } from '../facts/schema.ts';
import { formatDay } from '../facts/values.ts';
import type { ScicRules } from './scic.ts';
import { CLAUSE_FACT_IDS, type CitedFact, type ClauseFactId, type ClauseLaw } from './clauses.ts';

/** The clause's law; `factOf` throws (with a French message) for an id the registry lacks. */
export function clauseLawFrom(factOf: (id: ClauseFactId) => Fact, scic: ScicRules): ClauseLaw {
  const facts = Object.fromEntries(
    CLAUSE_FACT_IDS.map((id): [ClauseFactId, CitedFact] => {
      const fact = factOf(id);
      return [
        id,
        {
          id,
          title: fact.titre,
          statement: fact.enonce,
          reference: fact.reference,
          source: { title: fact.source.titre, url: fact.source.url },
          checked: formatDay(fact.verifie_le),
          verified: fact.statut === 'vérifié',
        },
      ];
    }),
  ) as Record<ClauseFactId, CitedFact>;
  const { minimum, floor, ceiling } = scic.colleges;
  return { facts, scicColleges: { minimum, floor, ceiling } };
}
