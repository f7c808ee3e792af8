// BullMQ workers for one queue each; every worker has an error listener (BullMQ: going to production).
import { MetricsTime, Worker, type Job } from 'bullmq';
import type { JobName, JobPayloads, JobStatus } from '../queue/jobs.js';
import { QUEUE_NAMES } from '../queue/jobs.js';
import { workerConnection } from '../queue/queues.js';
import { ShutdownOrder } from '../shutdown.js';
import type { AppContext } from './context.js';

export function startWorker<K extends JobName>(
  ctx: AppContext,
  name: K,
  handler: (payload: JobPayloads[K]) => Promise<JobStatus>,
  concurrency: number,
): Worker {
  const connection = workerConnection(ctx.config.redisUrl);
  const worker = new Worker<JobPayloads[K]>(
    QUEUE_NAMES[name],
    async (job: Job<JobPayloads[K]>) => handler(job.data),
    // BullMQ's per-minute counts (a week of them) give /metrics its completed and failed totals per queue.
    { connection, concurrency, autorun: true, metrics: { maxDataPoints: MetricsTime.ONE_WEEK } },
  );
  worker.on('error', (err) => ctx.logger.error({ queue: name, err: String(err) }, 'worker error'));
  worker.on('failed', (job, err) =>
    ctx.logger.warn(
      { queue: name, jobId: job?.id, attempts: job?.attemptsMade, err: err.message },
      'job failed',
    ),
  );
  ctx.shutdown.add(`worker ${name}`, ShutdownOrder.workers, async () => {
    await worker.close();
    connection.disconnect();
  });
  return worker;
}
