// The advisory locks that show which sender processes are alive (sender-presence.ts): one per process,
// in a lock class of their own, keyed by the id the process writes as `outbox.claimed_by`.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';

export const SENDER_LOCK_CLASS = sql`hashtext('codedesk.sender')`;

/** Waits for the process's lock on `conn`, a connection held for as long as the process runs. */
export async function takeSenderLock(conn: Kysely<Database>, senderId: number): Promise<void> {
  await sql`select pg_advisory_lock(${SENDER_LOCK_CLASS}, ${senderId})`.execute(conn);
}

export async function releaseSenderLock(conn: Kysely<Database>, senderId: number): Promise<void> {
  await sql`select pg_advisory_unlock(${SENDER_LOCK_CLASS}, ${senderId})`.execute(conn);
}
