import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { AUDIENCE_IDS, THEME_IDS, TOOL_IDS } from './lib/taxonomy';
import { pagesLoader, yamlFileLoader } from './strict-loaders';
import { presetSchema, workedExampleSchema } from './lib/decision/preset-schema';

/**
 * Where content lives. Tests point FE_CONTENT_DIR at a fixture folder to build a small or
 * deliberately broken site; everyone else uses `content/`.
 */
const contentDir = process.env['FE_CONTENT_DIR'] ?? './content';

const source = z.object({
  title: z.string().min(3),
  url: z.url().optional(),
  /** Date the source was last checked by the editors. */
  checked: z.coerce.date(),
});

/** Fields shared by every editorial page (guides and fiches). */
const pageFields = {
  title: z.string().min(5).max(90),
  /** Used for link previews and search results: one or two sentences. */
  description: z.string().min(50).max(220),
  themes: z.array(z.enum(THEME_IDS)).min(1),
  audience: z.array(z.enum(AUDIENCE_IDS)).min(1),
  published: z.coerce.date(),
  updated: z.coerce.date(),
  /** Position inside its theme in the navigation (lower first). */
  order: z.number().int().default(100),
  sources: z.array(source).default([]),
  relatedGuides: z.array(reference('guides')).default([]),
  relatedFiches: z.array(reference('fiches')).default([]),
  tools: z.array(z.enum(TOOL_IDS)).default([]),
  draft: z.boolean().default(false),
};

const guides = defineCollection({
  loader: pagesLoader(`${contentDir}/guides`),
  schema: z
    .object({
      ...pageFields,
      /** "En bref": 3 to 5 key points. */
      summary: z.array(z.string().min(10)).min(3).max(5),
    })
    .refine((d) => d.updated >= d.published, {
      message: 'updated must be on or after published',
      path: ['updated'],
    }),
});

const fiches = defineCollection({
  loader: pagesLoader(`${contentDir}/fiches`),
  schema: z
    .object({
      ...pageFields,
      /** What the method achieves, in one sentence. */
      goal: z.string().min(10),
      durationMinutes: z.object({ min: z.number().int().positive(), max: z.number().int().positive() }),
      groupSize: z.object({ min: z.number().int().positive(), max: z.number().int().positive() }),
      material: z.array(z.string().min(2)).min(1),
    })
    .refine((d) => d.updated >= d.published, {
      message: 'updated must be on or after published',
      path: ['updated'],
    }),
});

const glossary = defineCollection({
  loader: yamlFileLoader(`${contentDir}/glossaire.yaml`),
  schema: z.object({
    term: z.string().min(2),
    /** Expansion of an acronym, e.g. "Société coopérative d’intérêt collectif". */
    expansion: z.string().optional(),
    definition: z.string().min(30),
    /** Other spellings that should link to this term in the guides. */
    aliases: z.array(z.string()).default([]),
    seeAlso: z.array(reference('glossary')).default([]),
    /** A guide or fiche path (e.g. "/guides/ptce/") that explains the term further. */
    more: z.string().regex(/^\/(guides|fiches|outils)\//).optional(),
    source: source.optional(),
  }),
});

/**
 * Questionnaires of the self-assessment tools (content/questionnaires/*.yaml); the file name is
 * the id. Recommendation links are checked again against the guides and fiches by the tool pages
 * (src/lib/questionnaire-pages.ts), and by the built-site link check.
 */
const internalLink = z
  .string()
  .regex(/^\/(?:guides|fiches|outils|glossaire)\/[^\s?#]*(?:#\S+)?$/u, {
    message: 'doit être un chemin interne du site, par exemple "/guides/confiance/#les-leviers-daction"',
  });
const questionnaireAdvice = z.object({
  text: z.string().min(20),
  links: z.array(z.object({ label: z.string().min(3), href: internalLink })).min(1),
});
const questionnaireId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: 'identifiant en minuscules sans accents, mots séparés par des tirets',
});
const questionnaires = defineCollection({
  loader: glob({ base: `${contentDir}/questionnaires`, pattern: '*.{yaml,yml}' }),
  schema: z
    .object({
      /** Raise it whenever statements are added, removed, moved or change meaning. */
      version: z.number().int().positive(),
      /** Tag of this questionnaire's share links: 1 to 8 of a–z, 0–9. */
      shareCode: z.string().regex(/^[a-z0-9]{1,8}$/),
      title: z.string().min(5),
      respondent: z.string().min(3),
      instructions: z.string().min(20),
      scale: z.tuple([z.string().min(2), z.string().min(2), z.string().min(2), z.string().min(2), z.string().min(2)]),
      unknown: z.string().min(2),
      levels: z.object({ fort: z.string().min(2), discuter: z.string().min(2), travailler: z.string().min(2) }),
      insufficient: z.string().min(2),
      dimensions: z
        .array(
          z.object({
            id: questionnaireId,
            title: z.string().min(3),
            description: z.string().min(10),
            statements: z
              .array(z.object({ id: questionnaireId, text: z.string().min(10), reversed: z.boolean().default(false) }))
              .min(2),
            advice: z.object({ fort: questionnaireAdvice, discuter: questionnaireAdvice, travailler: questionnaireAdvice }),
          }),
        )
        .min(1),
    })
    .superRefine((q, ctx) => {
      const dimensionIds = new Set<string>();
      const statementIds = new Set<string>();
      q.dimensions.forEach((d, i) => {
        if (dimensionIds.has(d.id)) {
          ctx.addIssue({
            code: 'custom',
            message: `identifiant de dimension en double\u202f: «\u202f${d.id}\u202f»`,
            path: ['dimensions', i, 'id'],
          });
        }
        dimensionIds.add(d.id);
        d.statements.forEach((s, j) => {
          if (statementIds.has(s.id)) {
            ctx.addIssue({
              code: 'custom',
              message: `identifiant d’affirmation en double\u202f: «\u202f${s.id}\u202f»`,
              path: ['dimensions', i, 'statements', j, 'id'],
            });
          }
          statementIds.add(s.id);
        });
      });
    }),
});

/**
 * Presets of the decision simulator (content/presets/*.yaml); the file name is the id. The schema,
 * with its checks across fields (college ids, shares summing to 100 %, rule options), is in
 * src/lib/decision/preset-schema.ts.
 */
const presets = defineCollection({
  loader: glob({ base: `${contentDir}/presets`, pattern: '*.{yaml,yml}' }),
  schema: presetSchema,
});

/**
 * The words around each tool (content/outils/<page>.mdx → /outils/<page>/): what the tool is for,
 * how to use it, its sources; the MDX embeds the tool through a component.
 */
const anchorId = z.string().regex(/^[\p{Ll}\p{N}]+(?:-[\p{Ll}\p{N}]+)*$/u, {
  message: 'identifiant de section en minuscules, mots séparés par des tirets',
});
const outils = defineCollection({
  loader: pagesLoader(`${contentDir}/outils`),
  schema: z
    .object({
      /** The tool this page presents (its title and address come from the list of tools). */
      tool: z.enum(TOOL_IDS),
      description: pageFields.description,
      /** The paragraph under the title. */
      lead: z.string().min(50),
      published: z.coerce.date(),
      updated: z.coerce.date(),
      sources: z.array(source).default([]),
      /** Section ids already published, by heading text: they never change with the wording. */
      ancres: z.record(z.string(), anchorId).default({}),
      /** Worked examples computed by the simulator's code, by id (see src/lib/decision/worked-examples.ts). */
      exemples: z.record(z.string(), workedExampleSchema).default({}),
    })
    .strict()
    .refine((d) => d.updated >= d.published, {
      message: 'updated must be on or after published',
      path: ['updated'],
    }),
});

export const collections = { guides, fiches, glossary, questionnaires, presets, outils };
