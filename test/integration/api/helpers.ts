// Shared setup for the API suites: a scratch database, the app built with recording queues, and a
// bearer token from the configuration.
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../src/review/app.js';
import { forFile } from '../../helpers/for-file.js';
import { recordingQueues } from '../../helpers/recording-queues.js';
import { createScratchDb, type ScratchDb } from '../../helpers/scratch-db.js';
import { testConfig } from '../../helpers/stack-env.js';

export const API_TOKEN = 'test-api-token-0123456789abcdef';

export interface ApiHarness {
  scratch: ScratchDb;
  app: FastifyInstance;
  jobs: { name: string; payload: unknown }[];
  auth: { authorization: string };
  close(): Promise<void>;
}

export async function apiHarness(env: NodeJS.ProcessEnv = {}): Promise<ApiHarness> {
  const scratch = await createScratchDb();
  const queues = recordingQueues();
  const jobs = queues.added;
  const config = testConfig({ CODEDESK_API_TOKEN: API_TOKEN, CLAIM_TTL_MINUTES: '30', ...env });
  const app = await buildApp({ db: scratch.db, config, queues });
  return {
    scratch,
    app,
    jobs,
    auth: { authorization: `Bearer ${API_TOKEN}` },
    async close() {
      await app.close();
      await scratch.drop();
    },
  };
}

/** A test file's harness, closed after its tests. */
export const apiSuite = (env: NodeJS.ProcessEnv = {}): ApiHarness =>
  forFile(
    () => apiHarness(env),
    (h) => h.close(),
  );
