/**
 * Checks of a SCIC (société coopérative d'intérêt collectif) set-up against loi n° 47-1775,
 * art. 19 quinquies and following, each finding explained in French with its source.
 * Colleges are optional; when used: at least 3, none above 50 % of the votes, none under 10 %
 * (art. 19 octies). No maximum number of colleges is enforced (none was found in the sources).
 */
import type { College, Member, MemberCategory } from './types.ts';
import { formatPercent, listFr } from '../fr.ts';

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
  /** One or two plain French sentences. */
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

const CATEGORY_LABELS: Readonly<Record<MemberCategory, string>> = {
  salarie: 'salariés',
  producteur: 'producteurs',
  beneficiaire: 'bénéficiaires',
  collectivite: 'collectivités publiques',
  autre: 'autres contributeurs',
};

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
  const categories = new Set(members.flatMap((m) => (m.category ? [m.category] : [])));
  if (categories.size === 0) {
    return [
      {
        id: 'categories-missing',
        severity: 'info',
        message: 'Catégories d’associés non renseignées : une SCIC réunit au moins 3 catégories d’associés, dont obligatoirement des salariés (ou des producteurs s’il n’y a pas de salariés) et des bénéficiaires habituels. Indiquez la catégorie de chaque membre pour le vérifier.',
        sources,
      },
    ];
  }
  const findings: ScicFinding[] = [];
  const present = [...categories].map((c) => CATEGORY_LABELS[c]);
  findings.push(
    categories.size >= 3
      ? {
          id: 'categories-count',
          severity: 'ok',
          message: `${categories.size} catégories d’associés (${listFr(present)}) : le minimum de 3 est respecté.`,
          sources,
        }
      : {
          id: 'categories-count',
          severity: 'error',
          message: `Seulement ${categories.size === 1 ? 'une catégorie' : `${categories.size} catégories`} d’associés (${listFr(present)}) : une SCIC en demande au moins 3.`,
          sources,
        },
  );
  const workers = categories.has('salarie') || categories.has('producteur');
  findings.push({
    id: 'categories-employees',
    severity: workers ? 'ok' : 'error',
    message: workers
      ? `Catégorie obligatoire présente : ${categories.has('salarie') ? 'salariés' : 'producteurs (admis lorsqu’il n’y a pas de salariés)'}.`
      : 'Il manque la catégorie obligatoire des salariés (ou, à défaut de salariés, des producteurs du bien ou du service).',
    sources,
  });
  const beneficiaries = categories.has('beneficiaire');
  findings.push({
    id: 'categories-beneficiaries',
    severity: beneficiaries ? 'ok' : 'error',
    message: beneficiaries
      ? 'Catégorie obligatoire présente : bénéficiaires habituels.'
      : 'Il manque la catégorie obligatoire des bénéficiaires habituels (à titre gratuit ou onéreux) des activités de la coopérative.',
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
        message: 'Pas de collèges de vote : ils sont facultatifs en SCIC ; chaque associé dispose alors d’une voix.',
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
          message: `${colleges.length} collèges : le minimum de 3 est respecté.`,
          sources: [SCIC_SOURCES.assembly, SCIC_SOURCES.colleges],
        }
      : {
          id: 'colleges-count',
          severity: 'error',
          message: `${colleges.length === 1 ? 'Un seul collège' : `${colleges.length} collèges`} : lorsqu’une SCIC organise des collèges de vote, il en faut au moins 3.`,
          sources: [SCIC_SOURCES.assembly, SCIC_SOURCES.colleges],
        },
  );
  const valid = colleges.map((c) => (Number.isFinite(c.share) && c.share > 0 ? c.share : 0));
  const sum = valid.reduce((s, v) => s + v, 0);
  if (Math.abs(sum - 1) > TOLERANCE) {
    findings.push({
      id: 'colleges-sum',
      severity: 'warning',
      message: `Les poids des collèges totalisent ${formatPercent(sum)} et non 100 % : ils sont comparés aux seuils après avoir été ramenés à 100 %.`,
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
        message: `Le collège ${c.name} pèse ${formatPercent(share)} des voix : aucun collège ne peut détenir plus de 50 % des voix (ni, à lui seul, la majorité).`,
        sources: [SCIC_SOURCES.colleges, SCIC_SOURCES.assembly],
      });
    }
    if (share < 0.1 - TOLERANCE) {
      findings.push({
        id: 'college-below-10',
        severity: 'error',
        collegeId: c.id,
        message: `Le collège ${c.name} pèse ${formatPercent(share)} des voix : chaque collège doit peser au moins 10 % des voix.`,
        sources: [SCIC_SOURCES.colleges],
      });
    }
    if (!members.some((m) => m.college === c.id)) {
      findings.push({
        id: 'college-empty',
        severity: 'warning',
        collegeId: c.id,
        message: `Le collège ${c.name} n’a aucun membre : ses voix ne pourront pas s’exprimer.`,
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
      message: over
        ? `Les collectivités publiques détiennent ensemble ${formatPercent(share)} du capital : la loi limite leur part à 50 % (plafond relevé de 20 % à 50 % en 2014).`
        : `Les collectivités publiques détiennent ensemble ${formatPercent(share)} du capital, sous le plafond de 50 %.`,
      sources: [SCIC_SOURCES.law, SCIC_SOURCES.faq],
    },
  ];
}
