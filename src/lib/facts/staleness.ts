/**
 * Facts due for a check: checked more than 12 months ago, whose latest value's validity has ended,
 * or marked « à vérifier ». `npm run facts` prints this list; the build prints it as a warning.
 */
import type { FactStatus } from './labels.ts';
import { valueState, type FactWithValues } from './values.ts';
import { dayOf } from './periods.ts';

export interface CheckableFact extends FactWithValues {
  id: string;
  verifie_le: Date;
  statut: FactStatus;
}

export type StaleReason = 'a-verifier' | 'verification-ancienne' | 'validite-terminee';

export interface DueFact {
  id: string;
  reasons: StaleReason[];
}

/** Months after which a check is due again. */
export const RECHECK_MONTHS = 12;

/** True when more than `months` months separate `checked` from `today`. */
export function checkedTooLongAgo(checked: Date, today: Date, months = RECHECK_MONTHS): boolean {
  const limit = new Date(Date.UTC(checked.getUTCFullYear(), checked.getUTCMonth() + months, checked.getUTCDate()));
  return dayOf(today) > limit;
}

export function dueForCheck(facts: readonly CheckableFact[], today: Date): DueFact[] {
  return facts.flatMap((fact) => {
    const reasons: StaleReason[] = [];
    if (fact.statut === 'à vérifier') reasons.push('a-verifier');
    if (checkedTooLongAgo(fact.verifie_le, today)) reasons.push('verification-ancienne');
    if (valueState(fact, today).kind === 'past') reasons.push('validite-terminee');
    return reasons.length > 0 ? [{ id: fact.id, reasons }] : [];
  });
}

const REASON_TEXT: Record<StaleReason, string> = {
  'a-verifier': 'marqué «\u202fà vérifier\u202f»',
  'verification-ancienne': `vérifié il y a plus de ${RECHECK_MONTHS} mois`,
  'validite-terminee': 'la dernière valeur n’est plus en vigueur',
};

export function describeReasons(reasons: readonly StaleReason[]): string {
  return reasons.map((r) => REASON_TEXT[r]).join(', ');
}

/** One concise block: a heading line, then one line per fact. Empty string when nothing is due. */
export function formatDueReport(due: readonly DueFact[], file = 'content/faits.yaml'): string {
  if (due.length === 0) return '';
  const lines = due.map((d) => `  - ${d.id} : ${describeReasons(d.reasons)}`);
  return [`${due.length} fait(s) à revérifier dans ${file} :`, ...lines].join('\n');
}
