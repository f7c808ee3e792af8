// Producers fail fast: with Redis stopped, an approve still commits and answers, and the sweeper
// enqueues the queued reply once Redis is back. Stops the stack's Redis: run under the shared lock.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepOnce } from '../../../src/app/sweeper.js';
import { createQueues, type Queues } from '../../../src/queue/queues.js';
import { jobIds } from '../../../src/queue/jobs.js';
import { buildApp } from '../../../src/review/app.js';
import { seedConsult } from '../../fixtures/desk/seed.js';
import { consultState } from '../../helpers/consult-state.js';
import { waitFor } from '../../helpers/mailstack.js';
import { createScratchDb, type ScratchDb } from '../../helpers/scratch-db.js';
import { startRedis, stopRedis } from '../../helpers/stack-faults.js';
import { testConfig } from '../../helpers/stack-env.js';
import { testContext } from '../../helpers/test-context.js';

const TOKEN = 'test-api-token-0123456789abcdef';

describe('a producer while Redis is down', () => {
  let scratch: ScratchDb;
  let queues: Queues;
  let app: FastifyInstance;
  const config = testConfig({ CODEDESK_API_TOKEN: TOKEN });

  beforeAll(async () => {
    scratch = await createScratchDb();
    queues = createQueues(config.redisUrl);
    await queues.raw.send.getJobCounts('wait');
    app = await buildApp({ db: scratch.db, config, queues });
  });
  afterAll(async () => {
    await startRedis();
    await app.close();
    await queues.close();
    await scratch.drop();
  });

  it('approves at once, and the sweeper enqueues the send when Redis is back', async () => {
    const s = await seedConsult(scratch.db);
    await stopRedis();

    const started = Date.now();
    const res = await app.inject({
      method: 'POST',
      url: `/api/consults/${s.consultId}/approve`,
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(res.statusCode).toBe(202);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await consultState(scratch.db, s.consultId)).toBe('approved');
    const { outboxId } = res.json<{ outboxId: string }>();

    await startRedis();
    await waitFor(
      () =>
        queues.raw.send.getJobCounts('wait').then(
          () => true,
          () => false,
        ),
      'the producer to reconnect',
      20_000,
    );
    // The sweeper's grace period has passed for this row.
    await scratch.db
      .updateTable('outbox')
      .set({ created_at: new Date(Date.now() - 3_600_000) })
      .where('id', '=', outboxId)
      .execute();
    await sweepOnce(testContext(scratch.db, queues, config), { pipeline: false, sender: true });
    expect(await queues.raw.send.getJob(jobIds.send({ outboxId }))).toBeTruthy();
  });
});
