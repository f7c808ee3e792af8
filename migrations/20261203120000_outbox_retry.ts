// Sends end in `sent` or `failed` within a bounded time: a temporary failure says when the next attempt
// is due (the sweeper re-enqueues a retry whose job was lost only after that), a failure says when it
// happened, and a person acknowledges it to clear the desk's alert.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('outbox')
    .addColumn('next_attempt_at', 'timestamptz')
    .addColumn('failed_at', 'timestamptz')
    .addColumn('acknowledged_at', 'timestamptz')
    .addColumn('acknowledged_by', 'integer', (c) => c.references('reviewers.id'))
    .execute();
  // Failures a person has not seen yet: the desk's alert reads exactly these.
  await sql`create index outbox_unacknowledged_failures_idx on outbox (failed_at)
    where state = 'failed' and acknowledged_at is null`.execute(db);
  // Rows failed before this migration have no failure time: their claim (or creation) stands in.
  await db
    .updateTable('outbox')
    .set((eb) => ({ failed_at: eb.fn.coalesce('claimed_at', 'created_at') }))
    .where('state', '=', 'failed')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('outbox_unacknowledged_failures_idx').execute();
  await db.schema
    .alterTable('outbox')
    .dropColumn('acknowledged_by')
    .dropColumn('acknowledged_at')
    .dropColumn('failed_at')
    .dropColumn('next_attempt_at')
    .execute();
}
