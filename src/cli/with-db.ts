import type { Kysely } from 'kysely';
import { loadConfig } from '../config.js';
import { createDb, createPool, type Database } from '../db/database.js';

/** Runs one CLI command on a one-connection pool to the configured database, closed afterwards. */
export async function withDb(work: (db: Kysely<Database>) => Promise<number>): Promise<number> {
  const config = loadConfig();
  const db = createDb(createPool(config.databaseUrl, 1, config.databasePreparedStatements));
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}
