// Runs one ingest job in a process of its own that dies by SIGKILL (as an out-of-memory kill ends a
// worker) the moment the job writes its outcome: a worker that crashed mid-job, for the crash tests.
// Usage: node --import tsx test/helpers/ingest-child.ts <database url> <ingest payload as JSON>
import type pg from 'pg';
import { createDb, createPool } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { ingestJob } from '../../src/pipeline/ingest.job.js';
import { recordingQueues } from './recording-queues.js';
import { testConfig } from './stack-env.js';

const [databaseUrl, payload] = process.argv.slice(2);
const OUTCOME = /insert into "?consults"?/i;

const pool = createPool(databaseUrl!, 2);
pool.on('connect', (client: pg.PoolClient) => {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as { query: unknown }).query = (...args: unknown[]) => {
    const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string })?.text;
    if (text && OUTCOME.test(text)) process.kill(process.pid, 'SIGKILL');
    return query(...args);
  };
});
const db = createDb(pool);
await ingestJob(
  { db, queues: recordingQueues(), config: testConfig(), logger: createLogger('silent') },
  JSON.parse(payload!),
);
await db.destroy();
