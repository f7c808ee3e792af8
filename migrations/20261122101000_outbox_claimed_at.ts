// When a send attempt claimed the row: a row left in `sending` is judged stuck by how long ago its
// attempt began, not by the row's age (a reply queued long ago may be sending right now).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').addColumn('claimed_at', 'timestamptz').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').dropColumn('claimed_at').execute();
}
