// The consults touch trigger moves updated_at on every change, but an update that sets updated_at itself
// (the sweeper settling a send, a restore, a test ageing a row) keeps the value it set.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create or replace function consults_touch() returns trigger language plpgsql as $$
    begin
      if new.updated_at is not distinct from old.updated_at then
        new.updated_at := clock_timestamp();
      end if;
      return new;
    end $$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    create or replace function consults_touch() returns trigger language plpgsql as $$
    begin
      new.updated_at := clock_timestamp();
      return new;
    end $$`.execute(db);
}
