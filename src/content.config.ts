/**
 * The content collections. Their schemas are pure modules under src/lib/, unit-tested with
 * `safeParse`: src/lib/content-schema.ts, src/lib/questionnaire/schema.ts and
 * src/lib/decision/preset-schema.ts.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { pagesLoader, yamlFileLoader } from './strict-loaders.ts';
import { contentSchemas } from './lib/content-schema.ts';
import { earlierVersionSchema, questionnaireSchema } from './lib/questionnaire/schema.ts';
import { presetSchema } from './lib/decision/preset-schema.ts';
import { scicLimitsSchema } from './lib/decision/scic-schema.ts';
import { ecueilsSchema } from './lib/ecueils/schema.ts';
import { factSchema } from './lib/facts/schema.ts';
import { factsLoader } from './facts-loader.ts';

/**
 * Where content lives. Tests point FE_CONTENT_DIR at a fixture folder to build a small or
 * deliberately broken site; everyone else uses `content/`.
 */
const contentDir = process.env['FE_CONTENT_DIR'] ?? './content';

const schemas = contentSchemas(reference);

const guides = defineCollection({ loader: pagesLoader(`${contentDir}/guides`), schema: schemas.guides });

const fiches = defineCollection({ loader: pagesLoader(`${contentDir}/fiches`), schema: schemas.fiches });

const glossary = defineCollection({ loader: yamlFileLoader(`${contentDir}/glossaire.yaml`), schema: schemas.glossary });

/** Questionnaires of the self-assessment tools (content/questionnaires/*.yaml); the file name is the id. */
const questionnaires = defineCollection({
  loader: glob({ base: `${contentDir}/questionnaires`, pattern: '*.{yaml,yml}' }),
  schema: questionnaireSchema,
});

/**
 * Frozen earlier versions of the questionnaires (content/questionnaires/v<version>/<id>.yaml), so
 * that their share links and saved answers keep opening; see src/lib/questionnaire/versions.ts.
 */
const questionnaireVersions = defineCollection({
  loader: glob({ base: `${contentDir}/questionnaires`, pattern: 'v*/*.{yaml,yml}' }),
  schema: earlierVersionSchema,
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

/** The words around each tool (content/outils/<page>.mdx → /outils/<page>/). */
const outils = defineCollection({ loader: pagesLoader(`${contentDir}/outils`), schema: schemas.outils });

// --- Facts registry (content/faits.yaml) -------------------------------------------------------
// Every legal, fiscal, HR or public-funding fact the site states, with its source and check date.
// Schema: src/lib/facts/schema.ts; the loader checks the file and every citation of a fact in the
// content first, naming the file, line and field (src/facts-loader.ts).
const faits = defineCollection({
  loader: factsLoader(contentDir),
  schema: factSchema,
});
// ------------------------------------------------------------------------------------------------

/**
 * Rules of « Anticiper les écueils » (content/ecueils/regles.yaml): questions, legal forms and
 * vigilance points; schema in src/lib/ecueils/schema.ts. The facts they cite are checked by
 * the facts loader above.
 */
const ecueils = defineCollection({
  loader: glob({ base: `${contentDir}/ecueils`, pattern: '*.{yaml,yml}' }),
  schema: ecueilsSchema,
});

/** The SCIC limits the simulator checks (content/scic.yaml), citing the facts registry. */
const scic = defineCollection({
  loader: glob({ base: contentDir, pattern: 'scic.yaml' }),
  schema: scicLimitsSchema,
});

export const collections = { guides, fiches, glossary, questionnaires, questionnaireVersions, presets, outils, faits, ecueils, scic };
