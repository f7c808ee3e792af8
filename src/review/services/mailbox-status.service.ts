// What the poller last did per mailbox, for the admin health page: a stalled poller shows as an old
// "last polled" time long before anyone notices missing mail.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';

export const POLL_STALE_MINUTES = 10;

export async function mailboxStatus(db: Kysely<Database>, now = new Date()) {
  const rows = await db
    .selectFrom('mailboxes as b')
    .select([
      'b.id',
      'b.address',
      'b.folder',
      'b.uid_validity',
      'b.last_uid',
      'b.last_polled_at',
      (eb) =>
        eb
          .selectFrom('inbound_messages as m')
          .whereRef('m.mailbox_id', '=', 'b.id')
          .select(sql<string>`count(*)`.as('n'))
          .as('messages'),
    ])
    .orderBy('b.id')
    .execute();
  return rows.map((r) => ({
    ...r,
    messages: Number(r.messages ?? 0),
    stale: !r.last_polled_at || now.getTime() - r.last_polled_at.getTime() > POLL_STALE_MINUTES * 60_000,
  }));
}
