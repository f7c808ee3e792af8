// Saving a reviewer's edit without approving it: only the claim holder may, and only on top of the
// latest version (a stale form is refused rather than silently overwriting someone's work).
import { actorLabel, type Actor } from '../actor.js';
import { appendAudit } from '../../repositories/audit.repository.js';
import { latestDraft, type Draft } from '../repositories/draft.repository.js';
import type { ConsultState } from '../../lifecycle/states.js';
import { canMove, CONSULT } from '../../lifecycle/transitions.js';
import { lockConsult, touchClaim } from '../repositories/claim.repository.js';
import { claimIsLive } from './claim.service.js';
import { saveVersionIfChanged } from './decision.service.js';
import type { ReviewDeps } from './review-deps.js';
import { claimRequired, consultNotFound, noDraft, notAwaitingReview, staleDraft } from './review-errors.js';

type ReviewerActor = Extract<Actor, { kind: 'reviewer' }>;

export async function saveDraftEdit(
  deps: ReviewDeps,
  actor: ReviewerActor,
  consultId: string,
  edit: { text: string; html: string; version: number },
): Promise<Draft> {
  return deps.db.transaction().execute(async (trx) => {
    // Row lock: the claim check and the new version are one step.
    const consult = await lockConsult(trx, consultId);
    if (!consult) throw consultNotFound();
    if (!canMove<ConsultState>(CONSULT.approve, consult.state)) throw notAwaitingReview(consult);
    if (consult.claimedBy !== actor.reviewerId || !claimIsLive(consult, deps.config.web.claimTtlMinutes))
      throw claimRequired(consultId);
    const current = await latestDraft(trx, consultId);
    if (!current) throw noDraft(consultId);
    if (current.version !== edit.version) throw staleDraft(edit.version, current.version);
    const saved = await saveVersionIfChanged(trx, current, edit, actor.reviewerId);
    if (saved.id !== current.id) {
      // Editing keeps the claim fresh.
      await touchClaim(trx, consultId);
      await appendAudit(trx, {
        actor: actorLabel(actor),
        reviewerId: actor.reviewerId,
        action: 'edit',
        consultId,
        draftId: saved.id,
        draftVersion: saved.version,
        detail: { basedOnVersion: current.version },
      });
    }
    return saved;
  });
}
