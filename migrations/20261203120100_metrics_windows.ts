// /metrics counts each table's rows since its last scrape, and the dashboard reads the last weeks: both
// select by time, which these indexes serve without scanning whole tables (inbound_messages holds sources).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index inbound_received_at_idx on inbound_messages (received_at)`.execute(db);
  await sql`create index audit_at_idx on audit_events (at)`.execute(db);
  await sql`create index drafts_machine_created_at_idx on drafts (created_at) where source = 'machine'`.execute(
    db,
  );
  await sql`create index outbox_reply_sent_at_idx on outbox (sent_at) where kind = 'reply'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of [
    'outbox_reply_sent_at_idx',
    'drafts_machine_created_at_idx',
    'audit_at_idx',
    'inbound_received_at_idx',
  ])
    await db.schema.dropIndex(name).execute();
}
