// The business-key job ids dedupe pending work; they must not swallow work whose earlier job finished.
import { Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUEUE_NAMES } from '../../../src/queue/jobs.js';
import { createQueues, workerConnection, type Queues } from '../../../src/queue/queues.js';
import { testConfig } from '../../helpers/stack-env.js';

// A Redis database of its own, so the queues of other suites are never touched.
const redisUrl = testConfig().redisUrl.replace(/\/\d+$/, '') + '/11';

describe('enqueueing work by its business key', () => {
  let queues: Queues;
  const runs: string[] = [];
  let fail = true;
  let worker: Worker;

  beforeAll(async () => {
    queues = createQueues(redisUrl);
    await queues.raw.send.obliterate({ force: true });
    worker = new Worker(
      QUEUE_NAMES.send,
      async (job) => {
        runs.push(job.id!);
        if (fail) throw new Error('smtp down');
      },
      { connection: workerConnection(redisUrl) },
    );
  });
  afterAll(async () => {
    await worker.close();
    await queues.raw.send.obliterate({ force: true });
    await queues.close();
  });

  const settled = async (id: string) => {
    for (let i = 0; i < 100; i++) {
      const job = await queues.raw.send.getJob(id);
      if (job && ((await job.isFailed()) || (await job.isCompleted()))) return job;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`job ${id} did not settle`);
  };

  it('is a no-op while the same work is still waiting', async () => {
    await worker.pause();
    await queues.enqueue('send', { outboxId: '7' });
    await queues.enqueue('send', { outboxId: '7' });
    expect(await queues.raw.send.getJobCounts('waiting')).toEqual({ waiting: 1 });
    await queues.raw.send.obliterate({ force: true });
    await worker.resume();
  });

  it('runs the work again when its earlier job failed every attempt (the sweeper re-enqueues it)', async () => {
    await queues.raw.send.add('send', { outboxId: '8' }, { jobId: 'send-8', attempts: 1 });
    await settled('send-8');
    fail = false;
    await queues.enqueue('send', { outboxId: '8' });
    const again = await settled('send-8');
    expect(await again.isCompleted()).toBe(true);
    expect(runs.filter((r) => r === 'send-8')).toHaveLength(2);
  });
});
