// The reads behind GET /healthz: cheap, and each answers one component's question.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';

export async function pingDatabase(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db);
}

/** When any mailbox folder was last polled; null before the first poll. */
export async function lastMailboxPoll(db: Kysely<Database>): Promise<Date | null> {
  const box = await db
    .selectFrom('mailboxes')
    .select('last_polled_at')
    .orderBy('last_polled_at', 'desc')
    .executeTakeFirst();
  return box?.last_polled_at ?? null;
}
