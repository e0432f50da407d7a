/**
 * Schema of the SCIC limits the simulator checks (content/scic.yaml), each citing the facts of
 * the registry that ground it. Pure module: used by the content collection and the unit tests.
 */
import { z } from 'zod';
import { parseFraction } from './presets.ts';
import { PRESET_MESSAGES } from './messages.ts';

const fraction = z.union([z.number(), z.string()]).transform((value, ctx) => {
  const parsed = parseFraction(value);
  if (parsed === undefined) {
    ctx.addIssue({ code: 'custom', message: PRESET_MESSAGES.unreadableFraction(String(value)) });
    return z.NEVER;
  }
  return parsed;
});
const facts = z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)).min(1);

export const scicLimitsSchema = z
  .object({
    categories: z.object({ minimum: z.number().int().min(1), faits: facts }).strict(),
    colleges: z.object({ minimum: z.number().int().min(1), plancher: fraction, plafond: fraction, faits: facts }).strict(),
    vote: z.object({ faits: facts }).strict(),
    'capital-collectivites': z.object({ plafond: fraction, faits: facts }).strict(),
  })
  .strict();

export type ScicLimitsData = z.output<typeof scicLimitsSchema>;
