// Messages over the size limit that a poller pass has seen but not yet taken in. Streaming one into
// storage takes seconds (50 MB: about one); the pass notes it here, moves its cursor on and goes on with
// the other mail, and the poller takes the noted ones in beside its passes. A row stays until its
// message is stored and moved out of INBOX, so a restart takes it up again.
// Frozen in time: later changes are new migrations.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('inbound_oversize_pending')
    .addColumn('mailbox_id', 'integer', (c) => c.notNull().references('mailboxes.id'))
    .addColumn('uid_validity', 'bigint', (c) => c.notNull())
    .addColumn('uid', 'bigint', (c) => c.notNull())
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('noticed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('inbound_oversize_pending_pkey', ['mailbox_id', 'uid_validity', 'uid'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('inbound_oversize_pending').execute();
}
