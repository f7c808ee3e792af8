// What the receiving server said of each message's sender (SPF, DKIM, DMARC from its own
// Authentication-Results) and the verdict drawn from it, kept with the message for the reviewer.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('inbound_messages').addColumn('sender_auth', 'jsonb').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('inbound_messages').dropColumn('sender_auth').execute();
}
