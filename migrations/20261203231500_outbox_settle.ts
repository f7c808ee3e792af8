// Sends that settle themselves after a crash: which sender process holds a claim (its presence is a
// PostgreSQL advisory lock, gone with the process), and whether the message's last byte was about to
// be handed to the SMTP server (written before the final dot, so a row without it was never received).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('outbox')
    .addColumn('claimed_by', 'integer')
    .addColumn('handed_over_at', 'timestamptz')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').dropColumn('claimed_by').dropColumn('handed_over_at').execute();
}
