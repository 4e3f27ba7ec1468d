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
    // A file that finds the shared knowledge index touched rebuilds it in its first hook (~30 s alone, minutes on a loaded machine).
    hookTimeout: 300_000,
  },
});
