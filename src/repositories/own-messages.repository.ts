// Which Message-IDs are our own outgoing messages: the poller reads the outbox (sending's table) to
// know its own replies when their copies come back to the mailbox.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';

export async function ownMessageIds(db: Kysely<Database>, messageIds: string[]): Promise<Set<string>> {
  const ours = await db
    .selectFrom('outbox')
    .select('message_id')
    .where('message_id', 'in', messageIds)
    .execute();
  return new Set(ours.map((o) => o.message_id));
}
