// The rows a dead sender left in `sending`, and the one state change that needs no mailbox to decide:
// a claim whose message never reached the server whole goes back to the queue.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { OutboxRow } from '../../db/schema/core.js';
import { stateLit } from '../../lifecycle/sql.js';
import { CONSULT, OUTBOX } from '../../lifecycle/transitions.js';
import { recordAudit } from '../../repositories/audit.repository.js';
import { moveConsult } from '../../repositories/consult.repository.js';
import { RELEASED_CLAIM } from '../sender-presence.js';
import { outboxMessageOf, type OutboxMessage } from './outbox.repository.js';
import { SENDER_LOCK_CLASS } from './sender-lock.repository.js';

/**
 * Rows in `sending` whose claim no live sender holds (its process's advisory lock can be taken: it
 * died, or lost its database connection), or claimed `staleAfterSeconds` ago: longer than any SMTP
 * transaction lasts, so its process failed to record the outcome (a row claimed before claims named
 * their sender is judged this way too).
 */
export async function listAbandonedSends(
  db: Kysely<Database>,
  staleAfterSeconds: number,
): Promise<OutboxMessage[]> {
  const staleBefore = new Date(Date.now() - staleAfterSeconds * 1000);
  // Transaction-level locks: taken only to learn that no one holds them, released at commit.
  return db.transaction().execute(async (trx) => {
    const rows = await sql<OutboxRow>`
      select * from outbox
       where state = ${stateLit(OUTBOX.claim.to)}
         and (claimed_at < ${staleBefore}
              or (claimed_by is not null and pg_try_advisory_xact_lock(${SENDER_LOCK_CLASS}, claimed_by)))
       order by id`.execute(trx);
    return rows.rows.map(outboxMessageOf);
  });
}

/**
 * The sender died before the final dot (`handed_over_at` is written just before it): the server
 * discarded the unfinished transaction (RFC 5321 §3.8), so the reply can go again without reaching the
 * asker twice. Only this claim (`attempts`) is moved; false when the row was settled meanwhile.
 */
export async function requeueNeverHandedOver(db: Kysely<Database>, row: OutboxMessage): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('outbox')
      .set({ state: OUTBOX.requeue.to, next_attempt_at: null, claimed_by: null })
      .where('id', '=', row.id)
      .where('state', 'in', OUTBOX.requeue.from)
      .where('attempts', '=', row.attempts)
      .where('handed_over_at', 'is', null)
      .where('claimed_by', 'is not', null)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) return false;
    if (row.kind === 'reply') await moveConsult(trx, row.consultId, CONSULT.sendRequeued);
    await recordAudit(trx, {
      actor: 'sweeper',
      action: OUTBOX.requeue.action,
      consultId: row.consultId,
      detail: { outboxId: row.id, kind: row.kind, attempt: row.attempts, reason: 'sender_stopped' },
    });
    return true;
  });
}

/**
 * The connection was lost after the final dot, before the server's answer: the server may have taken
 * the message. The claim is given up, still in `sending`, for the sweeper to settle by its copy.
 */
export async function releaseForSettling(
  db: Kysely<Database>,
  row: OutboxMessage,
  error: string,
): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ claimed_by: RELEASED_CLAIM, last_error: error })
    .where('id', '=', row.id)
    .where('state', '=', 'sending')
    .where('attempts', '=', row.attempts)
    .execute();
}
