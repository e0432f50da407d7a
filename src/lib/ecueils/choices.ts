/**
 * The answers and themes of « Anticiper les écueils » that its page needs in the browser, apart
 * from the schemas (src/lib/ecueils/schema.ts): the tool's code then carries no Zod, which also
 * probes `eval`, refused by the site's Content Security Policy.
 */
import type { EcueilsChoice, EcueilsQuestion } from './schema.ts';

/** The themes of the vigilance points, in their order on the page. */
export const VIGILANCE_THEMES = ['fiscal', 'rh', 'argent-public', 'juridique'] as const;

export const DEFAULT_CHOICES: readonly EcueilsChoice[] = [
  { id: 'oui', label: 'Oui' },
  { id: 'non', label: 'Non' },
];

/** The answers a question offers besides « je ne sais pas ». */
export function choicesOf(question: Pick<EcueilsQuestion, 'choix'>): readonly EcueilsChoice[] {
  return question.choix ?? DEFAULT_CHOICES;
}
