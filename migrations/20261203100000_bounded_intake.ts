// Bounded intake (issue 15, items 3 and 6):
// - a message over the size limit is streamed into `inbound_source_parts` (1 MiB rows) instead of one
//   bytea held whole in memory, and is never parsed;
// - each ingest attempt is marked when it starts, so one that never finished (its worker crashed or
//   stalled) is counted, and a message that keeps failing that way goes to quarantine;
// - limits that cut something (a question truncated, an HTML part read without layout) leave a note;
// - a message whose Message-ID is already stored is recorded as a duplicate of the first, not dropped.
// Frozen in time: later changes are new migrations.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('inbound_messages')
    // sha-256 of the source: tells a duplicate from the same bytes seen again after a UIDVALIDITY change
    .addColumn('source_sha256', 'bytea')
    // true: `raw` is empty and the source is in inbound_source_parts (a message over the size limit)
    .addColumn('source_in_parts', 'boolean', (c) => c.notNull().defaultTo(false))
    // set when an ingest attempt starts and cleared when it ends; meaningful while state = 'stored'
    .addColumn('ingest_started_at', 'timestamptz')
    // attempts that crashed or timed out their worker
    .addColumn('ingest_failures', 'smallint', (c) => c.notNull().defaultTo(0))
    .addColumn('intake_notes', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .execute();

  await db.schema
    .createTable('inbound_source_parts')
    .addColumn('inbound_id', 'bigint', (c) =>
      c.notNull().references('inbound_messages.id').onDelete('cascade'),
    )
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('bytes', 'bytea', (c) => c.notNull())
    .addPrimaryKeyConstraint('inbound_source_parts_pkey', ['inbound_id', 'seq'])
    .execute();

  await db.schema
    .createTable('inbound_duplicates')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('original_id', 'bigint', (c) =>
      c.notNull().references('inbound_messages.id').onDelete('cascade'),
    )
    .addColumn('mailbox_id', 'integer', (c) => c.notNull().references('mailboxes.id'))
    .addColumn('uid_validity', 'bigint', (c) => c.notNull())
    .addColumn('uid', 'bigint', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    // the same bytes as the first copy (a second delivery), or different ones (another route, or a
    // sender reusing the Message-ID): a reviewer can tell which
    .addColumn('identical', 'boolean', (c) => c.notNull())
    // the duplicate's own source; null when it was over the size limit (the first copy's is kept)
    .addColumn('raw', 'bytea')
    .addColumn('received_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('inbound_duplicates_uid_key', ['mailbox_id', 'uid_validity', 'uid'])
    .execute();
  await db.schema
    .createIndex('inbound_duplicates_original_idx')
    .on('inbound_duplicates')
    .column('original_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('inbound_duplicates').execute();
  await db.schema.dropTable('inbound_source_parts').execute();
  await db.schema
    .alterTable('inbound_messages')
    .dropColumn('intake_notes')
    .dropColumn('ingest_failures')
    .dropColumn('ingest_started_at')
    .dropColumn('source_in_parts')
    .dropColumn('source_sha256')
    .execute();
}
