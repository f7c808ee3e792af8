// Jobs a desk action enqueues once its transaction has committed. The database is the record: when
// Redis is away the enqueue fails fast (the producer connection has no offline queue), the action still
// answers, and the sweeper enqueues the work it finds waiting.
import type { JobName, JobPayloads } from '../../queue/jobs.js';
import type { ReviewDeps } from './review-deps.js';

export async function enqueueAfterCommit<K extends JobName>(
  deps: ReviewDeps,
  name: K,
  payload: JobPayloads[K],
): Promise<void> {
  try {
    await deps.queues?.enqueue(name, payload);
  } catch (err) {
    deps.logger?.warn({ err, job: name, payload }, 'job not enqueued; the sweeper will');
  }
}
