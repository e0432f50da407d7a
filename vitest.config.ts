import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
          // One fixed seed for every property test (FC_SEED overrides it).
          setupFiles: ['tests/unit/fast-check-setup.ts'],
        },
      },
      {
        // These run real `astro build`s of edited content copies: they share the project's
        // .astro/ state, so one file at a time.
        extends: true,
        test: { name: 'content', include: ['tests/content/**/*.test.ts'], fileParallelism: false },
      },
    ],
  },
});
