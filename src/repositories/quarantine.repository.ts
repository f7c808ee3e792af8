// The one way a message goes to quarantine: its consult (opened for it, or its own moved) in
// `quarantined` with the reason a person reads, the message marked, one audit entry; in the caller's
// transaction, so the three stand or fall together. And the way back: a reviewer's release.
import type { Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import { CONSULT, INBOUND } from '../lifecycle/transitions.js';
import { reasonCode, recordAudit } from './audit.repository.js';
import { consultOf, createConsult, type Consult } from './consult.repository.js';
import { moveInbound } from './inbound.repository.js';
import { parsedRow, type ParsedColumns } from './parsed-row.js';

type NewQuarantined = Omit<Parameters<typeof createConsult>[1], 'state' | 'quarantineReason'>;

export interface Quarantine {
  inboundId: string;
  actor: string;
  reason: string;
  /** The pipeline opens a consult for what it screens out; a message that gave up moves its own. */
  consult: { existingId: string } | NewQuarantined;
  /** `INBOUND.quarantine` takes only a stored message; `INBOUND.giveUp` takes it from any state. */
  message: typeof INBOUND.quarantine | typeof INBOUND.giveUp;
  /** Set when the message's ingest attempt ends here: what parsing found, or null to keep it unparsed. */
  ingest?: { parsed: ParsedColumns | null };
}

/** The consult quarantined, or null when the message had moved on (the caller rolls back). */
export async function quarantineMessage(trx: Transaction<Database>, q: Quarantine): Promise<Consult | null> {
  const consult =
    'existingId' in q.consult
      ? consultOf(
          await trx
            .updateTable('consults')
            .set({ state: CONSULT.giveUp.to, quarantine_reason: q.reason, updated_at: new Date() })
            .where('id', '=', q.consult.existingId)
            .returningAll()
            .executeTakeFirstOrThrow(),
        )
      : await createConsult(trx, { ...q.consult, state: CONSULT.quarantine.to, quarantineReason: q.reason });
  const moved = await moveInbound(trx, q.inboundId, q.message.from, {
    state: q.message.to,
    consult_id: consult.id,
    screen_reason: q.reason,
    ...(q.ingest && { ingest_started_at: null, ...(q.ingest.parsed && parsedRow(q.ingest.parsed)) }),
  });
  if (!moved) return null;
  await recordAudit(trx, {
    actor: q.actor,
    action: CONSULT.quarantine.action,
    consultId: consult.id,
    detail: { inboundId: q.inboundId, reason: reasonCode(q.reason) },
  });
  return consult;
}

/** A human vouched for the message: it is no longer quarantined for the pipeline either. Unparsed, it
 * goes back to ingest with its crashed or timed-out attempts forgotten (its full tries again). */
export async function releaseMessage(trx: Transaction<Database>, inboundId: string, unparsed: boolean) {
  const t = unparsed ? INBOUND.releaseToIngest : INBOUND.releaseToDraft;
  await trx
    .updateTable('inbound_messages')
    .set(
      unparsed
        ? { state: t.to, consult_id: null, screen_reason: null, ingest_failures: 0, ingest_started_at: null }
        : { state: t.to, screen_reason: null },
    )
    .where('id', '=', inboundId)
    .where('state', 'in', t.from)
    .execute();
}
