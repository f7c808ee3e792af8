// When a message's job has used every attempt, the message still gets an ending a person can see:
// its consult goes to quarantine with the reason (the desk can release it once the cause is fixed).
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import type { JobPayloads } from '../queue/jobs.js';
import { createConsult, recordAudit } from '../repositories/consult.repository.js';
import { reasonCode } from '../review/repositories/audit.repository.js';
import { findByUid, findInbound } from '../repositories/inbound.repository.js';

export type FailedMessage = JobPayloads['ingest'] | JobPayloads['draft'];

export async function quarantineAfterFailure(
  db: Kysely<Database>,
  logger: Logger,
  failed: FailedMessage,
  reason: string,
): Promise<void> {
  const inbound =
    'inboundId' in failed ? await findInbound(db, failed.inboundId) : await findByUid(db, failed);
  if (!inbound) return;
  await db.transaction().execute(async (trx) => {
    let consultId = inbound.consult_id;
    if (consultId) {
      await trx
        .updateTable('consults')
        .set({ state: 'quarantined', quarantine_reason: reason, updated_at: new Date() })
        .where('id', '=', consultId)
        .execute();
    } else {
      const consult = await createConsult(trx, {
        askerAddress: inbound.from_address ?? '(unknown sender)',
        askerName: inbound.from_name,
        subject: inbound.subject ?? '(processing failed)',
        state: 'quarantined',
        quarantineReason: reason,
      });
      consultId = consult.id;
    }
    await trx
      .updateTable('inbound_messages')
      .set({ state: 'quarantined', consult_id: consultId, screen_reason: reason })
      .where('id', '=', inbound.id)
      .execute();
    await recordAudit(trx, {
      actor: 'pipeline',
      action: 'consult.quarantined',
      consultId,
      detail: { inboundId: inbound.id, reason: reasonCode(reason) },
    });
  });
  logger.error({ inboundId: inbound.id }, 'message quarantined after repeated failures');
}
