// The context a sweeper or a job gets in a test: the test's database and queues and a silent logger.
// No pool: the scratch database owns its connections and closes them.
import type { Kysely } from 'kysely';
import type { AppContext } from '../../src/app/context.js';
import type { Config } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import type { Queues } from '../../src/queue/queues.js';
import { Shutdown } from '../../src/shutdown.js';
import { testConfig } from './stack-env.js';

export function testContext(db: Kysely<Database>, queues: Queues, config: Config = testConfig()): AppContext {
  const logger = createLogger('silent');
  return { config, logger, pool: null as never, db, queues, shutdown: new Shutdown(logger) };
}
