// The safety net behind "nothing is lost": work whose job vanished (a crash between a commit and the
// enqueue, a job removed from Redis) is enqueued again; the business-key job ids and the conditional
// updates make a duplicate harmless. A send a stopped sender left in `sending` is settled by what is
// known of it (send-settle.ts): queued again when the server never had it whole, sent when its copy is
// in the mailbox, failed for a person otherwise; never sent twice.
import type { AppContext } from './context.js';
import { listStranded } from '../repositories/inbound.repository.js';
import { deleteLapsedAttempts } from '../review/repositories/attempt.repository.js';
import { deleteExpiredSessions } from '../review/repositories/session.repository.js';
import { settleAbandonedSends } from '../sending/send-settle.js';
import {
  failStuckSending,
  listDueQueued,
  settleStrandedConsults,
} from '../sending/repositories/send-sweep.repository.js';
import { imapCopyFinder, type CopyFinder } from '../sending/sent-copies.js';

const STRANDED_AFTER_S = 30;
// The last resort for a send whose copy could not be looked for (the mailbox unreadable) for an hour.
const SENDING_STUCK_AFTER_S = 3600;

export async function sweepOnce(
  ctx: AppContext,
  roles: { pipeline: boolean; sender: boolean },
  finder: CopyFinder = imapCopyFinder(ctx.config.imap),
): Promise<number> {
  let enqueued = 0;
  if (roles.pipeline) {
    const { stored, undrafted } = await listStranded(ctx.db, STRANDED_AFTER_S);
    for (const key of stored) await ctx.queues.enqueue('ingest', key);
    for (const id of undrafted) await ctx.queues.enqueue('draft', { inboundId: id });
    enqueued += stored.length + undrafted.length;
  }
  if (roles.pipeline) {
    // Expired desk sessions are useless and hold a (hashed) session id: clear them out.
    await deleteExpiredSessions(ctx.db);
    await deleteLapsedAttempts(ctx.db);
  }
  if (roles.sender) {
    const due = await listDueQueued(ctx.db, STRANDED_AFTER_S);
    for (const id of due) await ctx.queues.enqueue('send', { outboxId: id });
    enqueued += due.length;
    const settled = await settleAbandonedSends({
      db: ctx.db,
      finder,
      queues: ctx.queues,
      logger: ctx.logger,
    });
    enqueued += settled.requeued;
    await failStuckSending(ctx.db, SENDING_STUCK_AFTER_S);
    await settleStrandedConsults(ctx.db, STRANDED_AFTER_S);
  }
  return enqueued;
}

export function startSweeper(
  ctx: AppContext,
  roles: { pipeline: boolean; sender: boolean },
  everyMs = 15_000,
): () => void {
  const timer = setInterval(() => {
    sweepOnce(ctx, roles).catch((err: unknown) => ctx.logger.warn({ err: String(err) }, 'sweep failed'));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
