// Our own replies coming back: the copy each reply's envelope sends to the consult mailbox itself
// (SEND_COPY_TO_SELF) arrives in INBOX like any mail. It is recognised by its Message-ID, which the
// outbox fixed before sending, and is never stored or drafted as a question (that would loop): the
// poller files it in Processed, where send-settle.ts can find it after a crash.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { StoredSource } from '../repositories/inbound.repository.js';
import { ownMessageIds } from '../repositories/own-messages.repository.js';

export async function splitOwnCopies(
  db: Kysely<Database>,
  sources: StoredSource[],
): Promise<{ own: StoredSource[]; others: StoredSource[] }> {
  const ids = [...new Set(sources.map((s) => s.messageId))];
  if (ids.length === 0) return { own: [], others: sources };
  const outgoing = await ownMessageIds(db, ids);
  return {
    own: sources.filter((s) => outgoing.has(s.messageId)),
    others: sources.filter((s) => !outgoing.has(s.messageId)),
  };
}
