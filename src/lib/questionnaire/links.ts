/**
 * Recommendation links of a questionnaire, and their check against the site's pages: a link to a
 * guide or fiche must reach an existing page and, when it has a #fragment, an existing section.
 */
import type { QuestionnaireFile } from './types.ts';
import { LEVEL_IDS } from './types.ts';
import { LINK_MESSAGES } from './messages.ts';

export interface RecommendationLink {
  /** Where the link sits in the data file, e.g. "dimensions[1] (confiance).advice.travailler.links[0].href". */
  readonly field: string;
  readonly label: string;
  readonly href: string;
}

export interface BrokenRecommendation extends RecommendationLink {
  readonly reason: string;
}

/** Internal paths a recommendation may point to. */
export const INTERNAL_LINK = /^\/(?:guides|fiches|outils|glossaire)\/[^\s?#]*(?:#[^\s]+)?$/u;

export function recommendationLinks(questionnaire: QuestionnaireFile): RecommendationLink[] {
  return questionnaire.dimensions.flatMap((dimension, d) =>
    LEVEL_IDS.flatMap((level) =>
      dimension.advice[level].links.map((link, l) => ({
        field: `dimensions[${d}] (${dimension.id}).advice.${level}.links[${l}].href`,
        label: link.label,
        href: link.href,
      })),
    ),
  );
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Checks links under the given path prefixes against `pages` (URL path, e.g. "/guides/confiance/",
 * → ids of its sections). Links elsewhere (tools, glossary) are left to the built-site link check.
 */
export function findBrokenRecommendations(
  questionnaire: QuestionnaireFile,
  pages: ReadonlyMap<string, ReadonlySet<string>>,
  checkedPrefixes: readonly string[] = ['/guides/', '/fiches/'],
): BrokenRecommendation[] {
  const broken: BrokenRecommendation[] = [];
  for (const link of recommendationLinks(questionnaire)) {
    if (!INTERNAL_LINK.test(link.href)) {
      broken.push({ ...link, reason: LINK_MESSAGES.notInternal });
      continue;
    }
    const [rawPath = '', rawFragment] = link.href.split('#', 2);
    if (!checkedPrefixes.some((p) => rawPath.startsWith(p))) continue;
    const path = rawPath.endsWith('/') ? rawPath : `${rawPath}/`;
    const ids = pages.get(path);
    if (!ids) {
      broken.push({ ...link, reason: LINK_MESSAGES.pageNotFound });
      continue;
    }
    const fragment = rawFragment === undefined ? '' : safeDecode(rawFragment);
    if (fragment !== '' && !ids.has(fragment)) {
      broken.push({ ...link, reason: LINK_MESSAGES.sectionNotFound([...ids]) });
    }
  }
  return broken;
}
