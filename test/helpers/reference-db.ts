// The test database as the global setup left it, loaded with reference data: for suites that only
// read it. Closed after the file's tests.
import type { Kysely } from 'kysely';
import { afterAll } from 'vitest';
import { createDb, createPool, type Database } from '../../src/db/database.js';
import { testConfig } from './stack-env.js';

export function referenceDb(): Kysely<Database> {
  const db = createDb(createPool(testConfig().databaseUrl, 2));
  afterAll(() => db.destroy());
  return db;
}
