// Quarantined mail (auto-replies, bounces, unknown senders...) waits for a human: release puts it back
// into the pipeline as if it had just been received; discard closes it without an answer.
import { actorLabel, reviewerIdOf, type Actor } from '../actor.js';
import { appendAudit } from '../repositories/audit.repository.js';
import { setState } from '../repositories/claim.repository.js';
import { findConsult } from '../repositories/consult.repository.js';
import type { ReviewDeps } from './review-deps.js';
import { consultNotFound, notQuarantined } from './review-errors.js';

export async function releaseFromQuarantine(
  deps: ReviewDeps,
  actor: Actor,
  consultId: string,
): Promise<{ inboundId: string | null }> {
  const inboundId = await deps.db.transaction().execute(async (trx) => {
    const released = await setState(trx, consultId, 'quarantined', 'received', true);
    if (!released) return undefined;
    const inbound = await trx
      .selectFrom('inbound_messages')
      .select('id')
      .where('consult_id', '=', consultId)
      .orderBy('received_at', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirst();
    // A human vouched for the message: it is no longer quarantined for the pipeline either.
    if (inbound)
      await trx
        .updateTable('inbound_messages')
        .set({ state: 'threaded', screen_reason: null })
        .where('id', '=', inbound.id)
        .where('state', '=', 'quarantined')
        .execute();
    await appendAudit(trx, {
      actor: actorLabel(actor),
      reviewerId: reviewerIdOf(actor),
      action: 'release',
      consultId,
      detail: { inboundId: inbound?.id ?? null },
    });
    return inbound?.id ?? null;
  });
  if (inboundId === undefined) throw await refusal(deps, consultId);
  if (inboundId) await deps.queues?.enqueue('draft', { inboundId });
  return { inboundId };
}

export async function discardQuarantined(deps: ReviewDeps, actor: Actor, consultId: string): Promise<void> {
  const done = await deps.db.transaction().execute(async (trx) => {
    const row = await setState(trx, consultId, 'quarantined', 'discarded', false);
    if (row)
      await appendAudit(trx, {
        actor: actorLabel(actor),
        reviewerId: reviewerIdOf(actor),
        action: 'discard',
        consultId,
      });
    return Boolean(row);
  });
  if (!done) throw await refusal(deps, consultId);
}

async function refusal(deps: ReviewDeps, consultId: string): Promise<Error> {
  const c = await findConsult(deps.db, consultId);
  return c ? notQuarantined(c) : consultNotFound();
}
