/**
 * Schema of the facts registry (content/faits.yaml): every legal, fiscal, HR or public-funding
 * fact the site states, with its source and the date it was checked. Used by the `faits` content
 * collection, by the loader that reports errors with file and line (src/lib/facts/registry.ts) and
 * by the unit tests. Dates are read as written (the YAML is parsed without date conversion) and
 * checked as real calendar dates, like the frontmatter dates. Messages are in French: the build
 * shows them to content editors.
 */
import { z } from 'zod';
import { isCalendarDate } from '../frontmatter-dates.ts';
import { FACT_HELPER_IDS, FACT_STATUSES, FACT_THEME_IDS, VALUE_NOUN_IDS } from './labels.ts';
import { periodOf } from './periods.ts';

const date = z
  .string({ message: 'date attendue au format AAAA-MM-JJ, par exemple 2026-11-30' })
  .refine((raw) => isCalendarDate(raw), {
    message: 'ce n’est pas une date valide (format attendu\u202f: AAAA-MM-JJ, par exemple 2026-11-30)',
  })
  .transform((raw) => new Date(`${raw}T00:00:00Z`));

const factId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: 'identifiant en minuscules sans accents, mots séparés par des tirets',
});

const source = z.strictObject({
  titre: z.string().min(5, { message: 'titre de la source trop court' }),
  url: z.url({ protocol: /^https?$/, message: 'adresse web complète attendue (https://…)' }),
});

const value = z
  .strictObject({
    /** As shown to readers: « 80 011 € », « 60 000 € HT », « 50 % du capital ». */
    valeur: z.string().min(1, { message: 'valeur vide' }),
    /** A value valid for one calendar year… */
    annee: z.number().int().min(1900).max(2100).optional(),
    /** …or from `du` (included) to `au` (included, optional when still in force). */
    du: date.optional(),
    au: date.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.annee !== undefined && (v.du !== undefined || v.au !== undefined)) {
      ctx.addIssue({ code: 'custom', message: 'indiquez soit « annee », soit « du » et « au », pas les deux', path: ['annee'] });
    }
    if (v.au !== undefined && v.du === undefined) {
      ctx.addIssue({ code: 'custom', message: '« au » demande aussi « du »', path: ['du'] });
    }
    if (v.du !== undefined && v.au !== undefined && v.au < v.du) {
      ctx.addIssue({ code: 'custom', message: '« au » est avant « du »', path: ['au'] });
    }
  });

export const factSchema = z
  .strictObject({
    id: factId,
    /** Short name of the fact, as a heading on the « Sources et vérification » page. */
    titre: z.string().min(5, { message: 'titre trop court' }).max(90, { message: 'titre trop long (90 caractères au plus)' }),
    theme: z.enum(FACT_THEME_IDS, { message: `thème inconnu (thèmes possibles\u202f: ${FACT_THEME_IDS.join(', ')})` }),
    /** The fact in one or two French sentences. */
    enonce: z.string().min(20, { message: 'énoncé trop court (20 caractères au moins)' }),
    /** Values with the period each is valid for, oldest first. */
    valeurs: z.array(value).default([]),
    /** What the value is, in « montant 2026 non encore publié ». */
    libelle: z.enum(VALUE_NOUN_IDS).default('montant'),
    /** Legal reference: article, law, decree, BOFiP… */
    reference: z.string().min(3, { message: 'référence juridique manquante ou trop courte' }),
    source,
    /** Further sources, read together with the main one. */
    autres_sources: z.array(source).default([]),
    verifie_le: date,
    statut: z.enum(FACT_STATUSES, { message: 'statut attendu\u202f: «\u202fvérifié\u202f» ou «\u202fà vérifier\u202f»' }),
    /** What remains uncertain, or a caveat a jurist should read. */
    note: z.string().min(10).optional(),
    /** Who can help, from the fixed list in src/lib/facts/labels.ts. */
    aide: z.array(z.enum(FACT_HELPER_IDS, { message: `aide inconnue (possibles\u202f: ${FACT_HELPER_IDS.join(', ')})` })).min(1, {
      message: 'indiquez au moins une aide',
    }),
  })
  .superRefine((fact, ctx) => {
    const periods = fact.valeurs.map(periodOf);
    periods.forEach((period, i) => {
      if (period === undefined && fact.valeurs.length > 1) {
        ctx.addIssue({
          code: 'custom',
          message: 'quand un fait a plusieurs valeurs, chacune dit sa période («\u202fannee\u202f» ou «\u202fdu\u202f»)',
          path: ['valeurs', i],
        });
      }
      const previous = periods[i - 1];
      if (i > 0 && period && previous && (previous.end === undefined || period.start <= previous.end)) {
        ctx.addIssue({
          code: 'custom',
          message: 'les valeurs doivent se suivre dans le temps sans se chevaucher, de la plus ancienne à la plus récente',
          path: ['valeurs', i],
        });
      }
    });
  });

/** The whole file: a list of facts with unique ids. */
export const factsFileSchema = z.array(factSchema).superRefine((facts, ctx) => {
  const seen = new Set<string>();
  facts.forEach((fact, i) => {
    if (seen.has(fact.id)) {
      ctx.addIssue({ code: 'custom', message: `identifiant en double\u202f: «\u202f${fact.id}\u202f»`, path: [i, 'id'] });
    }
    seen.add(fact.id);
  });
});

export type Fact = z.output<typeof factSchema>;
export type FactValue = Fact['valeurs'][number];
