// Runs once before all suites: migrates the test database and loads the shipped reference data
// (the real CMS/CDC files) when it is not loaded yet, so every suite sees the same facts.
import { createDb, createPool } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { testConfig } from './helpers/stack-env.js';

export default async function setup(): Promise<void> {
  const config = testConfig();
  const db = createDb(createPool(config.databaseUrl, 2));
  try {
    await migrateToLatest(db);
    const { ensureSampleLoaded } = await import('../src/refdata/sample.js');
    await ensureSampleLoaded(db, config.refdataDir);
  } finally {
    await db.destroy();
  }
}
