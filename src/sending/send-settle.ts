// Replies a dead sender left in `sending` settle themselves, and none goes out twice:
// - never handed over (no `handed_over_at`): the server never had the whole message; queued again;
// - handed over, and a copy with its Message-ID is in the mailbox (sent-copies.ts): `sent`;
// - handed over, no copy `copyWaitSeconds` after the hand-over: `failed`, with a desk alert, for a
//   person to check (the server may have taken it and kept no copy);
// - the mailbox cannot be read: left in `sending` and looked for again on the next sweep.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import type { Queues } from '../queue/queues.js';
import { followUpsWaiting } from './follow-ups.js';
import type { OutboxMessage } from './repositories/outbox.repository.js';
import { listAbandonedSends, requeueNeverHandedOver } from './repositories/send-settle.repository.js';
import { markAttemptFailed, markSent } from './repositories/send-state.repository.js';
import type { CopyFinder } from './sent-copies.js';

export const NO_COPY_FOUND =
  'delivery outcome unknown (the message was handed to the server, its answer never came, and no copy of it was found in the mailbox): check the asker received it before resending';

export interface SettleDeps {
  db: Kysely<Database>;
  finder: CopyFinder;
  queues: Pick<Queues, 'enqueue'> | null;
  logger: Logger;
}

export interface SettleOptions {
  /** How long a copy may take to arrive after the hand-over before its absence counts. */
  copyWaitSeconds: number;
  /** A claim this old is judged even if its sender lives (it failed to record the outcome). */
  staleAfterSeconds: number;
}

export const SETTLE_DEFAULTS: SettleOptions = { copyWaitSeconds: 60, staleAfterSeconds: 300 };

export interface SettleResult {
  requeued: number;
  sent: number;
  failed: number;
  /** Handed over, no copy yet: looked for again next time. */
  waiting: number;
  /** The mailbox could not be searched: looked for again next time. */
  unknowable: number;
}

export async function settleAbandonedSends(
  deps: SettleDeps,
  options: SettleOptions = SETTLE_DEFAULTS,
): Promise<SettleResult> {
  const result: SettleResult = { requeued: 0, sent: 0, failed: 0, waiting: 0, unknowable: 0 };
  const handedOver: OutboxMessage[] = [];
  for (const row of await listAbandonedSends(deps.db, options.staleAfterSeconds)) {
    if (row.claimedBy !== null && row.handedOverAt === null) {
      if (!(await requeueNeverHandedOver(deps.db, row))) continue;
      await deps.queues?.enqueue('send', { outboxId: row.id });
      result.requeued++;
    } else handedOver.push(row);
  }
  if (handedOver.length === 0) return result;
  let found: Map<string, string>;
  try {
    found = await deps.finder.find(handedOver.map((r) => r.messageId));
  } catch (err) {
    deps.logger.warn({ err: String(err), rows: handedOver.length }, 'could not look for sent copies');
    result.unknowable = handedOver.length;
    return result;
  }
  const copyDeadline = Date.now() - options.copyWaitSeconds * 1000;
  for (const row of handedOver) {
    const folder = found.get(row.messageId);
    if (folder) {
      if (await confirmSent(deps, row, folder)) result.sent++;
    } else if ((row.handedOverAt ?? row.claimedAt ?? new Date(0)).getTime() > copyDeadline) {
      result.waiting++;
    } else {
      await markAttemptFailed(
        deps.db,
        row,
        { outcome: 'failed', reason: 'no_copy_found' },
        { message: NO_COPY_FOUND, responseCode: null },
        'sweeper',
      );
      result.failed++;
    }
  }
  if (result.requeued + result.sent + result.failed)
    deps.logger.info({ ...result }, 'settled replies a stopped sender left in sending');
  return result;
}

/** A copy was found: the reply went out. Follow-ups that came meanwhile are drafted, as after a send. */
async function confirmSent(deps: SettleDeps, row: OutboxMessage, folder: string): Promise<boolean> {
  const reopen = await deps.db.transaction().execute(async (trx) => {
    const marked = await markSent(trx, row, {
      actor: 'sweeper',
      detail: { settled: 'copy_found', folder },
    });
    return marked ? followUpsWaiting(trx, row.consultId) : null;
  });
  for (const inboundId of reopen ?? []) await deps.queues?.enqueue('draft', { inboundId });
  return reopen !== null;
}
