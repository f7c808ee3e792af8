// Failed sends are shown to people until one of them has checked: the queue's alert lists them, the
// consult page shows the SMTP reply and a "checked" action that clears the alert.
import { actorLabel, reviewerIdOf, type Actor } from '../actor.js';
import { appendAudit } from '../../repositories/audit.repository.js';
import { findConsult } from '../repositories/consult-view.repository.js';
import {
  acknowledgeFailures,
  listUnacknowledgedFailures,
  type SendAlert,
} from '../../sending/repositories/send-alerts.repository.js';
import type { ReviewDeps } from './review-deps.js';
import { consultNotFound } from './review-errors.js';

export function sendAlerts(deps: ReviewDeps): Promise<SendAlert[]> {
  return listUnacknowledgedFailures(deps.db);
}

export async function acknowledgeSendFailures(
  deps: ReviewDeps,
  actor: Actor,
  consultId: string,
): Promise<number> {
  if (!(await findConsult(deps.db, consultId))) throw consultNotFound();
  return deps.db.transaction().execute(async (trx) => {
    const ids = await acknowledgeFailures(trx, consultId, reviewerIdOf(actor));
    if (ids.length)
      await appendAudit(trx, {
        actor: actorLabel(actor),
        reviewerId: reviewerIdOf(actor),
        action: 'send.acknowledged',
        consultId,
        detail: { outboxIds: ids.join(','), count: ids.length },
      });
    return ids.length;
  });
}
