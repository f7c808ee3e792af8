// What the poller last did per mailbox, for the admin health page: a stalled poller shows as an old
// "last polled" time long before anyone notices missing mail.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { mailboxesWithCounts } from '../../repositories/mailbox.repository.js';

export const POLL_STALE_MINUTES = 10;

export async function mailboxStatus(db: Kysely<Database>, now = new Date()) {
  const rows = await mailboxesWithCounts(db);
  return rows.map((r) => ({
    ...r,
    messages: Number(r.messages ?? 0),
    stale: !r.lastPolledAt || now.getTime() - r.lastPolledAt.getTime() > POLL_STALE_MINUTES * 60_000,
  }));
}
