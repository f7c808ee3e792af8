// refdata_lookup, fourth form: the caller may name the PTP pairs to probe. A question with 10 procedure
// codes has 90 ordered pairs and most have no edit; probing each was a third of the 10-code look-up on
// the server. Each process keeps a Bloom filter of the edition's pairs (src/refdata/pair-filter.ts) and
// passes only the pairs it cannot rule out (null: probe them all, as before). The procedure sections
// also stop sorting their facts; the caller sorts them. Measured on the 10-code question (pgbench,
// server side, alternating runs): 1.19 / 1.21 ms -> 0.92 / 0.91 ms with the pairs, 1.08 / 1.07 without.
//
// The filters are built once per database, by the first process that needs one, and kept in
// ptp_pair_filters: building one scans the edition (1.6 s of server CPU for the 2.5M practitioner
// pairs), reading it back is 3 MB. An edition's rows never change once loaded, so a filter stays true
// for its edition's life, and goes with it.
// Frozen in time: a change to the look-up is a new migration that replaces the function.
import { sql, type Kysely } from 'kysely';
import { frozenLookupForm } from './sql/lookup-forms.js';

const OLD_SIGNATURE = sql.raw(
  'refdata_lookup(text[], text[], text[], text[], date, text, integer, bigint, int, int[], int, int[], int[], int, int, int, int, int, int, int, int[])',
);
const SIGNATURE = sql.raw(
  'refdata_lookup(text[], text[], text[], text[], date, text, integer, bigint, int, int[], int, int[], int[], int, int, int, int, int, int, int, int[], text[], text[])',
);

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table ptp_pair_filters (
    edition_id integer primary key references refdata_editions (id) on delete cascade,
    -- how the bits were laid out (src/refdata/pair-filter.ts): a filter of another scheme is built again
    scheme text not null,
    hashes smallint not null check (hashes between 1 and 32),
    pairs integer not null,
    bits bytea not null,
    built_at timestamptz not null default now()
  )`.execute(db);
  // Random bits do not compress: store them as they are instead of trying on every write.
  await sql`alter table ptp_pair_filters alter column bits set storage external`.execute(db);
  await sql`drop function ${OLD_SIGNATURE}`.execute(db);
  await sql.raw(FUNCTION).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function ${SIGNATURE}`.execute(db);
  await sql.raw(frozenLookupForm(3)).execute(db);
  await sql`drop table ptp_pair_filters`.execute(db);
}

// Parameters as in the third form, and p_ptp1/p_ptp2: the candidate pairs' column 1 and column 2 codes.
const FUNCTION = frozenLookupForm(4);
