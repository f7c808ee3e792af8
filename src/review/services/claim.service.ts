// Claiming: a reviewer claims a consult before editing; others see the holder; claims expire after
// config.web.claimTtlMinutes so an abandoned tab does not lock a consult forever.
import type { Actor } from '../actor.js';
import { actorLabel } from '../actor.js';
import type { Consult } from '../../repositories/consult.repository.js';
import { appendAudit } from '../../repositories/audit.repository.js';
import { claim, releaseClaim } from '../repositories/claim.repository.js';
import { findConsult } from '../repositories/consult-view.repository.js';
import { findReviewer } from '../repositories/reviewer.repository.js';
import type { ReviewDeps } from './review-deps.js';
import { claimedByOther, consultNotFound, notAwaitingReview } from './review-errors.js';

type ReviewerActor = Extract<Actor, { kind: 'reviewer' }>;

export async function claimConsult(
  deps: ReviewDeps,
  actor: ReviewerActor,
  consultId: string,
): Promise<Consult> {
  const won = await claim(deps.db, consultId, actor.reviewerId, deps.config.web.claimTtlMinutes);
  if (won) {
    await appendAudit(deps.db, {
      actor: actorLabel(actor),
      reviewerId: actor.reviewerId,
      action: 'claim',
      consultId,
    });
    return won;
  }
  throw await whyNot(deps, consultId);
}

export async function releaseConsult(
  deps: ReviewDeps,
  actor: ReviewerActor,
  consultId: string,
): Promise<void> {
  const released = await releaseClaim(deps.db, consultId, actor.reviewerId);
  if (released)
    await appendAudit(deps.db, {
      actor: actorLabel(actor),
      reviewerId: actor.reviewerId,
      action: 'release',
      consultId,
    });
}

/** The error to show when a conditional update on an awaiting consult matched nothing. */
export async function whyNot(deps: ReviewDeps, consultId: string): Promise<Error> {
  const c = await findConsult(deps.db, consultId);
  if (!c) return consultNotFound();
  if (c.state !== 'awaiting_review') return notAwaitingReview(c);
  const holder = c.claimedBy === null ? undefined : await findReviewer(deps.db, c.claimedBy);
  return claimedByOther(c, holder?.name ?? 'another reviewer');
}

export function claimIsLive(
  c: Pick<Consult, 'claimedBy' | 'claimedAt'>,
  ttlMinutes: number,
  now = new Date(),
): boolean {
  return (
    c.claimedBy !== null &&
    c.claimedAt !== null &&
    now.getTime() - c.claimedAt.getTime() < ttlMinutes * 60_000
  );
}
