// Ingest attempts, counted in the message's own row, because a worker that crashes (out of memory,
// killed) or stalls (its event loop blocked past BullMQ's lock) never runs a `failed` handler: the
// only trace it leaves is an attempt that started and never ended. The next attempt finds that mark
// and counts it; after too many, ingest quarantines the message instead of trying it again.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { executePrepared } from '../db/prepared.js';

export interface IngestAttempt {
  id: string;
  size: number;
  sourceInParts: boolean;
  /** Earlier attempts that crashed or timed out. */
  failures: number;
  /** The source, when it is in the row and within `maxBytes`; null otherwise (it is never parsed). */
  raw: Buffer | null;
}

/** Marks an attempt as started, counting an earlier one that never ended; undefined when the message
 * is not waiting for ingest. One prepared statement: it runs once per message. */
export async function beginIngestAttempt(
  db: Kysely<Database>,
  key: { mailboxId: number; uidValidity: string; uid: string },
  maxBytes: number,
): Promise<IngestAttempt | undefined> {
  const query = db
    .updateTable('inbound_messages')
    .set({
      ingest_failures: sql`ingest_failures + (ingest_started_at is not null)::int`,
      ingest_started_at: sql`now()`,
    })
    .where('mailbox_id', '=', key.mailboxId)
    .where('uid_validity', '=', key.uidValidity)
    .where('uid', '=', key.uid)
    .where('state', '=', 'stored')
    .returning([
      'id',
      'size',
      'source_in_parts',
      'ingest_failures',
      sql<Buffer | null>`case when size <= ${maxBytes} and not source_in_parts then raw end`.as('raw'),
    ]);
  const row = (await executePrepared(db, query.compile())).rows[0];
  if (!row) return undefined;
  return {
    id: row.id,
    size: row.size,
    sourceInParts: row.source_in_parts,
    failures: row.ingest_failures,
    raw: row.raw,
  };
}

/** An attempt that ended, well or with an ordinary error (BullMQ retries those; they are no crash). */
export async function endIngestAttempt(db: Kysely<Database>, id: string): Promise<void> {
  await db.updateTable('inbound_messages').set({ ingest_started_at: null }).where('id', '=', id).execute();
}

/** An attempt that timed out: counted at once. Returns the failures so far. */
export async function countTimedOutAttempt(db: Kysely<Database>, id: string): Promise<number> {
  const row = await db
    .updateTable('inbound_messages')
    .set({ ingest_failures: sql`ingest_failures + 1`, ingest_started_at: null })
    .where('id', '=', id)
    .returning('ingest_failures')
    .executeTakeFirstOrThrow();
  return row.ingest_failures;
}
