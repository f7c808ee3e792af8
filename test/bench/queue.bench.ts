// The queue's own cost: one `ingest` job per message, enqueued in bulk as the poller does and run by a
// worker with the pipeline's concurrency, with nothing in the job. CPU milliseconds per job in this
// process (BullMQ + ioredis) and in Redis: the share of the pipeline bench's cpuMsPerMessage that one
// job per message costs whatever the job does. On a Redis database of its own, emptied before and after.
import { Worker } from 'bullmq';
import { createQueues, workerConnection } from '../../src/queue/queues.js';
import { QUEUE_NAMES, type JobPayloads } from '../../src/queue/jobs.js';
import { stackEnv } from '../helpers/stack-env.js';
import { cpuPerMessage, cpuSnapshot } from './cpu-budget.js';

const JOBS = Number(process.env.BENCH_QUEUE_JOBS ?? 5000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const BULK = 250; // the poller's batch

function scratchRedisUrl(): string {
  const url = new URL(stackEnv.TEST_REDIS_URL!);
  url.pathname = '/9';
  return url.toString();
}

export default async function bench(): Promise<Record<string, unknown>> {
  const redisUrl = scratchRedisUrl();
  const admin = workerConnection(redisUrl);
  await admin.flushdb();
  const queues = createQueues(redisUrl);
  const payloads: JobPayloads['ingest'][] = Array.from({ length: JOBS }, (_, i) => ({
    mailboxId: 1,
    uidValidity: '1',
    uid: String(i + 1),
  }));
  const before = cpuSnapshot();
  const started = performance.now();
  for (let i = 0; i < JOBS; i += BULK) await queues.enqueueNew('ingest', payloads.slice(i, i + BULK));
  let ran = 0;
  let allRan!: () => void;
  const finished = new Promise<void>((resolve) => (allRan = resolve));
  const connection = workerConnection(redisUrl);
  const worker = new Worker(
    QUEUE_NAMES.ingest,
    async () => {
      if (++ran === JOBS) allRan();
      return 'done';
    },
    { connection, concurrency: CONCURRENCY },
  );
  await finished;
  await worker.close(); // the last completions are written before close resolves
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuPerMessage(before, cpuSnapshot(), JOBS);
  await queues.close();
  connection.disconnect();
  await admin.flushdb();
  admin.disconnect();
  return {
    jobs: JOBS,
    concurrency: CONCURRENCY,
    jobsPerSecond: Math.round(JOBS / seconds),
    // enqueue + run + complete, per job
    cpuMsPerJob: { benchProcess: cpu.benchProcess, redis: cpu.redis },
  };
}
