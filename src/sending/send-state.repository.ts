// The state changes of a send, each one conditional update (or one transaction), so that every reply
// moves queued -> sending -> sent | failed (or back to queued for a retry) and never goes out twice.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { OutboxRow } from '../db/schema/core.js';
import { moveConsult, recordAudit } from '../repositories/consult.repository.js';

/**
 * Claims a queued row and moves its consult approved -> sending in one transaction: a failure between
 * the two can no longer leave the row claimed and the consult "Approved" for ever. Null when another
 * attempt already has the row, or it went out.
 */
export async function claimForSending(db: Kysely<Database>, outboxId: string): Promise<OutboxRow | null> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('outbox')
      .set((eb) => ({ state: 'sending', attempts: eb('attempts', '+', 1), claimed_at: new Date() }))
      .where('id', '=', outboxId)
      .where('state', '=', 'queued')
      .returningAll()
      .executeTakeFirst();
    if (row?.kind === 'reply') await moveConsult(trx, row.consult_id, ['approved'], 'sending');
    return row ?? null;
  });
}

/** Delivered: the row and its consult say so, in the transaction of the audit entry. */
export async function markSent(trx: Transaction<Database>, row: OutboxRow): Promise<void> {
  await trx
    .updateTable('outbox')
    .set({ state: 'sent', sent_at: new Date(), last_error: null, next_attempt_at: null })
    .where('id', '=', row.id)
    .where('state', '=', 'sending')
    .execute();
  if (row.kind === 'reply') await moveConsult(trx, row.consult_id, ['sending'], 'sent');
  await recordAudit(trx, {
    actor: 'sender',
    action: 'send.sent',
    consultId: row.consult_id,
    draftId: row.draft_id,
    detail: { outboxId: row.id, kind: row.kind, attempt: row.attempts },
  });
}

export type SendFailure =
  | { outcome: 'retry'; nextAttemptAt: Date }
  | { outcome: 'failed'; reason: 'permanent' | 'unknown_outcome' | 'retries_exhausted' | 'compose_failed' };

/**
 * A failed attempt: back to queued with the time of the next attempt, or failed for good. The audit
 * entry keeps ids, codes and counts; the SMTP reply (which often quotes the recipient) stays on the
 * outbox row, which is deleted with the consult.
 */
export async function markAttemptFailed(
  db: Kysely<Database>,
  row: OutboxRow,
  failure: SendFailure,
  smtp: { message: string; responseCode: number | null },
): Promise<void> {
  const retry = failure.outcome === 'retry';
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('outbox')
      .set({
        state: retry ? 'queued' : 'failed',
        last_error: smtp.message,
        next_attempt_at: retry ? failure.nextAttemptAt : null,
        failed_at: retry ? null : new Date(),
      })
      .where('id', '=', row.id)
      .where('state', '=', 'sending')
      .execute();
    if (row.kind === 'reply')
      await moveConsult(trx, row.consult_id, ['sending'], retry ? 'approved' : 'failed');
    await recordAudit(trx, {
      actor: 'sender',
      action:
        failure.outcome === 'retry'
          ? 'send.retry'
          : failure.reason === 'unknown_outcome'
            ? 'send.unknown'
            : 'send.failed',
      consultId: row.consult_id,
      detail: {
        outboxId: row.id,
        kind: row.kind,
        attempt: row.attempts,
        responseCode: smtp.responseCode,
        ...(failure.outcome === 'failed' ? { reason: failure.reason } : {}),
      },
    });
  });
}
