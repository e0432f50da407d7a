/**
 * Schema of a simulator preset (content/presets/*.yaml), used by the `presets` content collection
 * and by the unit tests; `PresetData` is its output. Fractions (college shares, thresholds, quorum) may be written `0.3`,
 * `"30 %"` or `"2/3"`. Messages are in French: the build shows them to content editors.
 */
import { z } from 'zod';
import { DECISION_RULE_KINDS, MAX_WEIGHT, POSITIONS, type DecisionRuleKind, type MemberCategory, type Position } from './types.ts';
import { parseFraction, presetProblems, STRUCTURES } from './presets.ts';
import { MAX_NAME_LENGTH } from './scenario-codec.ts';
import { EXAMPLE_MESSAGES, PRESET_MESSAGES } from './messages.ts';

const CATEGORIES = ['salarie', 'producteur', 'beneficiaire', 'collectivite', 'autre'] as const satisfies readonly MemberCategory[];

/** A fraction as editors write it (0.3, "30 %", "2/3"), read as a number in [0, 1]. */
export const fraction = z.union([z.number(), z.string()]).transform((value, ctx) => {
  const parsed = parseFraction(value);
  if (parsed === undefined) {
    ctx.addIssue({ code: 'custom', message: PRESET_MESSAGES.unreadableFraction(String(value)) });
    return z.NEVER;
  }
  return parsed;
});

const identifier = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: PRESET_MESSAGES.identifier });

const name = z.string().trim().min(1, { message: PRESET_MESSAGES.emptyName }).max(MAX_NAME_LENGTH, {
  message: PRESET_MESSAGES.nameTooLong(MAX_NAME_LENGTH),
});

const college = z.object({
  id: identifier,
  name,
  /** Share of the total votes. */
  share: fraction,
}).strict();

const member = z.object({
  id: identifier.optional(),
  name,
  college: identifier.optional(),
  /** Votes or capital share; defaults to 1 (one person, one vote). */
  weight: z
    .number()
    .min(0, { message: PRESET_MESSAGES.negativeWeight })
    .max(MAX_WEIGHT, { message: PRESET_MESSAGES.weightTooLarge(MAX_WEIGHT) })
    .default(1),
  category: z.enum(CATEGORIES).optional(),
  /** Position in the example vote; defaults to « pour ». */
  position: z.enum(POSITIONS as [Position, ...Position[]]).default('pour'),
}).strict();

export const presetRuleSchema = z.object({
  kind: z.enum(DECISION_RULE_KINDS as [DecisionRuleKind, ...DecisionRuleKind[]]),
  threshold: fraction.optional(),
  innerThreshold: fraction.optional(),
  base: z.enum(['members', 'votesCast']).optional(),
  abstentionPolicy: z.enum(['excluded', 'counted-as-against']).optional(),
  quorum: z.object({ fraction, of: z.enum(['members', 'weight']) }).strict().optional(),
  absents: z.enum(['ignored', 'block']).optional(),
}).strict();

const preset = z
  .object({
    title: z.string().min(5).max(90),
    /** Short name shown in the model list, so that it fits a phone screen (the title otherwise). */
    etiquette: z.string().min(3).max(22).optional(),
    description: z.string().min(20).max(400),
    structure: z.enum(STRUCTURES),
    /** Position in the list of presets (lower first). */
    order: z.number().int().default(100),
    colleges: z.array(college).default([]),
    members: z.array(member).min(1),
    rule: presetRuleSchema,
  })
  .strict();

/** A preset file after schema validation, fractions already read. */
export type PresetData = z.output<typeof preset>;

export const presetSchema = preset.superRefine((data, ctx) => {
  for (const message of presetProblems(data)) ctx.addIssue({ code: 'custom', message });
});

/**
 * A worked example of the simulator's guide (frontmatter `exemples` of content/outils/
 * simulateur-decision.mdx): either a preset (`modele`), or members written out; optionally
 * another rule; the power table is shown by member or by college.
 */
export const workedExampleSchema = z
  .object({
    modele: identifier.optional(),
    membres: z.array(z.object({ nom: name, poids: z.number().min(0) }).strict()).min(1).optional(),
    regle: presetRuleSchema.optional(),
    niveau: z.enum(['membres', 'colleges']).default('membres'),
  })
  .strict()
  .refine((e) => (e.modele === undefined) !== (e.membres === undefined), { message: EXAMPLE_MESSAGES.presetOrMembers })
  .refine((e) => e.modele !== undefined || e.regle !== undefined, { message: EXAMPLE_MESSAGES.ruleNeeded, path: ['regle'] });

export type WorkedExampleSpec = z.output<typeof workedExampleSchema>;
