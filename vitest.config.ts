import { defineConfig } from 'vitest/config';

// Two projects: `unit` is pure and needs no server; the rest share one PostgreSQL/Redis/Dovecot/
// Postfix stack started by `npm run stack -- up`, migrated and loaded with reference data once by the
// global setup, and run one file at a time because they share those servers.
export default defineConfig({
  test: {
    fileParallelism: false,
    projects: [
      {
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 20_000 },
      },
      {
        test: {
          name: 'integration',
          include: ['test/{integration,e2e,browser,golden}/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          setupFiles: ['test/setup-file.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          pool: 'forks',
        },
      },
    ],
  },
});
