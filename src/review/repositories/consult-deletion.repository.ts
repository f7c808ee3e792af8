// Deleting a consult with everything that holds its mail: the outbox rows (the replies' text), the
// drafts, the inbound messages (parsed text and raw source) and the consult row itself. The audit
// log keeps its entries (ids and codes only) and gains a tombstone (consult-deletion.service.ts).
import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.js';

export interface DeletedRows {
  messages: number;
  drafts: number;
  outbox: number;
}

export type Deletion = DeletedRows | 'not_found' | 'send_in_flight';

export async function deleteConsultRows(trx: Transaction<Database>, consultId: string): Promise<Deletion> {
  // The consult's row lock keeps a decision (and so a new outbox row) from landing meanwhile.
  const consult = await trx
    .selectFrom('consults')
    .select('id')
    .where('id', '=', consultId)
    .forUpdate()
    .executeTakeFirst();
  if (!consult) return 'not_found';
  // A reply queued or going out would be sent after its consult is gone: wait until it is sent or failed.
  const inFlight = await trx
    .selectFrom('outbox')
    .select('id')
    .where('consult_id', '=', consultId)
    .where('state', 'in', ['queued', 'sending'])
    .forUpdate()
    .executeTakeFirst();
  if (inFlight) return 'send_in_flight';

  const outbox = await trx.deleteFrom('outbox').where('consult_id', '=', consultId).executeTakeFirst();
  const messageIds = trx.selectFrom('inbound_messages').select('id').where('consult_id', '=', consultId);
  // A draft of another consult never answers these messages; should one, it loses only the link.
  await trx
    .updateTable('drafts')
    .set({ based_on_message_id: null })
    .where('consult_id', '!=', consultId)
    .where('based_on_message_id', 'in', messageIds)
    .execute();
  const drafts = await trx.deleteFrom('drafts').where('consult_id', '=', consultId).executeTakeFirst();
  const messages = await trx
    .deleteFrom('inbound_messages')
    .where('consult_id', '=', consultId)
    .executeTakeFirst();
  await trx.deleteFrom('consults').where('id', '=', consultId).execute();
  return {
    messages: Number(messages.numDeletedRows),
    drafts: Number(drafts.numDeletedRows),
    outbox: Number(outbox.numDeletedRows),
  };
}
