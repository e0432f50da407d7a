/**
 * Schema of a questionnaire file (content/questionnaires/*.yaml; the file name is the id), used by
 * the `questionnaires` content collection and by the unit tests; the `Questionnaire` type is its
 * output. An earlier version of a questionnaire is kept frozen in
 * content/questionnaires/v<version>/<id>.yaml (`earlierVersionSchema`): its statements only. Messages are in French: the build shows them to content editors. Recommendation links
 * are checked again against the guides and fiches by the tool pages (src/data/questionnaires.ts)
 * and by the built-site link check.
 */
import { z } from 'zod';
import { INTERNAL_LINK } from './links.ts';
import { SCHEMA_MESSAGES } from './messages.ts';

const internalLink = z.string().regex(INTERNAL_LINK, { message: SCHEMA_MESSAGES.internalLink });

const advice = z.object({
  text: z.string().min(20),
  links: z.array(z.object({ label: z.string().min(3), href: internalLink })).min(1),
});

const identifier = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: SCHEMA_MESSAGES.identifier });

const statement = z.object({
  id: identifier,
  text: z.string().min(10),
  /** Worded negatively: agreeing is a bad sign, so the rating is turned around (6 − rating). */
  reversed: z.boolean().default(false),
  /** The situation may not exist yet: « sans objet » is offered, and counts neither for nor against. */
  mayNotApply: z.boolean().optional(),
});

/** Ids unique across dimensions and across statements, each duplicate reported at its field. */
function refineIds(
  q: { readonly dimensions: readonly { readonly id: string; readonly statements: readonly { readonly id: string }[] }[] },
  ctx: z.RefinementCtx,
): void {
  const dimensionIds = new Set<string>();
  const statementIds = new Set<string>();
  q.dimensions.forEach((d, i) => {
    if (dimensionIds.has(d.id)) {
      ctx.addIssue({ code: 'custom', message: SCHEMA_MESSAGES.duplicateDimension(d.id), path: ['dimensions', i, 'id'] });
    }
    dimensionIds.add(d.id);
    d.statements.forEach((s, j) => {
      if (statementIds.has(s.id)) {
        ctx.addIssue({ code: 'custom', message: SCHEMA_MESSAGES.duplicateStatement(s.id), path: ['dimensions', i, 'statements', j, 'id'] });
      }
      statementIds.add(s.id);
    });
  });
}

const version = z.number().int().positive();
const shareCode = z.string().regex(/^[a-z0-9]{1,8}$/);

const dimension = z.object({
  id: identifier,
  title: z.string().min(3),
  description: z.string().min(10),
  statements: z.array(statement).min(2),
  /** What to do next, for each level the dimension may reach. */
  advice: z.object({ fort: advice, discuter: advice, travailler: advice }),
});

export const questionnaireSchema = z
  .object({
    /**
     * Raise it whenever statements are added, removed, moved or change meaning, after copying the
     * current statements to content/questionnaires/v<version>/<id>.yaml.
     */
    version,
    /** Tag of this questionnaire's share links: 1 to 8 of a–z, 0–9. */
    shareCode,
    title: z.string().min(5),
    /** Who answers, e.g. « un membre du collectif ». */
    respondent: z.string().min(3),
    instructions: z.string().min(20),
    /** Labels of ratings 1 to 5. */
    scale: z.tuple([z.string().min(2), z.string().min(2), z.string().min(2), z.string().min(2), z.string().min(2)]),
    /**
     * Short labels of ratings 1 to 5, shown on narrow screens (the compact scale): each is the
     * beginning of its label, whole words, so that the full label, which screen readers announce,
     * contains what is shown.
     */
    scaleShort: z.tuple([z.string().min(1), z.string().min(1), z.string().min(1), z.string().min(1), z.string().min(1)]).optional(),
    /** Label of the « je ne sais pas » answer. */
    unknown: z.string().min(2),
    /** Label of the « sans objet » answer, offered on the statements that may not apply. */
    notApplicable: z.string().min(2).optional(),
    levels: z.object({ fort: z.string().min(2), discuter: z.string().min(2), travailler: z.string().min(2) }),
    /** Shown instead of a score when too few statements were answered. */
    insufficient: z.string().min(2),
    dimensions: z.array(dimension).min(1),
  })
  .superRefine((q, ctx) => {
    refineIds(q, ctx);
    q.scaleShort?.forEach((short, i) => {
      const full = q.scale[i] ?? '';
      if (!full.startsWith(short) || !/^(?:$|\s)/u.test(full.slice(short.length))) {
        ctx.addIssue({ code: 'custom', message: SCHEMA_MESSAGES.scaleShort(short, full), path: ['scaleShort', i] });
      }
    });
    if (q.notApplicable === undefined && q.dimensions.some((d) => d.statements.some((s) => s.mayNotApply))) {
      ctx.addIssue({ code: 'custom', message: SCHEMA_MESSAGES.notApplicableLabel, path: ['notApplicable'] });
    }
  });

/**
 * A frozen earlier version (content/questionnaires/v<version>/<id>.yaml): what its share links and
 * saved answers need — its version, share code, and its dimensions' titles and statements in order.
 * Advice and labels come from the current version (see ./versions.ts).
 */
export const earlierVersionSchema = z
  .object({
    version,
    shareCode,
    dimensions: z
      .array(z.object({ id: identifier, title: z.string().min(3), statements: z.array(statement).min(1) }))
      .min(1),
  })
  .superRefine(refineIds);
