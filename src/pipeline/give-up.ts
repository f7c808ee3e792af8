// When a message's job has used every attempt, the message still gets an ending a person can see:
// its consult goes to quarantine with the reason (the desk can release it once the cause is fixed).
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import type { JobPayloads } from '../queue/jobs.js';
import { INBOUND } from '../lifecycle/transitions.js';
import { quarantineMessage } from '../repositories/quarantine.repository.js';
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
  await db.transaction().execute((trx) =>
    quarantineMessage(trx, {
      inboundId: inbound.id,
      actor: 'pipeline',
      reason,
      consult: inbound.consultId
        ? { existingId: inbound.consultId }
        : {
            askerAddress: inbound.fromAddress ?? '(unknown sender)',
            askerName: inbound.fromName,
            subject: inbound.subject ?? '(processing failed)',
          },
      message: INBOUND.giveUp,
    }),
  );
  logger.error({ inboundId: inbound.id }, 'message quarantined after repeated failures');
}
