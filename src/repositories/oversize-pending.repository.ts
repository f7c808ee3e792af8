// The oversize messages a poller pass has noted for taking in beside its passes (see the migration
// 20261203100100_oversize_pending).
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';

export interface PendingOversize {
  mailboxId: number;
  uidValidity: string;
  uid: string;
  size: number;
}

export async function notePendingOversize(db: Kysely<Database>, p: PendingOversize): Promise<void> {
  await db
    .insertInto('inbound_oversize_pending')
    .values({ mailbox_id: p.mailboxId, uid_validity: p.uidValidity, uid: p.uid, size: p.size })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** The oldest noted message of this mailbox under its current UIDVALIDITY; notes under an earlier one
 * are dropped (their UIDs mean nothing now, and the rescan that followed noted the messages again). */
export async function nextPendingOversize(
  db: Kysely<Database>,
  mailboxId: number,
  uidValidity: string,
): Promise<PendingOversize | undefined> {
  await db
    .deleteFrom('inbound_oversize_pending')
    .where('mailbox_id', '=', mailboxId)
    .where('uid_validity', '!=', uidValidity)
    .execute();
  const row = await db
    .selectFrom('inbound_oversize_pending')
    .select(['uid', 'size'])
    .where('mailbox_id', '=', mailboxId)
    .where('uid_validity', '=', uidValidity)
    .orderBy('uid')
    .limit(1)
    .executeTakeFirst();
  return row && { mailboxId, uidValidity, uid: String(row.uid), size: Number(row.size) };
}

export async function dropPendingOversize(db: Kysely<Database>, p: PendingOversize): Promise<void> {
  await db
    .deleteFrom('inbound_oversize_pending')
    .where('mailbox_id', '=', p.mailboxId)
    .where('uid_validity', '=', p.uidValidity)
    .where('uid', '=', p.uid)
    .execute();
}
