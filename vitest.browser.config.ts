import { defineConfig } from 'vitest/config';

// `npm run test:browser`: the staff console in a real browser (Debian's
// chromium driven by playwright-core; no browser download). Kept out of
// `npm test` (vitest.config.ts includes only *.test.ts) because it needs
// /usr/bin/chromium.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
