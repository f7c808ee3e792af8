// A fresh, migrated database for a suite that writes: created on the local stack's PostgreSQL and
// dropped afterwards, so suites never see each other's rows.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { createDb, createPool, type Database } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { stackEnv } from './stack-env.js';

export interface ScratchDb {
  url: string;
  db: Kysely<Database>;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = new URL(stackEnv.TEST_DATABASE_URL ?? '');
  url.pathname = '/postgres';
  return url.toString();
}

export async function createScratchDb(): Promise<ScratchDb> {
  const name = `codedesk_t_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(stackEnv.TEST_DATABASE_URL ?? '');
  url.pathname = `/${name}`;
  const pool = createPool(url.toString(), 5);
  // `drop database ... with (force)` may end a pooled connection that is still closing; that is expected.
  pool.on('error', () => undefined);
  const db = createDb(pool);
  await migrateToLatest(db);
  return {
    url: url.toString(),
    db,
    async drop() {
      await db.destroy();
      const c = new pg.Client({ connectionString: adminUrl() });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
