import type { DecisionRule, DecisionRuleKind } from './types.ts';
import { formatPercent } from '../fr.ts';

/** Short French names of the rules, for lists and explanations. */
export const RULE_LABELS: Readonly<Record<DecisionRuleKind, string>> = {
  simple: 'Majorité simple des suffrages exprimés',
  absolute: 'Majorité absolue',
  qualified: 'Majorité qualifiée',
  unanimity: 'Unanimité des membres présents',
  consent: 'Consentement',
  'colleges-proportional': 'Vote par collèges (lecture proportionnelle)',
  'colleges-bloc': 'Vote par collèges (lecture en bloc)',
  capital: 'Vote pondéré par le capital',
};

/** The adoption threshold in words: « plus de la moitié » or « au moins 66,7 % ». */
export function thresholdPhrase(threshold: number | undefined): string {
  return threshold === undefined ? 'plus de la moitié' : `au moins ${formatPercent(threshold)}`;
}

/** One sentence naming the rule and its convention for abstentions. */
export function describeRule(rule: DecisionRule): string {
  const abstentions =
    (rule.abstentionPolicy ?? 'excluded') === 'excluded'
      ? 'les abstentions ne comptent pas comme suffrages exprimés'
      : 'les abstentions comptent comme des voix contre';
  switch (rule.kind) {
    case 'simple':
      return `${RULE_LABELS.simple} : adoptée s’il y a plus de voix pour que de voix contre (une personne, une voix) ; ${abstentions}.`;
    case 'absolute':
      return `${RULE_LABELS.absolute} ${rule.base === 'members' ? 'des membres' : 'des suffrages exprimés'} : adoptée avec plus de la moitié ${rule.base === 'members' ? 'de tous les membres, présents ou non' : 'des suffrages exprimés'} (une personne, une voix) ; ${abstentions}.`;
    case 'qualified':
      return `${RULE_LABELS.qualified} : adoptée avec au moins ${formatPercent(rule.threshold)} ${rule.base === 'members' ? 'de tous les membres, présents ou non' : 'des suffrages exprimés'} (une personne, une voix) ; ${abstentions}.`;
    case 'unanimity':
      return `${RULE_LABELS.unanimity} : une seule voix contre suffit à bloquer ; ${rule.absents === 'block' ? 'un absent bloque aussi (unanimité de tous les membres)' : 'les absents ne bloquent pas'} ; ${abstentions}.`;
    case 'consent':
      return `${RULE_LABELS.consent} : adoptée sauf objection motivée d’au moins un membre présent ; un « contre » sans objection ne bloque pas.`;
    case 'colleges-proportional':
      return `${RULE_LABELS['colleges-proportional']} : dans chaque collège, les voix pour et contre sont ramenées au poids du collège ; adoptée avec ${thresholdPhrase(rule.threshold)} des suffrages pondérés ; ${abstentions}.`;
    case 'colleges-bloc':
      return `${RULE_LABELS['colleges-bloc']} : la majorité (${thresholdPhrase(rule.innerThreshold)} des suffrages) d’un collège emporte tout son poids ; adoptée avec ${thresholdPhrase(rule.threshold)} des suffrages pondérés ; ${abstentions}.`;
    case 'capital':
      return `${RULE_LABELS.capital} : chaque voix compte pour le poids (capital) du membre ; adoptée avec ${thresholdPhrase(rule.threshold)} ${(rule.base ?? 'votesCast') === 'members' ? 'du capital total' : 'du capital exprimé'} ; ${abstentions}.`;
  }
}
