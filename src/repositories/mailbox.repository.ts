import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';

export interface MailboxCursor {
  id: number;
  uidValidity: string;
  lastUid: number;
}

/** The stored cursor for a mailbox folder. A changed UIDVALIDITY (RFC 3501 §2.3.1.1) invalidates every
 * stored UID, so the cursor restarts at 0 and the rescan dedupes by Message-ID. */
export async function openCursor(
  db: Kysely<Database>,
  address: string,
  folder: string,
  uidValidity: string,
): Promise<MailboxCursor> {
  await db
    .insertInto('mailboxes')
    .values({ address, folder, uid_validity: uidValidity, last_uid: 0 })
    .onConflict((oc) => oc.columns(['address', 'folder']).doNothing())
    .execute();
  const row = await db
    .selectFrom('mailboxes')
    .selectAll()
    .where('address', '=', address)
    .where('folder', '=', folder)
    .executeTakeFirstOrThrow();
  if (row.uid_validity !== uidValidity) {
    await db
      .updateTable('mailboxes')
      .set({ uid_validity: uidValidity, last_uid: 0 })
      .where('id', '=', row.id)
      .execute();
    return { id: row.id, uidValidity, lastUid: 0 };
  }
  return { id: row.id, uidValidity, lastUid: Number(row.last_uid) };
}

/** Moves the cursor forward only (two pollers may race; the larger UID wins). */
export async function advanceCursor(
  db: Kysely<Database>,
  id: number,
  uidValidity: string,
  lastUid: number,
): Promise<void> {
  await db
    .updateTable('mailboxes')
    .set({ last_uid: lastUid, last_polled_at: new Date() })
    .where('id', '=', id)
    .where('uid_validity', '=', uidValidity)
    .where('last_uid', '<', String(lastUid))
    .execute();
}

/** Records a completed poll, so health can tell a quiet mailbox from a poller that stopped. */
export async function touchCursor(db: Kysely<Database>, id: number): Promise<void> {
  await db.updateTable('mailboxes').set({ last_polled_at: new Date() }).where('id', '=', id).execute();
}

/** Every mailbox folder with its cursor, last poll and how many messages it has stored. */
export function mailboxesWithCounts(db: Kysely<Database>) {
  return db
    .selectFrom('mailboxes as b')
    .select([
      'b.id',
      'b.address',
      'b.folder',
      'b.uid_validity as uidValidity',
      'b.last_uid as lastUid',
      'b.last_polled_at as lastPolledAt',
      (eb) =>
        eb
          .selectFrom('inbound_messages as m')
          .whereRef('m.mailbox_id', '=', 'b.id')
          .select(sql<string>`count(*)`.as('n'))
          .as('messages'),
    ])
    .orderBy('b.id')
    .execute();
}
