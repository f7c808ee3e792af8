// Quarantined mail (auto-replies, bounces, unknown senders...) waits for a human: release puts it back
// into the pipeline as if it had just been received; discard closes it without an answer.
import { actorLabel, reviewerIdOf, type Actor } from '../actor.js';
import { appendAudit } from '../repositories/audit.repository.js';
import { setState } from '../repositories/claim.repository.js';
import { findConsult } from '../repositories/consult.repository.js';
import { enqueueAfterCommit } from './after-commit.js';
import type { ReviewDeps } from './review-deps.js';
import { consultNotFound, notQuarantined } from './review-errors.js';

export async function releaseFromQuarantine(
  deps: ReviewDeps,
  actor: Actor,
  consultId: string,
): Promise<{ inboundId: string | null }> {
  const released = await deps.db.transaction().execute(async (trx) => {
    const inbound = await trx
      .selectFrom('inbound_messages')
      .select(['id', 'from_address', 'mailbox_id', 'uid_validity', 'uid'])
      .where('consult_id', '=', consultId)
      .orderBy('received_at', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirst();
    // A message whose processing failed before it was even parsed has no sender, question or thread
    // yet: it goes back to the start (ingest) and gets its own consult; this placeholder is closed.
    const unparsed = inbound !== undefined && inbound.from_address === null;
    const consult = await setState(trx, consultId, 'quarantined', unparsed ? 'discarded' : 'received', true);
    if (!consult) return undefined;
    if (inbound)
      await trx
        .updateTable('inbound_messages')
        // A human vouched for the message: it is no longer quarantined for the pipeline either.
        .set(
          unparsed
            ? // ...and its crashed or timed-out attempts no longer count: it gets its full tries again.
              {
                state: 'stored',
                consult_id: null,
                screen_reason: null,
                ingest_failures: 0,
                ingest_started_at: null,
              }
            : { state: 'threaded', screen_reason: null },
        )
        .where('id', '=', inbound.id)
        .where('state', '=', 'quarantined')
        .execute();
    await appendAudit(trx, {
      actor: actorLabel(actor),
      reviewerId: reviewerIdOf(actor),
      action: 'release',
      consultId,
      detail: { inboundId: inbound?.id ?? null, reingest: unparsed },
    });
    return { inbound, unparsed };
  });
  if (released === undefined) throw await refusal(deps, consultId);
  const { inbound, unparsed } = released;
  if (inbound && unparsed) {
    await enqueueAfterCommit(deps, 'ingest', {
      mailboxId: inbound.mailbox_id,
      uidValidity: String(inbound.uid_validity),
      uid: String(inbound.uid),
    });
  } else if (inbound) await enqueueAfterCommit(deps, 'draft', { inboundId: inbound.id });
  return { inboundId: inbound?.id ?? null };
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
