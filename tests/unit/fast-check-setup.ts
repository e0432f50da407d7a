/**
 * Property tests run the same cases on every machine: one fixed seed for every `fc.assert` of the
 * unit tests, so that CI is deterministic and a failure replays. fast-check prints the seed and
 * the shrunk counterexample on failure. To explore other cases locally:
 * `FC_SEED=$RANDOM npx vitest run tests/unit` (the seed in use is printed with any failure).
 */
import fc from 'fast-check';

const DEFAULT_SEED = 20_261_130;
const fromEnv = Number.parseInt(process.env['FC_SEED'] ?? '', 10);

fc.configureGlobal({ seed: Number.isSafeInteger(fromEnv) ? fromEnv : DEFAULT_SEED });
