// A session-level advisory lock held on one pooled connection while `fn` runs: processes that share
// the database take turns. The lock goes with the connection if that connection is lost.
import { sql, type Kysely } from 'kysely';
import type { Database } from './database.js';

export async function withAdvisoryLock<T>(
  db: Kysely<Database>,
  key: string,
  fn: () => Promise<T>,
): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(hashtext(${key}))`.execute(conn);
    try {
      return await fn();
    } finally {
      await sql`select pg_advisory_unlock(hashtext(${key}))`.execute(conn);
    }
  });
}
