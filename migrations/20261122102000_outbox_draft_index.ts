// Drafting asks whether the consult's latest draft already went out (outbox.draft_id) on every message.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('outbox_draft_idx').on('outbox').column('draft_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('outbox_draft_idx').execute();
}
