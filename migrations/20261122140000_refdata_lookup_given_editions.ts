// refdata_lookup, third form: the caller picks the editions. Choosing them in SQL on every call (a sorted
// DISTINCT ON over refdata_editions, then twenty array look-ups in plpgsql) was 0.2 ms of the 1.5 ms the
// 10-code question took on the server (pgbench: 1.58 -> 1.37 ms; one statement for the procedure
// sections saved ~0.07 ms more, 1.44 -> 1.37 over four alternating runs). The caller keeps a copy of the catalog
// (src/refdata/edition-catalog.ts) and passes the catalog version it read; a call made with an outdated
// copy returns one 'stale' row and nothing else, and the caller reloads the catalog and asks again. The
// version is read in the same snapshot as the facts, so an import committed mid-way cannot mix catalogs.
// Frozen in time: a change to the look-up is a new migration that replaces the function.
import { sql, type Kysely } from 'kysely';
import { frozenLookupForm } from './sql/lookup-forms.js';

const OLD_SIGNATURE = sql.raw('refdata_lookup(text[], text[], text[], text[], date, text, integer)');
const SIGNATURE = sql.raw(
  'refdata_lookup(text[], text[], text[], text[], date, text, integer, bigint, int, int[], int, int[], int[], int, int, int, int, int, int, int, int[])',
);

// The catalog's version: bumped by any change to refdata_editions, at commit (a deferred trigger, so a
// long import holds the row lock for an instant, not for the whole load), and read in the same
// snapshot as the editions. A TRUNCATE bumps it at once (constraint triggers cannot fire on one).
const CATALOG_VERSION = String.raw`
create table refdata_catalog (
  one boolean primary key default true check (one),
  version bigint not null
);
insert into refdata_catalog (version) values (1);
create function refdata_catalog_bump() returns trigger language plpgsql as $$
begin
  update refdata_catalog set version = version + 1;
  return null;
end
$$;
create constraint trigger refdata_catalog_changed after insert or update or delete on refdata_editions
  deferrable initially deferred for each row execute function refdata_catalog_bump();
create trigger refdata_catalog_truncated after truncate on refdata_editions
  for each statement execute function refdata_catalog_bump();
`;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop function ${OLD_SIGNATURE}`.execute(db);
  await sql.raw(CATALOG_VERSION).execute(db);
  await sql.raw(FUNCTION).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function ${SIGNATURE}`.execute(db);
  await sql`drop trigger refdata_catalog_changed on refdata_editions`.execute(db);
  await sql`drop trigger refdata_catalog_truncated on refdata_editions`.execute(db);
  await sql`drop function refdata_catalog_bump()`.execute(db);
  await sql`drop table refdata_catalog`.execute(db);
  await sql.raw(frozenLookupForm(2)).execute(db);
}

// Parameters e_*: edition ids (e_ptp_any: both PTP settings, for deleted CPT codes; e_mue: the setting's
// MUE table and DME; e_mue_any: all three; e_descriptors: licensed CPT descriptors and lay summaries).
// Facts are json arrays of text arrays, in the column order src/coding/lookup-sql.ts reads.
const FUNCTION = frozenLookupForm(3);
