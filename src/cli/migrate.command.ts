import { loadConfig } from '../config.js';
import { createDb, createPool } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';

export async function run(): Promise<number> {
  const config = loadConfig();
  const db = createDb(createPool(config.databaseUrl, 1, config.databasePreparedStatements));
  try {
    const applied = await migrateToLatest(db);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
    return 0;
  } finally {
    await db.destroy();
  }
}
