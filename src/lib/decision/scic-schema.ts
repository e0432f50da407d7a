/**
 * Schema of the SCIC limits the simulator checks (content/scic.yaml), each citing the facts of
 * the registry that ground it. Pure module: used by the content collection and the unit tests.
 */
import { z } from 'zod';
import { fraction } from './preset-schema.ts';

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
