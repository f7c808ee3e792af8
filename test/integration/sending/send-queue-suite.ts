// A sending suite's scratch database and send queue, the queue on a Redis database of the suite's own
// and emptied before and after: opened before the file's tests, closed after them.
import { createQueues, type Queues } from '../../../src/queue/queues.js';
import { forFile } from '../../helpers/for-file.js';
import { createScratchDb, type ScratchDb } from '../../helpers/scratch-db.js';

export interface SendQueueSuite {
  scratch: ScratchDb;
  queues: Queues;
}

export function sendQueueSuite(redisUrl: string): SendQueueSuite {
  return forFile(
    async () => {
      const scratch = await createScratchDb();
      const queues = createQueues(redisUrl);
      await queues.raw.send.obliterate({ force: true });
      return { scratch, queues };
    },
    async ({ scratch, queues }) => {
      await queues.raw.send.obliterate({ force: true });
      await queues.close();
      await scratch.drop();
    },
  );
}
