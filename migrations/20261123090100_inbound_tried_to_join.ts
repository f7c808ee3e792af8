// A message whose token or Message-IDs named a consult it may not join (it is not from that consult's
// asker) opens a consult of its own; the consult it named is kept so the reviewer sees the link.
// Deleting that consult leaves the link empty, not the message blocked.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('inbound_messages')
    .addColumn('tried_to_join_consult_id', 'bigint', (c) => c.references('consults.id').onDelete('set null'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('inbound_messages').dropColumn('tried_to_join_consult_id').execute();
}
