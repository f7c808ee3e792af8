// The inbound side of a reviewer's quarantine release: the consult's latest message, and its way
// back into the pipeline.
import type { Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import { INBOUND } from '../lifecycle/transitions.js';

export function latestMessageOfConsult(trx: Transaction<Database>, consultId: string) {
  return trx
    .selectFrom('inbound_messages')
    .select(['id', 'from_address', 'mailbox_id', 'uid_validity', 'uid'])
    .where('consult_id', '=', consultId)
    .orderBy('received_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
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
