import { defineConfig } from 'vitest/config';

// Test files share one embedded database per worker (a PGlite instance takes
// seconds to start), so files run one after another in a single fork.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    isolate: false,
    testTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    hookTimeout: 120_000,
  },
});
