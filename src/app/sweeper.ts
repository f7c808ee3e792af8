// The safety net behind "nothing is lost": work whose job vanished (a crash between a commit and the
// enqueue, a job removed from Redis) is enqueued again; the business-key job ids and the conditional
// updates make a duplicate harmless. A send left in `sending` is never retried blindly (it may have
// gone out): it is marked failed for a person to check.
import type { AppContext } from './context.js';
import { listStranded } from '../repositories/inbound.repository.js';
import { listQueuedOutbox } from '../sending/outbox.repository.js';

const STRANDED_AFTER_S = 30;
const SENDING_STUCK_AFTER_S = 600;

export async function sweepOnce(
  ctx: AppContext,
  roles: { pipeline: boolean; sender: boolean },
): Promise<number> {
  let enqueued = 0;
  if (roles.pipeline) {
    const { stored, undrafted } = await listStranded(ctx.db, STRANDED_AFTER_S);
    for (const s of stored) {
      await ctx.queues.enqueue('ingest', {
        mailboxId: s.mailbox_id,
        uidValidity: String(s.uid_validity),
        uid: String(s.uid),
      });
    }
    for (const id of undrafted) await ctx.queues.enqueue('draft', { inboundId: id });
    enqueued += stored.length + undrafted.length;
  }
  if (roles.pipeline) {
    // Expired desk sessions are useless and hold a (hashed) session id: clear them out.
    await ctx.db.deleteFrom('sessions').where('expires_at', '<', new Date()).execute();
  }
  if (roles.sender) {
    for (const id of await listQueuedOutbox(ctx.db, STRANDED_AFTER_S))
      await ctx.queues.enqueue('send', { outboxId: id });
    const stuck = await ctx.db
      .updateTable('outbox')
      .set({
        state: 'failed',
        last_error:
          'delivery outcome unknown (sender stopped mid-send): check the asker received it before resending',
      })
      .where('state', '=', 'sending')
      .where('claimed_at', '<', new Date(Date.now() - SENDING_STUCK_AFTER_S * 1000))
      .returning(['consult_id', 'kind'])
      .execute();
    // The consult says so too, so the desk's "failed" view shows it to a person (not stuck in `sending`).
    const consults = stuck.filter((r) => r.kind === 'reply').map((r) => r.consult_id);
    if (consults.length)
      await ctx.db
        .updateTable('consults')
        .set({ state: 'failed', updated_at: new Date() })
        .where('id', 'in', consults)
        .where('state', '=', 'sending')
        .execute();
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
