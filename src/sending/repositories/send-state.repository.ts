// The state changes of a send, each one conditional update (or one transaction), so that every reply
// moves queued -> sending -> sent | failed (or back to queued for a retry) and never goes out twice.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.js';
import { CONSULT, OUTBOX } from '../../lifecycle/transitions.js';
import { recordAudit } from '../../repositories/audit.repository.js';
import { moveConsult } from '../../repositories/consult.repository.js';
import { RECIPIENT_REFUSED } from '../recipient.js';
import { outboxMessageOf, type OutboxMessage } from './outbox.repository.js';

/**
 * Claims a queued row and moves its consult approved -> sending in one transaction: a failure between
 * the two can no longer leave the row claimed and the consult "Approved" for ever. Null when another
 * attempt already has the row, or it went out.
 */
export async function claimForSending(
  db: Kysely<Database>,
  outboxId: string,
  senderId: number | null,
): Promise<OutboxMessage | null> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('outbox')
      .set((eb) => ({
        state: OUTBOX.claim.to,
        attempts: eb('attempts', '+', 1),
        claimed_at: new Date(),
        claimed_by: senderId,
        handed_over_at: null,
      }))
      .where('id', '=', outboxId)
      .where('state', 'in', OUTBOX.claim.from)
      .returningAll()
      .executeTakeFirst();
    if (row?.kind === 'reply') await moveConsult(trx, row.consult_id, CONSULT.sendClaimed);
    return row ? outboxMessageOf(row) : null;
  });
}

/**
 * Just before the final dot: the claim is still this attempt's (no one settled it meanwhile), and from
 * now on the server may take the message. False when the claim was lost: the dot must not be sent.
 */
export async function markHandedOver(db: Kysely<Database>, row: OutboxMessage): Promise<boolean> {
  const updated = await db
    .updateTable('outbox')
    .set({ handed_over_at: new Date() })
    .where('id', '=', row.id)
    .where('state', '=', 'sending')
    .where('attempts', '=', row.attempts)
    .executeTakeFirst();
  return updated.numUpdatedRows > 0n;
}

/**
 * Delivered: the row and its consult say so, in the transaction of the audit entry. Only this attempt's
 * claim (`attempts` counts claims) is marked; false when the row was settled otherwise meanwhile.
 */
export async function markSent(
  trx: Transaction<Database>,
  row: OutboxMessage,
  by: { actor: string; detail?: Record<string, unknown> } = { actor: 'sender' },
): Promise<boolean> {
  const updated = await trx
    .updateTable('outbox')
    .set({ state: OUTBOX.sent.to, sent_at: new Date(), last_error: null, next_attempt_at: null })
    .where('id', '=', row.id)
    .where('state', 'in', OUTBOX.sent.from)
    .where('attempts', '=', row.attempts)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) return false;
  if (row.kind === 'reply') await moveConsult(trx, row.consultId, CONSULT.sent);
  await recordAudit(trx, {
    actor: by.actor,
    action: OUTBOX.sent.action,
    consultId: row.consultId,
    draftId: row.draftId,
    detail: { outboxId: row.id, kind: row.kind, attempt: row.attempts, ...by.detail },
  });
  return true;
}

export type SendFailure =
  | { outcome: 'retry'; nextAttemptAt: Date }
  | {
      outcome: 'failed';
      reason: 'permanent' | 'unknown_outcome' | 'retries_exhausted' | 'compose_failed' | 'no_copy_found';
    };

/**
 * A failed attempt: back to queued with the time of the next attempt, or failed for good. The audit
 * entry keeps ids, codes and counts; the SMTP reply (which often quotes the recipient) stays on the
 * outbox row, which is deleted with the consult.
 */
export async function markAttemptFailed(
  db: Kysely<Database>,
  row: OutboxMessage,
  failure: SendFailure,
  smtp: { message: string; responseCode: number | null },
  actor = 'sender',
): Promise<void> {
  const retry = failure.outcome === 'retry';
  const unknown =
    failure.outcome === 'failed' &&
    (failure.reason === 'unknown_outcome' || failure.reason === 'no_copy_found');
  const t = retry ? OUTBOX.retry : unknown ? OUTBOX.stuck : OUTBOX.fail;
  await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('outbox')
      .set({
        state: t.to,
        last_error: smtp.message,
        next_attempt_at: retry ? failure.nextAttemptAt : null,
        failed_at: retry ? null : new Date(),
      })
      .where('id', '=', row.id)
      .where('state', 'in', t.from)
      .where('attempts', '=', row.attempts)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) return;
    if (row.kind === 'reply')
      await moveConsult(trx, row.consultId, retry ? CONSULT.sendRetry : CONSULT.sendFailed);
    await recordAudit(trx, {
      actor,
      action: t.action,
      consultId: row.consultId,
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

/** Marks a claimed row failed, never to be retried: a person must look at the consult's address. */
export async function refuseRecipient(
  db: Kysely<Database>,
  row: Pick<OutboxMessage, 'id' | 'kind' | 'consultId'>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('outbox')
      .set({ state: OUTBOX.refuse.to, last_error: RECIPIENT_REFUSED, failed_at: new Date() })
      .where('id', '=', row.id)
      .where('state', 'in', OUTBOX.refuse.from)
      .execute();
    if (row.kind === 'reply') await moveConsult(trx, row.consultId, CONSULT.sendRefused);
    await recordAudit(trx, {
      actor: 'sender',
      action: OUTBOX.refuse.action,
      consultId: row.consultId,
      detail: { outboxId: row.id, kind: row.kind, reason: 'not_one_recipient' },
    });
  });
}
