import { Queue, type ConnectionOptions, type JobsOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { jobIds, QUEUE_NAMES, type JobName, type JobPayloads } from './jobs.js';

export interface Queues {
  enqueue<K extends JobName>(name: K, payload: JobPayloads[K]): Promise<void>;
  /** Freshly stored messages, in one round trip without `enqueue`'s look-up for a finished job. Such a
   * job exists only if Redis outlived the database (a restore); the sweeper's `enqueue` then clears it
   * and runs the message again. */
  enqueueNew<K extends JobName>(name: K, payloads: JobPayloads[K][]): Promise<void>;
  raw: Record<JobName, Queue>;
  close(): Promise<void>;
}

const DEFAULT_JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 500 },
  // Completed jobs are dropped soon; the database, not Redis, is the record of what was done.
  removeOnComplete: { age: 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;

/** A connection for workers: BullMQ requires maxRetriesPerRequest null for blocking commands. */
export function workerConnection(redisUrl: string): Redis {
  return new Redis(redisUrl, { maxRetriesPerRequest: null });
}

/** A connection for producers (the desk's approve, the poller, the sweeper): with the offline queue
 * off, an enqueue while Redis is away fails at once instead of holding an HTTP answer until Redis is
 * back. The database row is already committed, and the sweeper enqueues it later. */
export function producerConnection(redisUrl: string): Redis {
  return new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
}

// Producers share one connection. `jobOptions` overrides the defaults per queue (the send queue's
// attempts and backoff are configured).
export function createQueues(
  redisUrl: string,
  jobOptions: Partial<Record<JobName, JobsOptions>> = {},
): Queues {
  const connection: ConnectionOptions = producerConnection(redisUrl);
  const raw = Object.fromEntries(
    (Object.keys(QUEUE_NAMES) as JobName[]).map((n) => [
      n,
      new Queue(QUEUE_NAMES[n], {
        connection,
        defaultJobOptions: { ...DEFAULT_JOB_OPTIONS, ...jobOptions[n] },
      }),
    ]),
  ) as Record<JobName, Queue>;
  return {
    raw,
    async enqueue(name, payload) {
      const idOf = jobIds[name] as (p: typeof payload) => string;
      const jobId = idOf(payload);
      // A job that already finished (kept for an hour when completed, a week when failed) would make
      // `add` a silent no-op, so work re-enqueued by the sweeper or a quarantine release would never
      // run again. The handlers re-check state, so running finished work again is harmless.
      const previous = await raw[name].getJob(jobId);
      if (previous && ((await previous.isFailed()) || (await previous.isCompleted())))
        await previous.remove().catch(() => undefined);
      await raw[name].add(name, payload, { jobId });
    },
    async enqueueNew(name, payloads) {
      if (payloads.length === 0) return;
      const idOf = jobIds[name] as (p: (typeof payloads)[number]) => string;
      await raw[name].addBulk(payloads.map((data) => ({ name, data, opts: { jobId: idOf(data) } })));
    },
    async close() {
      await Promise.all(Object.values(raw).map((q) => q.close()));
      (connection as Redis).disconnect();
    },
  };
}
