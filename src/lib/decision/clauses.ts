/**
 * A draft clause for statutes or internal rules, written from the rule tried in the simulator:
 * who votes and with what weight (one vote each, by capital, or by colleges and their shares),
 * the quorum, the majority, what abstentions count for, and, for consent, the objection
 * procedure. The words are in clause-messages.ts; this module chooses them from the rule.
 *
 * The clause says what the simulator counts, no more: a tie rejects a proposal, a college with no
 * vote cast is left out, and so on. It cites no law by itself: the legal facts shown beside it
 * come from the facts registry (content/faits.yaml, passed in as `CitedFact`s), and the bounds
 * of SCIC colleges from content/scic.yaml. The choices the simulator cannot make for a collective
 * (the article's number, a second meeting without quorum, what follows a persistent objection)
 * are left in brackets, to complete.
 */
import type { College, DecisionRule, Member } from './types.ts';
import { weightingOf } from './types.ts';
import { ratioMatches, type Ratio } from './field-input.ts';
import { CLAUSE_MESSAGES as C, type BodyWords } from './clause-messages.ts';

/** The body whose decisions the clause rules. */
export type ClauseBody = 'assemblee' | 'conseil' | 'bureau' | 'comite';
export const CLAUSE_BODIES: readonly ClauseBody[] = ['assemblee', 'conseil', 'bureau', 'comite'];
/** Where the clause goes. */
export type ClauseDocument = 'statuts' | 'reglement';
export const CLAUSE_DOCUMENTS: readonly ClauseDocument[] = ['statuts', 'reglement'];

/** The facts of content/faits.yaml the clause may cite, by id. The build checks they exist. */
export const CLAUSE_FACT_IDS = [
  'association-regles-de-decision',
  'cooperative-une-personne-une-voix',
  'scic-une-personne-une-voix',
  'scic-colleges-de-vote',
  'sa-abstentions',
  'gie-unanimite',
  'sas-majorite-minimale',
] as const;
export type ClauseFactId = (typeof CLAUSE_FACT_IDS)[number];

/** A fact of the registry, as the clause shows it. */
export interface CitedFact {
  readonly id: ClauseFactId;
  readonly title: string;
  /** The fact in one or two sentences, as the registry states it. */
  readonly statement: string;
  readonly reference: string;
  readonly source: { readonly title: string; readonly url?: string | undefined };
  /** When it was last checked, in words (« 26 novembre 2026 »). */
  readonly checked: string;
  readonly verified: boolean;
}

/** What the clause rests on: the registry's facts and the SCIC college bounds (content/scic.yaml). */
export interface ClauseLaw {
  readonly facts: Readonly<Record<ClauseFactId, CitedFact>>;
  readonly scicColleges: { readonly minimum: number; readonly floor: number; readonly ceiling: number };
}

export interface ClauseScenario {
  readonly members: readonly Member[];
  readonly colleges: readonly College[];
  readonly rule: DecisionRule;
  /** Whether the collective is a SCIC (associates, the SCIC bounds on colleges). */
  readonly scic: boolean;
  /** Quotas typed as fractions (« 16/30 »), by field: shown as typed while they still hold. */
  readonly ratios?: {
    readonly threshold?: Ratio | undefined;
    readonly innerThreshold?: Ratio | undefined;
    readonly quorum?: Ratio | undefined;
    readonly colleges?: Readonly<Record<string, Ratio>>;
  };
}

export interface ClauseOptions {
  readonly body: ClauseBody;
  readonly document: ClauseDocument;
}

/** A paragraph of the clause, or a list (the colleges, the steps of consent). */
export type ClauseBlock = { readonly kind: 'p'; readonly text: string } | { readonly kind: 'list'; readonly items: readonly string[] };

export interface DraftClause {
  /** « Projet de clause pour les statuts ». */
  readonly kicker: string;
  /** « Article [n] – Décisions de l’assemblée générale ». */
  readonly heading: string;
  readonly blocks: readonly ClauseBlock[];
  /** The votes of each member, when the clause refers to them (capital, weights in colleges). */
  readonly annex?: { readonly heading: string; readonly items: readonly string[] };
  /** What to look at before adopting it, in plain words. */
  readonly checks: readonly string[];
  /** The legal facts that bear on this rule, each with why. */
  readonly law: readonly { readonly why: string; readonly fact: CitedFact }[];
}

const p = (text: string): ClauseBlock => ({ kind: 'p', text });
const TOLERANCE = 1e-9;

/** A share (threshold, quorum) in words, the fraction kept when it was typed as one. */
export function quotaWords(value: number, ratio: Ratio | undefined): string {
  return ratioMatches(ratio, value) ? C.ratio(ratio.num, ratio.den, value) : C.share(value);
}

export function draftClause(s: ClauseScenario, law: ClauseLaw, options: ClauseOptions): DraftClause {
  const { rule } = s;
  const body: BodyWords = C.body(options.body, s.scic && options.body === 'assemblee');
  const weighting = weightingOf(rule);
  const blocks: ClauseBlock[] = [];
  const checks: string[] = [];
  const law_: { why: string; fact: CitedFact }[] = [];
  const cite = (id: ClauseFactId, why: string) => law_.push({ why, fact: law.facts[id] });
  let annex: DraftClause['annex'];

  // Who votes, with what weight.
  if (weighting === 'one-person-one-vote') {
    blocks.push(p(C.oneVoteEach(body, s.scic)));
  } else if (weighting === 'capital') {
    blocks.push(p(C.capitalVotes(body)));
    annex = votesAnnex(s.members, undefined);
  } else {
    const total = s.colleges.reduce((sum, c) => sum + (Number.isFinite(c.share) && c.share > 0 ? c.share : 0), 0);
    if (s.colleges.length === 0 || !(total > 0)) {
      blocks.push(p(C.noColleges(body)));
      checks.push(C.checkNoColleges);
    } else {
      blocks.push(p(C.collegesLead(body, s.colleges.length)));
      blocks.push({
        kind: 'list',
        items: s.colleges.map((c, i) => {
          const share = (Number.isFinite(c.share) && c.share > 0 ? c.share : 0) / total;
          const typed = Math.abs(total - 1) <= TOLERANCE ? s.ratios?.colleges?.[c.id] : undefined;
          return C.collegeItem(c.name || C.collegeUnnamed(i + 1), quotaWords(share, typed), i === s.colleges.length - 1);
        }),
      });
      if (Math.abs(total - 1) > TOLERANCE) checks.push(C.checkSharesRenormalised(total));
      const equalInside = s.colleges.every((c) => new Set(s.members.filter((m) => m.college === c.id).map((m) => m.weight)).size <= 1);
      blocks.push(p(equalInside ? C.oneVoteInCollege(body) : C.weightsInCollege(body)));
      if (!equalInside) annex = votesAnnex(s.members, s.colleges);
      blocks.push(p(C.collegeMembership(body)));
      if (s.scic) {
        const bounds = law.scicColleges;
        blocks.push(p(C.scicBounds(bounds.floor, bounds.ceiling, law.facts['scic-colleges-de-vote'].reference)));
        cite('scic-colleges-de-vote', C.whyScicColleges);
      }
      const empty = s.colleges.filter((c) => !s.members.some((m) => m.college === c.id)).map((c) => c.name);
      if (empty.length > 0) checks.push(C.checkEmptyColleges(empty));
      const orphans = s.members.filter((m) => !s.colleges.some((c) => c.id === m.college)).map((m) => m.name);
      if (orphans.length > 0) checks.push(C.checkWithoutCollege(orphans));
    }
  }

  // Quorum.
  const quorum = rule.quorum;
  if (quorum === undefined) blocks.push(p(C.noQuorum(body)));
  else {
    const words = quotaWords(quorum.fraction, s.ratios?.quorum);
    blocks.push(p(quorum.of === 'members' ? C.quorumOfMembers(body, words) : C.quorumOfVotes(body, words, weighting === 'colleges')));
    blocks.push(p(C.secondMeeting(body)));
  }

  // Majority, and what abstentions count for.
  const excluded = (rule.abstentionPolicy ?? 'excluded') === 'excluded';
  const threshold = (value: number | undefined, ratio: Ratio | undefined) => (value === undefined ? undefined : quotaWords(value, ratio));
  switch (rule.kind) {
    case 'simple':
      blocks.push(p(C.simple(body)));
      break;
    case 'absolute':
      blocks.push(p(C.absolute(body, rule.base)));
      break;
    case 'qualified':
      blocks.push(p(C.qualified(body, rule.base, quotaWords(rule.threshold, s.ratios?.threshold))));
      break;
    case 'unanimity':
      blocks.push(p(C.unanimity(body, rule.absents === 'block', excluded)));
      if (rule.absents === 'block') cite('gie-unanimite', C.whyGie);
      break;
    case 'consent':
      blocks.push(p(C.consent(body)));
      blocks.push(p(C.objectionDefined(body)));
      blocks.push(p(C.consentStepsLead));
      blocks.push({ kind: 'list', items: C.consentSteps(body) });
      blocks.push(p(C.objectionResolution(body)));
      blocks.push(p(C.persistentObjection(body)));
      blocks.push(p(C.review(body)));
      cite('sas-majorite-minimale', C.whyCompanyMajority);
      break;
    case 'capital':
      blocks.push(p(C.capital(body, rule.base ?? 'votesCast', threshold(rule.threshold, s.ratios?.threshold))));
      break;
    case 'colleges-proportional':
      blocks.push(p(C.collegesProportional(body, threshold(rule.threshold, s.ratios?.threshold))));
      break;
    case 'colleges-bloc':
      blocks.push(p(C.collegesBloc(body, threshold(rule.innerThreshold, s.ratios?.innerThreshold), threshold(rule.threshold, s.ratios?.threshold))));
      cite('sas-majorite-minimale', C.whyCompanyMajorityBloc);
      break;
  }
  if (rule.kind !== 'consent' && rule.kind !== 'unanimity') {
    blocks.push(p(excluded ? C.abstentionsExcluded(quorum !== undefined) : C.abstentionsAgainst(quorum !== undefined)));
    if (excluded) cite('sa-abstentions', C.whySaAbstentions);
  }
  if (rule.kind === 'consent') blocks.push(p(C.consentAbstentions));

  // The law around the rule.
  if (s.scic) cite('scic-une-personne-une-voix', C.whyScicVote);
  else if (weighting === 'capital') cite('cooperative-une-personne-une-voix', C.whyCooperativeVote);
  cite('association-regles-de-decision', C.whyAssociation);
  if (options.document === 'reglement') checks.push(C.checkInternalRules);

  return {
    kicker: C.kicker(options.document),
    heading: C.heading(body),
    blocks,
    ...(annex ? { annex } : {}),
    checks,
    law: law_,
  };
}

function votesAnnex(members: readonly Member[], colleges: readonly College[] | undefined): DraftClause['annex'] {
  const total = members.reduce((sum, m) => sum + (Number.isFinite(m.weight) && m.weight > 0 ? m.weight : 0), 0);
  const collegeName = (m: Member) => colleges?.find((c) => c.id === m.college)?.name;
  return {
    heading: colleges ? C.annexInColleges : C.annexVotes,
    items: members.map((m) => C.annexItem(m.name, m.weight, colleges ? undefined : total > 0 ? m.weight / total : undefined, collegeName(m))),
  };
}

/** The clause as plain text, for the clipboard: the notice first, then the clause and its annex. */
export function clauseText(clause: DraftClause): string {
  const lines = [C.copiedNotice, '', clause.kicker, clause.heading, ''];
  for (const block of clause.blocks) {
    if (block.kind === 'p') lines.push(block.text, '');
    else lines.push(...block.items.map((item) => `– ${item}`), '');
  }
  if (clause.annex) lines.push(clause.annex.heading, ...clause.annex.items.map((item) => `– ${item}`), '');
  return `${lines.join('\n').trimEnd()}\n`;
}
