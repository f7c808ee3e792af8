// send: one outbox row -> SMTP. At most once: the row is claimed queued -> sending before the SMTP
// transaction and marked sent after it. A temporary SMTP failure puts it back to queued for BullMQ's
// retry; a permanent one marks it failed. Two outcomes are unknown and never retried blindly: a row
// found stuck in `sending` (the process died mid-send; the sweeper marks it failed) and a connection
// lost after the whole message was handed over (the server may have accepted it before the reply was lost):
// both are marked failed for a person to check.
import { UnrecoverableError } from 'bullmq';
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import type { JobPayloads, JobStatus } from '../queue/jobs.js';
import type { Queues } from '../queue/queues.js';
import { moveConsult, recordAudit } from '../repositories/consult.repository.js';
import { claimForSending } from './outbox.repository.js';
import { refuseRecipient, singleRecipient } from './recipient.js';
import type { SentFolder } from './sent-folder.js';
import { composeRaw, type SmtpError, type SmtpSender } from './smtp-transport.js';

export interface SendDeps {
  db: Kysely<Database>;
  smtp: SmtpSender;
  sentFolder: SentFolder | null;
  queues: Queues | null;
  consult: Config['consult'];
  logger: Logger;
}

export const withoutAddresses = (text: string): string =>
  text.replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g, '[address]');

/** SMTP reply codes 5xx are permanent (RFC 5321 §4.2.1); anything else is worth another try. */
export function isPermanent(err: unknown): boolean {
  const code = (err as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/**
 * After the last byte of the message, only the server's reply to the final dot says whether it took
 * the message (RFC 5321 §4.1.1.4). An error without any SMTP reply from then on (connection dropped,
 * timeout) may follow a delivery, so sending again could deliver twice.
 */
export function outcomeUnknown(err: unknown): boolean {
  const e = err as SmtpError;
  return e.afterMessage === true && typeof e.responseCode !== 'number';
}

export const UNKNOWN_OUTCOME =
  'delivery outcome unknown (connection lost after the message was sent): check the asker received it before resending';

export async function sendJob(deps: SendDeps, payload: JobPayloads['send']): Promise<JobStatus> {
  const { db } = deps;
  const row = await claimForSending(db, payload.outboxId);
  if (!row) return 'skipped';
  if (row.kind === 'reply') await moveConsult(db, row.consult_id, ['approved'], 'sending');
  const to = singleRecipient(row);
  if (!to) {
    await refuseRecipient(db, row);
    deps.logger.warn({ outboxId: row.id, consultId: row.consult_id }, 'reply refused: not one recipient');
    return 'done';
  }
  const raw = await composeRaw({ ...row, to_address: to }, deps.consult);
  try {
    await deps.smtp.send({ from: deps.consult.address, to: [to] }, raw);
  } catch (err) {
    const unknown = outcomeUnknown(err);
    const permanent = unknown || isPermanent(err);
    const smtpError = String((err as Error).message ?? err).slice(0, 400);
    const message = unknown ? `${UNKNOWN_OUTCOME}; ${smtpError}` : smtpError;
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('outbox')
        .set({ state: permanent ? 'failed' : 'queued', last_error: message })
        .where('id', '=', row.id)
        .execute();
      if (row.kind === 'reply')
        await moveConsult(trx, row.consult_id, ['sending'], permanent ? 'failed' : 'approved');
      await recordAudit(trx, {
        actor: 'sender',
        action: unknown ? 'send.unknown' : permanent ? 'send.failed' : 'send.retry',
        consultId: row.consult_id,
        detail: { outboxId: row.id, error: message },
      });
    });
    // SMTP replies often quote the recipient ("550 <asker@...>: unknown user"); the job's error is
    // logged and kept in Redis, so it carries no address (the outbox row keeps the full reply).
    const safe = withoutAddresses(message);
    if (unknown) throw new UnrecoverableError(`not retried, ${safe}`);
    if (permanent) throw new UnrecoverableError(`SMTP refused the message permanently: ${safe}`);
    // The cause stays attached in memory only: BullMQ keeps the message and the stack, not the cause.
    throw new Error(`SMTP send failed, will retry: ${safe}`, { cause: err });
  }
  const reopen = await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('outbox')
      .set({ state: 'sent', sent_at: new Date(), last_error: null })
      .where('id', '=', row.id)
      .execute();
    if (row.kind === 'reply') await moveConsult(trx, row.consult_id, ['sending'], 'sent');
    await recordAudit(trx, {
      actor: 'sender',
      action: 'send.sent',
      consultId: row.consult_id,
      draftId: row.draft_id,
      detail: { outboxId: row.id, kind: row.kind },
    });
    return followUpsWaiting(trx, row.consult_id);
  });
  deps.logger.info({ outboxId: row.id, consultId: row.consult_id }, 'reply sent');
  for (const inboundId of reopen) await deps.queues?.enqueue('draft', { inboundId });
  await deps.sentFolder
    ?.append(raw)
    .catch((err: unknown) =>
      deps.logger.warn({ outboxId: row.id, err: String(err) }, 'could not copy to Sent'),
    );
  return 'done';
}

/** Follow-ups that arrived while the reply was on its way: the consult goes back to drafting. */
async function followUpsWaiting(trx: Kysely<Database>, consultId: string): Promise<string[]> {
  const waiting = await trx
    .selectFrom('inbound_messages')
    .select('id')
    .where('consult_id', '=', consultId)
    .where('state', '=', 'threaded')
    .execute();
  if (waiting.length) await moveConsult(trx, consultId, ['sent'], 'drafting');
  return waiting.map((w) => w.id);
}
