// A sending suite's scratch database and send queue, the queue on a Redis database of the suite's own
// and emptied before and after: opened before the file's tests, closed after them.
import { afterAll, beforeAll } from 'vitest';
import { createQueues, type Queues } from '../../../src/queue/queues.js';
import { createScratchDb, type ScratchDb } from '../../helpers/scratch-db.js';

export interface SendQueueSuite {
  scratch: ScratchDb;
  queues: Queues;
}

/** Its fields are filled in when that `beforeAll` has run. */
export function sendQueueSuite(redisUrl: string): SendQueueSuite {
  const suite = {} as SendQueueSuite;
  beforeAll(async () => {
    suite.scratch = await createScratchDb();
    suite.queues = createQueues(redisUrl);
    await suite.queues.raw.send.obliterate({ force: true });
  });
  afterAll(async () => {
    await suite.queues.raw.send.obliterate({ force: true });
    await suite.queues.close();
    await suite.scratch.drop();
  });
  return suite;
}
