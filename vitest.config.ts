import { defineConfig } from 'vitest/config';

// Integration, e2e and browser suites share one PostgreSQL/Redis/Dovecot/Postfix stack started by
// `npm run stack -- up`; the global setup migrates once and loads the reference data once.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
