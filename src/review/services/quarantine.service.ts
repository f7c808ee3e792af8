// Quarantined mail (auto-replies, bounces, unknown senders...) waits for a human: release puts it back
// into the pipeline as if it had just been received; discard closes it without an answer.
import { CONSULT } from '../../lifecycle/transitions.js';
import { latestMessageOfConsult } from '../../repositories/inbound.repository.js';
import { releaseMessage } from '../../repositories/quarantine.repository.js';
import { actorLabel, reviewerIdOf, type Actor } from '../actor.js';
import { appendAudit } from '../../repositories/audit.repository.js';
import { setState } from '../repositories/claim.repository.js';
import { findConsult } from '../repositories/consult-view.repository.js';
import { enqueueAfterCommit } from './after-commit.js';
import type { ReviewDeps } from './review-deps.js';
import { consultNotFound, notQuarantined } from './review-errors.js';

export async function releaseFromQuarantine(
  deps: ReviewDeps,
  actor: Actor,
  consultId: string,
): Promise<{ inboundId: string | null }> {
  const released = await deps.db.transaction().execute(async (trx) => {
    const inbound = await latestMessageOfConsult(trx, consultId);
    // A message whose processing failed before it was even parsed has no sender, question or thread
    // yet: it goes back to the start (ingest) and gets its own consult; this placeholder is closed.
    const unparsed = inbound !== undefined && inbound.fromAddress === null;
    const consult = await setState(
      trx,
      consultId,
      unparsed ? CONSULT.releaseUnparsed : CONSULT.release,
      true,
    );
    if (!consult) return undefined;
    if (inbound) await releaseMessage(trx, inbound.id, unparsed);
    await appendAudit(trx, {
      actor: actorLabel(actor),
      reviewerId: reviewerIdOf(actor),
      action: CONSULT.release.action,
      consultId,
      detail: { inboundId: inbound?.id ?? null, reingest: unparsed },
    });
    return { inbound, unparsed };
  });
  if (released === undefined) throw await refusal(deps, consultId);
  const { inbound, unparsed } = released;
  if (inbound && unparsed) {
    const { mailboxId, uidValidity, uid } = inbound;
    await enqueueAfterCommit(deps, 'ingest', { mailboxId, uidValidity, uid });
  } else if (inbound) await enqueueAfterCommit(deps, 'draft', { inboundId: inbound.id });
  return { inboundId: inbound?.id ?? null };
}

export async function discardQuarantined(deps: ReviewDeps, actor: Actor, consultId: string): Promise<void> {
  const done = await deps.db.transaction().execute(async (trx) => {
    const row = await setState(trx, consultId, CONSULT.discard, false);
    if (row)
      await appendAudit(trx, {
        actor: actorLabel(actor),
        reviewerId: reviewerIdOf(actor),
        action: CONSULT.discard.action,
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
