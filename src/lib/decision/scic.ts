/**
 * Checks of a SCIC (société coopérative d'intérêt collectif) set-up against loi n° 47-1775,
 * art. 19 quinquies and following, each finding explained in French with its sources. The
 * limits and their sources are data (content/scic.yaml, citing the facts registry); this module
 * only applies them. No maximum number of colleges is enforced (none was found in the sources).
 */
import type { College, DecisionRuleKind, Member, MemberCategory } from './types.ts';
import { SCIC_MESSAGES } from './messages.ts';

export type ScicSeverity = 'error' | 'warning' | 'info' | 'ok';

export interface Source {
  readonly label: string;
  readonly url: string;
}

/** The limits of content/scic.yaml, with the sources of the facts each rests on. */
export interface ScicRules {
  readonly categories: { readonly minimum: number; readonly sources: readonly Source[] };
  readonly colleges: { readonly minimum: number; readonly floor: number; readonly ceiling: number; readonly sources: readonly Source[] };
  readonly vote: { readonly sources: readonly Source[] };
  readonly publicCapital: { readonly ceiling: number; readonly sources: readonly Source[] };
}

export type ScicCheckId =
  | 'categories-missing'
  | 'categories-count'
  | 'categories-employees'
  | 'categories-producers'
  | 'categories-beneficiaries'
  | 'vote-capital'
  | 'vote-unequal'
  | 'colleges-none'
  | 'colleges-count'
  | 'college-above-50'
  | 'college-below-10'
  | 'colleges-sum'
  | 'college-empty'
  | 'public-capital';

export interface ScicFinding {
  readonly id: ScicCheckId;
  readonly severity: ScicSeverity;
  /** One or two plain French sentences (src/lib/decision/messages.ts). */
  readonly message: string;
  readonly sources: readonly Source[];
  /** The college concerned, when there is one. */
  readonly collegeId?: string;
}

export interface ScicOptions {
  /** The rule being tried: a capital-weighted vote is flagged, and weights are then shares of capital. */
  readonly ruleKind?: DecisionRuleKind;
}

const TOLERANCE = 1e-9;

export function checkScic(
  rules: ScicRules,
  members: readonly Member[],
  colleges: readonly College[],
  options: ScicOptions = {},
): ScicFinding[] {
  return [
    ...checkCategories(rules, members),
    ...checkVote(rules, members, colleges, options),
    ...checkColleges(rules, members, colleges),
    ...checkPublicCapital(rules, members, options),
  ];
}

function checkCategories(rules: ScicRules, members: readonly Member[]): ScicFinding[] {
  const { minimum, sources } = rules.categories;
  const categories = new Set<MemberCategory>(members.flatMap((m) => (m.category ? [m.category] : [])));
  if (categories.size === 0) {
    return [{ id: 'categories-missing', severity: 'info', message: SCIC_MESSAGES.categoriesMissing(minimum), sources }];
  }
  const findings: ScicFinding[] = [];
  const present = [...categories];
  findings.push(
    categories.size >= minimum
      ? { id: 'categories-count', severity: 'ok', message: SCIC_MESSAGES.categoriesEnough(present, minimum), sources }
      : { id: 'categories-count', severity: 'error', message: SCIC_MESSAGES.categoriesTooFew(present, minimum), sources },
  );
  const employees = categories.has('salarie');
  const workers = employees || categories.has('producteur');
  findings.push({
    id: 'categories-employees',
    severity: workers ? 'ok' : 'error',
    message: workers ? SCIC_MESSAGES.workersPresent(employees) : SCIC_MESSAGES.workersMissing,
    sources,
  });
  if (!employees && categories.has('producteur')) {
    findings.push({ id: 'categories-producers', severity: 'warning', message: SCIC_MESSAGES.producersInsteadOfEmployees, sources });
  }
  const beneficiaries = categories.has('beneficiaire');
  findings.push({
    id: 'categories-beneficiaries',
    severity: beneficiaries ? 'ok' : 'error',
    message: beneficiaries ? SCIC_MESSAGES.beneficiariesPresent : SCIC_MESSAGES.beneficiariesMissing,
    sources,
  });
  return findings;
}

/** One associate, one vote: no capital-weighted rule, and equal weights inside each college. */
function checkVote(rules: ScicRules, members: readonly Member[], colleges: readonly College[], options: ScicOptions): ScicFinding[] {
  const { sources } = rules.vote;
  if (options.ruleKind === 'capital') return [{ id: 'vote-capital', severity: 'error', message: SCIC_MESSAGES.capitalVote, sources }];
  const findings: ScicFinding[] = [];
  const unequal = (group: readonly Member[]) => new Set(group.map((m) => m.weight)).size > 1;
  if (colleges.length === 0) {
    if (unequal(members)) findings.push({ id: 'vote-unequal', severity: 'error', message: SCIC_MESSAGES.unequalWeightsNoCollege, sources });
    return findings;
  }
  for (const c of colleges) {
    if (unequal(members.filter((m) => m.college === c.id))) {
      findings.push({ id: 'vote-unequal', severity: 'error', collegeId: c.id, message: SCIC_MESSAGES.unequalWeights(c.name), sources });
    }
  }
  return findings;
}

function checkColleges(rules: ScicRules, members: readonly Member[], colleges: readonly College[]): ScicFinding[] {
  const { minimum, floor, ceiling, sources } = rules.colleges;
  if (colleges.length === 0) return [{ id: 'colleges-none', severity: 'info', message: SCIC_MESSAGES.collegesNone, sources }];
  const findings: ScicFinding[] = [];
  findings.push(
    colleges.length >= minimum
      ? { id: 'colleges-count', severity: 'ok', message: SCIC_MESSAGES.collegesEnough(colleges.length, minimum), sources }
      : { id: 'colleges-count', severity: 'error', message: SCIC_MESSAGES.collegesTooFew(colleges.length, minimum), sources },
  );
  const valid = colleges.map((c) => (Number.isFinite(c.share) && c.share > 0 ? c.share : 0));
  const sum = valid.reduce((s, v) => s + v, 0);
  if (Math.abs(sum - 1) > TOLERANCE) {
    findings.push({ id: 'colleges-sum', severity: 'warning', message: SCIC_MESSAGES.collegesSum(sum), sources });
  }
  colleges.forEach((c, i) => {
    const share = sum > 0 ? (valid[i] ?? 0) / sum : 0;
    if (share > ceiling + TOLERANCE) {
      findings.push({ id: 'college-above-50', severity: 'error', collegeId: c.id, message: SCIC_MESSAGES.collegeAbove(c.name, share, ceiling), sources });
    }
    if (share < floor - TOLERANCE) {
      findings.push({ id: 'college-below-10', severity: 'error', collegeId: c.id, message: SCIC_MESSAGES.collegeBelow(c.name, share, floor), sources });
    }
    if (!members.some((m) => m.college === c.id)) {
      findings.push({ id: 'college-empty', severity: 'warning', collegeId: c.id, message: SCIC_MESSAGES.collegeEmpty(c.name), sources });
    }
  });
  return findings;
}

/**
 * The share of each college typed above `ceiling` (half the votes, or the SCIC ceiling), by
 * college id: said beside the share field as soon as it is typed. The SCIC check above also
 * looks at the shares once brought to 100 %.
 */
export function collegesAboveCeiling(colleges: readonly College[], ceiling: number): Map<string, number> {
  return new Map(colleges.filter((c) => Number.isFinite(c.share) && c.share > ceiling + TOLERANCE).map((c) => [c.id, c.share]));
}

/** Checked when the weights are shares of capital (a capital-weighted rule). */
function checkPublicCapital(rules: ScicRules, members: readonly Member[], options: ScicOptions): ScicFinding[] {
  if (options.ruleKind !== 'capital') return [];
  const { ceiling, sources } = rules.publicCapital;
  const positive = (m: Member) => (Number.isFinite(m.weight) && m.weight > 0 ? m.weight : 0);
  const total = members.reduce((s, m) => s + positive(m), 0);
  if (!(total > 0)) return [];
  const share = members.filter((m) => m.category === 'collectivite').reduce((s, m) => s + positive(m), 0) / total;
  if (share === 0) return [];
  const over = share > ceiling + TOLERANCE;
  return [{ id: 'public-capital', severity: over ? 'error' : 'ok', message: SCIC_MESSAGES.publicCapital(share, ceiling, over), sources }];
}

/** The SCIC rules from content/scic.yaml, given the source of each cited fact. */
export function scicRulesFrom(
  data: {
    categories: { minimum: number; faits: readonly string[] };
    colleges: { minimum: number; plancher: number; plafond: number; faits: readonly string[] };
    vote: { faits: readonly string[] };
    'capital-collectivites': { plafond: number; faits: readonly string[] };
  },
  sourceOf: (factId: string) => Source,
): ScicRules {
  const sources = (ids: readonly string[]) => ids.map(sourceOf);
  return {
    categories: { minimum: data.categories.minimum, sources: sources(data.categories.faits) },
    colleges: { minimum: data.colleges.minimum, floor: data.colleges.plancher, ceiling: data.colleges.plafond, sources: sources(data.colleges.faits) },
    vote: { sources: sources(data.vote.faits) },
    publicCapital: { ceiling: data['capital-collectivites'].plafond, sources: sources(data['capital-collectivites'].faits) },
  };
}
