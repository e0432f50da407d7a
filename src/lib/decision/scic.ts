/**
 * Checks of a SCIC (société coopérative d'intérêt collectif) set-up against loi n° 47-1775,
 * art. 19 quinquies and following, each finding explained in French with its source.
 * Colleges are optional; when used: at least 3, none above 50 % of the votes, none under 10 %
 * (art. 19 octies). No maximum number of colleges is enforced (none was found in the sources).
 */
import type { College, Member, MemberCategory } from './types.ts';
import { SCIC_MESSAGES } from './messages.ts';

export type ScicSeverity = 'error' | 'warning' | 'info' | 'ok';

export interface Source {
  readonly label: string;
  readonly url: string;
}

export type ScicCheckId =
  | 'categories-missing'
  | 'categories-count'
  | 'categories-employees'
  | 'categories-beneficiaries'
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
  /** Whether `Member.weight` is a share of capital (enables the 50 % public-capital check). */
  readonly weightsAreCapital?: boolean;
}

export const SCIC_SOURCES = {
  law: {
    label: 'Loi n° 47-1775 du 10 septembre 1947, art. 19 quinquies et suivants',
    url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000684004',
  },
  faq: {
    label: 'Les SCIC, questions-réponses (les-scic.coop)',
    url: 'http://www.les-scic.coop/sites/fr/les-scic/FAQ/Questions_reponses.html',
  },
  assembly: {
    label: 'Les SCIC, l’assemblée générale (les-scic.coop)',
    url: 'http://www.les-scic.coop/sites/fr/les-scic/FAQ/Assemblee-generale',
  },
  colleges: {
    label: 'Loi n° 47-1775, art. 19 octies (Légifrance)',
    url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000025559897',
  },
} as const satisfies Record<string, Source>;

const TOLERANCE = 1e-9;

export function checkScic(
  members: readonly Member[],
  colleges: readonly College[],
  options: ScicOptions = {},
): ScicFinding[] {
  return [
    ...checkCategories(members),
    ...checkColleges(members, colleges),
    ...checkPublicCapital(members, options),
  ];
}

function checkCategories(members: readonly Member[]): ScicFinding[] {
  const sources = [SCIC_SOURCES.law, SCIC_SOURCES.faq];
  const categories = new Set<MemberCategory>(members.flatMap((m) => (m.category ? [m.category] : [])));
  if (categories.size === 0) {
    return [
      {
        id: 'categories-missing',
        severity: 'info',
        message: SCIC_MESSAGES.categoriesMissing,
        sources,
      },
    ];
  }
  const findings: ScicFinding[] = [];
  const present = [...categories];
  findings.push(
    categories.size >= 3
      ? {
          id: 'categories-count',
          severity: 'ok',
          message: SCIC_MESSAGES.categoriesEnough(present),
          sources,
        }
      : {
          id: 'categories-count',
          severity: 'error',
          message: SCIC_MESSAGES.categoriesTooFew(present),
          sources,
        },
  );
  const workers = categories.has('salarie') || categories.has('producteur');
  findings.push({
    id: 'categories-employees',
    severity: workers ? 'ok' : 'error',
    message: workers ? SCIC_MESSAGES.workersPresent(categories.has('salarie')) : SCIC_MESSAGES.workersMissing,
    sources,
  });
  const beneficiaries = categories.has('beneficiaire');
  findings.push({
    id: 'categories-beneficiaries',
    severity: beneficiaries ? 'ok' : 'error',
    message: beneficiaries ? SCIC_MESSAGES.beneficiariesPresent : SCIC_MESSAGES.beneficiariesMissing,
    sources,
  });
  return findings;
}

function checkColleges(members: readonly Member[], colleges: readonly College[]): ScicFinding[] {
  if (colleges.length === 0) {
    return [
      {
        id: 'colleges-none',
        severity: 'info',
        message: SCIC_MESSAGES.collegesNone,
        sources: [SCIC_SOURCES.assembly],
      },
    ];
  }
  const findings: ScicFinding[] = [];
  findings.push(
    colleges.length >= 3
      ? {
          id: 'colleges-count',
          severity: 'ok',
          message: SCIC_MESSAGES.collegesEnough(colleges.length),
          sources: [SCIC_SOURCES.assembly, SCIC_SOURCES.colleges],
        }
      : {
          id: 'colleges-count',
          severity: 'error',
          message: SCIC_MESSAGES.collegesTooFew(colleges.length),
          sources: [SCIC_SOURCES.assembly, SCIC_SOURCES.colleges],
        },
  );
  const valid = colleges.map((c) => (Number.isFinite(c.share) && c.share > 0 ? c.share : 0));
  const sum = valid.reduce((s, v) => s + v, 0);
  if (Math.abs(sum - 1) > TOLERANCE) {
    findings.push({
      id: 'colleges-sum',
      severity: 'warning',
      message: SCIC_MESSAGES.collegesSum(sum),
      sources: [SCIC_SOURCES.colleges],
    });
  }
  colleges.forEach((c, i) => {
    const share = sum > 0 ? (valid[i] ?? 0) / sum : 0;
    if (share > 0.5 + TOLERANCE) {
      findings.push({
        id: 'college-above-50',
        severity: 'error',
        collegeId: c.id,
        message: SCIC_MESSAGES.collegeAbove(c.name, share),
        sources: [SCIC_SOURCES.colleges, SCIC_SOURCES.assembly],
      });
    }
    if (share < 0.1 - TOLERANCE) {
      findings.push({
        id: 'college-below-10',
        severity: 'error',
        collegeId: c.id,
        message: SCIC_MESSAGES.collegeBelow(c.name, share),
        sources: [SCIC_SOURCES.colleges],
      });
    }
    if (!members.some((m) => m.college === c.id)) {
      findings.push({
        id: 'college-empty',
        severity: 'warning',
        collegeId: c.id,
        message: SCIC_MESSAGES.collegeEmpty(c.name),
        sources: [SCIC_SOURCES.colleges],
      });
    }
  });
  return findings;
}

function checkPublicCapital(members: readonly Member[], options: ScicOptions): ScicFinding[] {
  if (!options.weightsAreCapital) return [];
  const total = members.reduce((s, m) => s + (Number.isFinite(m.weight) && m.weight > 0 ? m.weight : 0), 0);
  if (!(total > 0)) return [];
  const publicWeight = members
    .filter((m) => m.category === 'collectivite')
    .reduce((s, m) => s + (Number.isFinite(m.weight) && m.weight > 0 ? m.weight : 0), 0);
  const share = publicWeight / total;
  if (share === 0) return [];
  const over = share > 0.5 + TOLERANCE;
  return [
    {
      id: 'public-capital',
      severity: over ? 'error' : 'ok',
      message: SCIC_MESSAGES.publicCapital(share, over),
      sources: [SCIC_SOURCES.law, SCIC_SOURCES.faq],
    },
  ];
}
