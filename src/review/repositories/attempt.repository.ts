// The PostgreSQL side of the attempt counters (sign_in_attempts): used while Redis is unreachable.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { AttemptCounter, AttemptWindow } from '../limits/attempt-counter.js';

export function pgAttemptCounter(db: Kysely<Database>): AttemptCounter {
  return {
    async hit(key, windowMs): Promise<AttemptWindow> {
      // One statement: a lapsed window restarts at 1, a live one counts up.
      const { rows } = await sql<{ count: number; window_ends: Date }>`
        insert into sign_in_attempts as a (key, count, window_ends)
        values (${key}, 1, now() + make_interval(secs => ${windowMs / 1000}))
        on conflict (key) do update set
          count = case when a.window_ends <= now() then 1 else a.count + 1 end,
          window_ends = case when a.window_ends <= now() then excluded.window_ends else a.window_ends end
        returning count, window_ends`.execute(db);
      return { count: rows[0]!.count, resetAt: rows[0]!.window_ends };
    },
    async peek(key) {
      const row = await db
        .selectFrom('sign_in_attempts')
        .select(['count', 'window_ends'])
        .where('key', '=', key)
        .where('window_ends', '>', new Date())
        .executeTakeFirst();
      return row ? { count: row.count, resetAt: row.window_ends } : null;
    },
    async clear(key) {
      await db.deleteFrom('sign_in_attempts').where('key', '=', key).execute();
    },
  };
}

/** Windows that have lapsed count for nothing: the sweeper clears them out. */
export async function deleteLapsedAttempts(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('sign_in_attempts').where('window_ends', '<', new Date()).execute();
}
