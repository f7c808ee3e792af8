// What every process role shares: config, logger, one database pool, the queues.
import type { Kysely } from 'kysely';
import type pg from 'pg';
import type { Config } from '../config.js';
import { createDb, createPool, type Database } from '../db/database.js';
import { createLogger, type Logger } from '../logger.js';
import { createQueues, type Queues } from '../queue/queues.js';
import { sendJobOptions } from '../sending/send-backoff.js';
import { Shutdown, ShutdownOrder } from '../shutdown.js';

export interface AppContext {
  config: Config;
  logger: Logger;
  pool: pg.Pool;
  db: Kysely<Database>;
  queues: Queues;
  shutdown: Shutdown;
}

export function createContext(config: Config, logger: Logger = createLogger(config.logLevel)): AppContext {
  const pool = createPool(
    config.databaseUrl,
    Math.max(10, config.pipelineConcurrency + 4),
    config.databasePreparedStatements,
  );
  const db = createDb(pool);
  const queues = createQueues(config.redisUrl, { send: sendJobOptions(config.sending) });
  const shutdown = new Shutdown(logger, config.shutdownGraceMs);
  shutdown.add('queues', ShutdownOrder.connections, () => queues.close());
  shutdown.add('database', ShutdownOrder.connections, () => db.destroy());
  return { config, logger, pool, db, queues, shutdown };
}
