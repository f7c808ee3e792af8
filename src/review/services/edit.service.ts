// Saving a reviewer's edit without approving it: only the claim holder may, and only on top of the
// latest version (a stale form is refused rather than silently overwriting someone's work).
import { actorLabel, type Actor } from '../actor.js';
import type { DraftRow } from '../../db/schema/core.js';
import { appendAudit } from '../repositories/audit.repository.js';
import { latestDraft } from '../repositories/draft.repository.js';
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
): Promise<DraftRow> {
  return deps.db.transaction().execute(async (trx) => {
    // Row lock: the claim check and the new version are one step.
    const consult = await trx
      .selectFrom('consults')
      .selectAll()
      .where('id', '=', consultId)
      .forUpdate()
      .executeTakeFirst();
    if (!consult) throw consultNotFound();
    if (consult.state !== 'awaiting_review') throw notAwaitingReview(consult);
    if (consult.claimed_by !== actor.reviewerId || !claimIsLive(consult, deps.config.web.claimTtlMinutes))
      throw claimRequired(consultId);
    const current = await latestDraft(trx, consultId);
    if (!current) throw noDraft(consultId);
    if (current.version !== edit.version) throw staleDraft(edit.version, current.version);
    const saved = await saveVersionIfChanged(trx, current, edit, actor.reviewerId);
    if (saved.id !== current.id) {
      // Editing keeps the claim fresh.
      await trx.updateTable('consults').set({ claimed_at: new Date() }).where('id', '=', consultId).execute();
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
