/**
 * « Anticiper les écueils »: from what a collective plans to do together, the legal forms to
 * look at, ranked with the reasons for and against each, and the vigilance points that apply.
 * Every rule is data (content/ecueils/); this module only applies it.
 *
 * « Je ne sais pas » and unanswered questions are neither yes nor no: a rule that depends on
 * them is not counted, and is reported as a point to clarify.
 */
import { choicesOf } from './choices.ts';
import type { Condition, EcueilsRules, FormRule, LegalForm, VigilancePoint } from './schema.ts';

/** The « je ne sais pas » answer, offered by every question. */
export const UNKNOWN = 'nsp';

/** Answers by question id: a choice id, or `nsp`. A question left out is unanswered. */
export type EcueilsAnswers = Readonly<Record<string, string>>;

/** Whether a rule applies: yes, no, or it depends on a question not settled yet. */
export type Match = 'yes' | 'no' | 'maybe';

export interface ConditionMatch {
  readonly match: Match;
  /** For `maybe`: the questions whose answer would settle it. */
  readonly unsettled: readonly string[];
}

function matchClause(clause: Readonly<Record<string, readonly string[]>>, answers: EcueilsAnswers): ConditionMatch {
  const unsettled: string[] = [];
  for (const [question, accepted] of Object.entries(clause)) {
    const answer = answers[question];
    if (answer === undefined || answer === UNKNOWN) unsettled.push(question);
    else if (!accepted.includes(answer)) return { match: 'no', unsettled: [] };
  }
  return unsettled.length === 0 ? { match: 'yes', unsettled } : { match: 'maybe', unsettled };
}

/** A condition is a map (all must hold) or a list of maps (any may hold). */
export function matchCondition(condition: Condition, answers: EcueilsAnswers): ConditionMatch {
  const clauses = Array.isArray(condition) ? condition : [condition];
  const results = clauses.map((c) => matchClause(c, answers));
  if (results.some((r) => r.match === 'yes')) return { match: 'yes', unsettled: [] };
  const maybe = results.filter((r) => r.match === 'maybe');
  if (maybe.length === 0) return { match: 'no', unsettled: [] };
  return { match: 'maybe', unsettled: [...new Set(maybe.flatMap((r) => r.unsettled))] };
}

export interface FormAssessment {
  readonly form: LegalForm;
  readonly score: number;
  /** A rule marked `exclu` applies: the form cannot do what the collective plans. */
  readonly excluded: boolean;
  readonly reasonsFor: readonly FormRule[];
  readonly reasonsAgainst: readonly FormRule[];
  /** Rules that would apply depending on unsettled answers, with those questions. */
  readonly toClarify: readonly { readonly rule: FormRule; readonly questions: readonly string[] }[];
}

export function assessForm(form: LegalForm, answers: EcueilsAnswers): FormAssessment {
  const reasonsFor: FormRule[] = [];
  const reasonsAgainst: FormRule[] = [];
  const toClarify: { rule: FormRule; questions: readonly string[] }[] = [];
  let score = 0;
  let excluded = false;
  for (const rule of form.regles) {
    const { match, unsettled } = matchCondition(rule.si, answers);
    if (match === 'maybe') toClarify.push({ rule, questions: unsettled });
    if (match !== 'yes') continue;
    if (rule.effet === 'exclu') {
      excluded = true;
      reasonsAgainst.push(rule);
    } else {
      score += rule.effet;
      (rule.effet > 0 ? reasonsFor : reasonsAgainst).push(rule);
    }
  }
  return { form, score, excluded, reasonsFor, reasonsAgainst, toClarify };
}

/**
 * Every form, best first: forms that fit by score (ties keep the order of the data file), then
 * the excluded ones, so the collective sees why they were set aside.
 */
export function rankForms(rules: EcueilsRules, answers: EcueilsAnswers): FormAssessment[] {
  const assessed = rules.formes.map((form, index) => ({ index, a: assessForm(form, answers) }));
  return assessed
    .sort((x, y) => Number(x.a.excluded) - Number(y.a.excluded) || y.a.score - x.a.score || x.index - y.index)
    .map((x) => x.a);
}

export interface VigilanceAssessment {
  readonly point: VigilancePoint;
  /** `concerne`: the answers bring it in; `a-clarifier`: it depends on an answer not settled yet. */
  readonly status: 'concerne' | 'a-clarifier';
  readonly questions: readonly string[];
}

/** The vigilance points that apply or may apply, in the order of the data file. */
export function vigilancePoints(rules: EcueilsRules, answers: EcueilsAnswers): VigilanceAssessment[] {
  return rules.vigilances.flatMap((point) => {
    const { match, unsettled } = matchCondition(point.si, answers);
    if (match === 'no') return [];
    return [{ point, status: match === 'yes' ? ('concerne' as const) : ('a-clarifier' as const), questions: unsettled }];
  });
}

/** Answers kept only where they name a question and one of its answers: old or edited data never breaks the tool. */
export function cleanAnswers(rules: EcueilsRules, input: unknown): Record<string, string> {
  if (input === null || typeof input !== 'object') return {};
  const raw = input as Record<string, unknown>;
  const clean: Record<string, string> = {};
  for (const question of rules.questions) {
    const answer = raw[question.id];
    if (typeof answer !== 'string') continue;
    if (answer === UNKNOWN || choicesOf(question).some((c) => c.id === answer)) clean[question.id] = answer;
  }
  return clean;
}

export function answeredCount(rules: EcueilsRules, answers: EcueilsAnswers): number {
  return rules.questions.filter((q) => answers[q.id] !== undefined).length;
}
