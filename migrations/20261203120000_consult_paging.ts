// Paging and syncing the consult list (issue 17, part 3): keyset pages on (created_at, id) and on
// (updated_at, id), and an updated_at that every change of a consult moves, whichever code made it
// (claims and releases did not set it). clock_timestamp(), not now(): the time of the change rather than
// of its transaction's start, so a sync by updatedSince misses less of a long transaction.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('consults_created_at_id')
    .on('consults')
    .columns(['created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('consults_updated_at_id')
    .on('consults')
    .columns(['updated_at', 'id'])
    .execute();
  await sql`
    create function consults_touch() returns trigger language plpgsql as $$
    begin
      new.updated_at := clock_timestamp();
      return new;
    end $$`.execute(db);
  await sql`
    create trigger consults_touch before update on consults
    for each row when (old.* is distinct from new.*) execute function consults_touch()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger consults_touch on consults`.execute(db);
  await sql`drop function consults_touch()`.execute(db);
  await db.schema.dropIndex('consults_updated_at_id').execute();
  await db.schema.dropIndex('consults_created_at_id').execute();
}
