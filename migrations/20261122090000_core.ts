// Core tables of the mail pipeline and the desk. Frozen in time: never import app code here.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('mailboxes')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('folder', 'text', (c) => c.notNull())
    .addColumn('uid_validity', 'bigint')
    .addColumn('last_uid', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('last_polled_at', 'timestamptz')
    .addUniqueConstraint('mailboxes_address_folder_key', ['address', 'folder'])
    .execute();

  await db.schema
    .createTable('consults')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('token', 'text', (c) => c.notNull().unique())
    .addColumn('asker_address', 'text', (c) => c.notNull())
    .addColumn('asker_name', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('quarantine_reason', 'text')
    .addColumn('claimed_by', 'integer')
    .addColumn('claimed_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('consults_state_created_idx')
    .on('consults')
    .columns(['state', 'created_at'])
    .execute();

  await db.schema
    .createTable('inbound_messages')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('mailbox_id', 'integer', (c) => c.notNull().references('mailboxes.id'))
    .addColumn('uid_validity', 'bigint', (c) => c.notNull())
    .addColumn('uid', 'bigint', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('raw', 'bytea', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('stored'))
    .addColumn('consult_id', 'bigint', (c) => c.references('consults.id'))
    .addColumn('from_address', 'text')
    .addColumn('from_name', 'text')
    .addColumn('subject', 'text')
    .addColumn('in_reply_to', 'text')
    .addColumn('references', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('text_body', 'text')
    .addColumn('question_text', 'text')
    .addColumn('html_body', 'text')
    .addColumn('attachments', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'`))
    .addColumn('screen_reason', 'text')
    .addColumn('phi_flags', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'`))
    .addColumn('sent_at', 'timestamptz')
    .addColumn('received_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('processed_at', 'timestamptz')
    .addUniqueConstraint('inbound_mailbox_uid_key', ['mailbox_id', 'uid_validity', 'uid'])
    .addUniqueConstraint('inbound_message_id_key', ['message_id'])
    .execute();
  await db.schema.createIndex('inbound_consult_idx').on('inbound_messages').column('consult_id').execute();

  await db.schema
    .createTable('reviewers')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('reviewer'))
    .addColumn('disabled', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('drafts')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('consult_id', 'bigint', (c) => c.notNull().references('consults.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('based_on_message_id', 'bigint', (c) => c.references('inbound_messages.id'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('html', 'text', (c) => c.notNull())
    .addColumn('findings', 'jsonb', (c) => c.notNull())
    .addColumn('flags', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'`))
    .addColumn('author_id', 'integer', (c) => c.references('reviewers.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('drafts_consult_version_key', ['consult_id', 'version'])
    .execute();
  // One machine draft per inbound message: a retried pipeline job cannot draft twice.
  await sql`create unique index drafts_machine_once on drafts (based_on_message_id) where source = 'machine'`.execute(
    db,
  );

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('consult_id', 'bigint', (c) => c.notNull().references('consults.id'))
    .addColumn('draft_id', 'bigint', (c) => c.references('drafts.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('queued'))
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('html', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull().unique())
    .addColumn('in_reply_to', 'text')
    .addColumn('references', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('reviewers.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('sent_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('outbox_state_idx').on('outbox').column('state').execute();

  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('reviewer_id', 'integer', (c) => c.references('reviewers.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('consult_id', 'bigint', (c) => c.references('consults.id'))
    .addColumn('draft_id', 'bigint')
    .addColumn('draft_version', 'integer')
    .addColumn('detail', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'`))
    .execute();
  await db.schema.createIndex('audit_consult_idx').on('audit_events').column('consult_id').execute();
  // Append-only: the database itself refuses to change history.
  await sql`create function audit_events_append_only() returns trigger language plpgsql as $$
    begin raise exception 'audit_events is append-only'; end $$`.execute(db);
  await sql`create trigger audit_events_no_change before update or delete on audit_events
    for each row execute function audit_events_append_only()`.execute(db);

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'integer', (c) => c.references('reviewers.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('revoked_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reviewer_id', 'integer', (c) => c.notNull().references('reviewers.id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'sessions',
    'api_tokens',
    'audit_events',
    'outbox',
    'drafts',
    'reviewers',
    'inbound_messages',
    'consults',
    'mailboxes',
  ])
    await db.schema.dropTable(t).ifExists().cascade().execute();
  await sql`drop function if exists audit_events_append_only()`.execute(db);
}
