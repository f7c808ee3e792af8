// API tokens get a scope (read < review < admin) and an expiry. Tokens made before could do whatever a
// bearer could (read, approve, reject, release quarantine); they become `read` tokens that expire 90
// days after this migration, the safe side: automation that approves needs a new `review` token.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table api_tokens
    add column scope text not null default 'read' check (scope in ('read', 'review', 'admin')),
    add column expires_at timestamptz`.execute(db);
  await sql`update api_tokens set expires_at = now() + interval '90 days'`.execute(db);
  // From now on every token states both.
  await sql`alter table api_tokens alter column expires_at set not null, alter column scope drop default`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('api_tokens').dropColumn('expires_at').dropColumn('scope').execute();
}
