// A Message-ID is unique within a mailbox, not across mailboxes: the same question copied to two
// consult addresses is two questions, one for each desk.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('inbound_messages').dropConstraint('inbound_message_id_key').execute();
  await db.schema
    .alterTable('inbound_messages')
    .addUniqueConstraint('inbound_mailbox_message_id_key', ['mailbox_id', 'message_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('inbound_messages').dropConstraint('inbound_mailbox_message_id_key').execute();
  await db.schema
    .alterTable('inbound_messages')
    .addUniqueConstraint('inbound_message_id_key', ['message_id'])
    .execute();
}
