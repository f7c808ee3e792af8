import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Two projects: `unit` is pure and needs no server, so its files run in parallel on worker threads;
// the rest share one PostgreSQL/Redis/Dovecot/Postfix stack started by `npm run stack -- up`, migrated
// and loaded with reference data once by the global setup, and run one file at a time in the forks
// pool because they share those servers. Pool sizes are set at the root: vitest sizes pools, not projects.
export default defineConfig({
  test: {
    poolOptions: {
      // vitest's default (cores - 1) leaves a 2-core machine with one thread
      threads: { maxThreads: Math.max(availableParallelism(), 2) },
      forks: { maxForks: 1, minForks: 1 },
    },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          testTimeout: 20_000,
          pool: 'threads',
        },
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
