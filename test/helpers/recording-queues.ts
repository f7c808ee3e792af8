// A Queues double that records what a job enqueues; the real queues are exercised by the poller and
// end-to-end suites.
import type { JobName, JobPayloads } from '../../src/queue/jobs.js';
import type { Queues } from '../../src/queue/queues.js';

export type RecordingQueues = Queues & { added: { name: JobName; payload: unknown }[] };

export function recordingQueues(): RecordingQueues {
  const added: RecordingQueues['added'] = [];
  return {
    added,
    raw: {} as Queues['raw'],
    async enqueue<K extends JobName>(name: K, payload: JobPayloads[K]) {
      added.push({ name, payload });
    },
    async enqueueNew<K extends JobName>(name: K, payloads: JobPayloads[K][]) {
      for (const payload of payloads) added.push({ name, payload });
    },
    async close() {},
  };
}
