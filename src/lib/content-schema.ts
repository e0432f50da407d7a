/**
 * Schemas of the editorial collections — guides, fiches and the glossary — used by
 * src/content.config.ts and by the unit tests. Fields that name another entry are built by
 * `reference`: Astro's `reference()` in the content config (the build then checks that the entry
 * exists), `idReference` in tests.
 */
import { z } from 'zod';
import { AUDIENCE_IDS, THEME_IDS, TOOL_IDS } from './taxonomy.ts';
import { workedExampleSchema } from './decision/preset-schema.ts';

type ReferencedCollection = 'guides' | 'fiches' | 'glossary';

/** Builds the schema of a field naming an entry of `collection` by its id. */
export type Reference = <C extends ReferencedCollection>(
  collection: C,
) => z.ZodType<{ collection: C; id: string }, string>;

/** A stand-in for Astro's `reference()` that only reads the id, for code that runs outside Astro. */
export const idReference: Reference = (collection) => z.string().transform((id) => ({ collection, id }));

export const sourceSchema = z.object({
  title: z.string().min(3),
  url: z.url().optional(),
  /** Date the source was last checked by the editors. */
  checked: z.coerce.date(),
});

const datesInOrder = (d: { published: Date; updated: Date }) => d.updated >= d.published;
const datesInOrderIssue = { message: 'updated must be on or after published', path: ['updated'] };

/**
 * « What changed »: a note for each update worth announcing, with its date. An update without a
 * note (a typo fixed, a link mended) only moves `updated`; /nouveautes/ and the feed leave it out.
 */
export const changeSchema = z.object({
  date: z.coerce.date(),
  /** One short sentence for readers and newsletter editors: what is new on the page. */
  note: z.string().min(15).max(200),
});
const changesField = z.array(changeSchema).default([]);

/** Each change note is dated after publication and no later than the last update. */
function changesInRange(d: { published: Date; updated: Date; changes: { date: Date }[] }, ctx: z.RefinementCtx): void {
  d.changes.forEach((change, i) => {
    if (change.date <= d.published || change.date > d.updated) {
      ctx.addIssue({
        code: 'custom',
        path: ['changes', i, 'date'],
        message: 'the date of a change note must be after published and on or before updated',
      });
    }
  });
}

export function contentSchemas(reference: Reference) {
  /** A section id, as pinned by `ancres`. */
  const anchorId = z.string().regex(/^[\p{Ll}\p{N}]+(?:-[\p{Ll}\p{N}]+)*$/u, {
    message: 'identifiant de section en minuscules, mots séparés par des tirets',
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
    sources: z.array(sourceSchema).default([]),
    relatedGuides: z.array(reference('guides')).default([]),
    relatedFiches: z.array(reference('fiches')).default([]),
    tools: z.array(z.enum(TOOL_IDS)).default([]),
    draft: z.boolean().default(false),
    /** Section ids already published, by heading text: they survive a change of wording. */
    ancres: z.record(z.string(), anchorId).default({}),
    changes: changesField,
  };

  const guides = z
    .object({
      ...pageFields,
      /** "En bref": 3 to 5 key points. */
      summary: z.array(z.string().min(10)).min(3).max(5),
    })
    .refine(datesInOrder, datesInOrderIssue)
    .superRefine(changesInRange);

  const fiches = z
    .object({
      ...pageFields,
      /** What the method achieves, in one sentence. */
      goal: z.string().min(10),
      durationMinutes: z.object({ min: z.number().int().positive(), max: z.number().int().positive() }),
      groupSize: z.object({ min: z.number().int().positive(), max: z.number().int().positive() }),
      material: z.array(z.string().min(2)).min(1),
    })
    .refine(datesInOrder, datesInOrderIssue)
    .superRefine(changesInRange);

  const glossary = z.object({
    term: z.string().min(2),
    /** Expansion of an acronym, e.g. "Société coopérative d’intérêt collectif". */
    expansion: z.string().optional(),
    definition: z.string().min(30),
    /** Other spellings that should link to this term in the guides. */
    aliases: z.array(z.string()).default([]),
    seeAlso: z.array(reference('glossary')).default([]),
    /** A guide or fiche path (e.g. "/guides/ptce/") that explains the term further. */
    more: z.string().regex(/^\/(guides|fiches|outils)\//).optional(),
    source: sourceSchema.optional(),
  });

  /**
   * The words around each tool (content/outils/<page>.mdx → /outils/<page>/): what the tool is
   * for, how to use it, its sources; the MDX embeds the tool through a component.
   */
  const outils = z
    .object({
      /** The tool this page presents (its title and address come from the list of tools). */
      tool: z.enum(TOOL_IDS),
      description: pageFields.description,
      /** The page's own title, for a page under a tool (its synthesis); the tool's title otherwise. */
      titre: z.string().min(5).max(90).optional(),
      /** Its label in the breadcrumbs, for a page under a tool. */
      fil: z.string().min(3).max(40).optional(),
      /** The paragraph under the title; a page may write it itself when it quotes computed figures. */
      lead: z.string().min(50).optional(),
      /** Whether the page lists its sections under the title. */
      sommaire: z.boolean().default(true),
      published: z.coerce.date(),
      updated: z.coerce.date(),
      changes: changesField,
      sources: z.array(sourceSchema).default([]),
      /** Section ids already published, by heading text: they never change with the wording. */
      ancres: z.record(z.string(), anchorId).default({}),
      /** Worked examples computed by the simulator's code, by id (src/lib/decision/worked-examples.ts). */
      exemples: z.record(z.string(), workedExampleSchema).default({}),
    })
    .strict()
    .refine(datesInOrder, datesInOrderIssue)
    .superRefine(changesInRange);

  return { guides, fiches, glossary, outils };
}
