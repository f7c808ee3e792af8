// send: one outbox row -> SMTP. At most once: the row is claimed queued -> sending (with its consult
// approved -> sending, in one transaction, naming this sender process) before the SMTP transaction,
// marked handed over just before the final dot (only while the claim is still this attempt's), and
// marked sent after it. A row a dead sender left claimed is settled by send-settle.ts. The
// message is composed before the claim, so nothing but the SMTP transaction itself runs while a row
// is claimed. A temporary SMTP failure puts the row back to queued for BullMQ's retry, with exponential
// backoff, until the configured number of attempts is spent; then, or on a permanent failure, the row
// is failed and the desk shows an alert. A connection lost after the whole message was handed over
// (the server may have accepted it before the reply was lost) is never retried blindly: the claim is
// given up for the sweeper to settle by the reply's copy (sent, or failed for a person to check).
import { UnrecoverableError } from 'bullmq';
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import type { JobPayloads, JobStatus } from '../queue/jobs.js';
import type { Queues } from '../queue/queues.js';
import { findOutbox, type OutboxMessage } from './repositories/outbox.repository.js';
import { singleRecipient } from './recipient.js';
import { backoffMs } from './send-backoff.js';
import { releaseForSettling } from './repositories/send-settle.repository.js';
import { followUpsWaiting } from './follow-ups.js';
import {
  claimForSending,
  markAttemptFailed,
  markHandedOver,
  markSent,
  refuseRecipient,
  type SendFailure,
} from './repositories/send-state.repository.js';
import type { SentFolder } from './sent-folder.js';
import { composeRaw, type SmtpError, type SmtpSender } from './smtp-transport.js';

export interface SendDeps {
  db: Kysely<Database>;
  smtp: SmtpSender;
  sentFolder: SentFolder | null;
  queues: Queues | null;
  consult: Config['consult'];
  sending: Config['sending'];
  /** This process's id in `outbox.claimed_by` (sender-presence.ts); null where none is kept. */
  senderId: number | null;
  logger: Logger;
}

/** The claim was settled by someone else before the final dot: the message was not sent. */
class ClaimLost extends Error {}

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
  'delivery outcome unknown (connection lost after the message was sent): settled by its copy in the mailbox';

export async function sendJob(deps: SendDeps, payload: JobPayloads['send']): Promise<JobStatus> {
  const { db } = deps;
  const queued = await findOutbox(db, payload.outboxId);
  if (queued?.state !== 'queued') return 'skipped';
  const to = singleRecipient(queued);
  const composed = to ? await compose(deps, { ...queued, toAddress: to }) : null;
  const row = await claimForSending(db, queued.id, deps.senderId);
  if (!row) return 'skipped';
  if (!to) {
    await refuseRecipient(db, row);
    deps.logger.warn({ outboxId: row.id, consultId: row.consultId }, 'reply refused: not one recipient');
    return 'done';
  }
  if (!(composed instanceof Buffer))
    throw await attemptFailed(deps, row, composed, { outcome: 'failed', reason: 'compose_failed' });
  const raw = composed;
  const copyTo = deps.sending.copyToSelf ? deps.consult.address : undefined;
  try {
    await deps.smtp.send({ from: deps.consult.address, to: [to], copyTo }, raw, async () => {
      if (!(await markHandedOver(db, row))) throw new ClaimLost('claim settled by the sweeper');
    });
  } catch (err) {
    if (err instanceof ClaimLost) {
      deps.logger.warn({ outboxId: row.id }, 'claim settled elsewhere before the final dot; not sent');
      return 'skipped';
    }
    throw await attemptFailed(deps, row, err);
  }
  const reopen = await afterDelivery(() =>
    db.transaction().execute(async (trx) => {
      // Already settled as sent by the sweeper (this process lost its database connection meanwhile).
      if (!(await markSent(trx, row))) return [];
      return followUpsWaiting(trx, row.consultId);
    }),
  );
  deps.logger.info({ outboxId: row.id, consultId: row.consultId }, 'reply sent');
  for (const inboundId of reopen) await deps.queues?.enqueue('draft', { inboundId });
  await deps.sentFolder
    ?.append(raw)
    .catch((err: unknown) =>
      deps.logger.warn({ outboxId: row.id, err: String(err) }, 'could not copy to Sent'),
    );
  return 'done';
}

/** The message's bytes, or the error: composing is deterministic, so a failure is never retried. */
async function compose(deps: SendDeps, row: OutboxMessage): Promise<Buffer | Error> {
  return composeRaw(row, deps.consult).catch((err: unknown) =>
    err instanceof Error ? err : new Error(String(err)),
  );
}

/** What a failed SMTP transaction means for the row: failed for good, or retried after a wait. */
export function failureOf(err: unknown, attempts: number, sending: Config['sending']): SendFailure {
  if (outcomeUnknown(err)) return { outcome: 'failed', reason: 'unknown_outcome' };
  if (isPermanent(err)) return { outcome: 'failed', reason: 'permanent' };
  if (attempts >= sending.maxAttempts) return { outcome: 'failed', reason: 'retries_exhausted' };
  return {
    outcome: 'retry',
    nextAttemptAt: new Date(Date.now() + backoffMs(sending.retryDelayMs, attempts)),
  };
}

/** Records a failed attempt and returns the error the job ends with. */
async function attemptFailed(
  deps: SendDeps,
  row: OutboxMessage,
  err: unknown,
  failure = failureOf(err, row.attempts, deps.sending),
): Promise<Error> {
  const smtpError = String((err as Error).message ?? err).slice(0, 400);
  const unknown = failure.outcome === 'failed' && failure.reason === 'unknown_outcome';
  const message = unknown ? `${UNKNOWN_OUTCOME}; ${smtpError}` : smtpError;
  const responseCode = (err as SmtpError).responseCode ?? null;
  if (unknown) await releaseForSettling(deps.db, row, message);
  else await markAttemptFailed(deps.db, row, failure, { message, responseCode });
  // SMTP replies often quote the recipient ("550 <asker@...>: unknown user"); the job's error is
  // logged and kept in Redis, so it carries no address (the outbox row keeps the full reply).
  const safe = withoutAddresses(message);
  if (failure.outcome === 'retry')
    // The cause stays attached in memory only: BullMQ keeps the message and the stack, not the cause.
    return new Error(`SMTP send failed, will retry: ${safe}`, { cause: err });
  if (failure.reason === 'unknown_outcome') return new UnrecoverableError(`not retried, ${safe}`);
  if (failure.reason === 'permanent')
    return new UnrecoverableError(`SMTP refused the message permanently: ${safe}`);
  if (failure.reason === 'compose_failed')
    return new UnrecoverableError(`could not compose the message: ${safe}`);
  return new UnrecoverableError(`gave up after ${row.attempts} attempts: ${safe}`);
}

/**
 * The reply went out: recording it must not be lost to a passing database error, or the row would stay
 * in `sending` and end as "outcome unknown". A few quick tries, then the sweeper's judgement.
 */
async function afterDelivery<T>(write: () => Promise<T>, tries = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (err) {
      if (attempt >= tries) throw err;
      await new Promise((r) => setTimeout(r, 250 * attempt));
    }
  }
}
