import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { AUDIENCE_IDS, THEME_IDS, TOOL_IDS } from './lib/taxonomy';

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
  loader: glob({ base: './content/guides', pattern: '**/*.{md,mdx}' }),
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
  loader: glob({ base: './content/fiches', pattern: '**/*.{md,mdx}' }),
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
  loader: file('./content/glossaire.yaml'),
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

export const collections = { guides, fiches, glossary };
