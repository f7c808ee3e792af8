// Reference data from the official CMS/CDC layouts (issue 18): what those files carry beyond the CSV
// conversions. PTP edits keep each edit's effective date; add-on code edits keep the full dates of the
// Julian date columns (the conversions kept the years only); and three PFS files get tables of their
// own: the geographic practice cost indices (GPCI) of each MAC locality, the counties of each locality,
// and the anesthesia conversion factors. Every row belongs to an edition, as in the other tables.
// Frozen in time: never import app code here.
import { sql, type Kysely } from 'kysely';

const TABLES: Record<string, string> = {
  pfs_gpci: `mac text collate "C" not null, state text not null, locality text collate "C" not null,
    locality_name text not null, pw_gpci numeric not null, pe_gpci numeric not null, mp_gpci numeric not null`,
  pfs_localities: `mac text collate "C" not null, locality text collate "C" not null, state_name text,
    fee_schedule_area text, counties text`,
  pfs_anesthesia_cf: `mac text collate "C" not null, locality text collate "C" not null, locality_name text not null,
    anesthesia_cf numeric not null`,
};

export async function up(db: Kysely<any>): Promise<void> {
  // Adding a nullable column without a default only changes the catalog (partitions included).
  await sql`alter table ptp_edits add column effective_date date`.execute(db);
  await sql`alter table addon_edits add column primary_deleted_on date, add column add_on_deleted_on date,
    add column effective_on date, add column deleted_on date`.execute(db);
  for (const [table, columns] of Object.entries(TABLES)) {
    await sql`create table ${sql.table(table)} (edition_id integer not null, ${sql.raw(columns)})`.execute(
      db,
    );
    await sql`create index ${sql.raw(`${table}_edition_mac_locality_idx`)} on ${sql.table(table)} (edition_id, mac, locality)`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of Object.keys(TABLES)) await sql`drop table ${sql.table(table)}`.execute(db);
  await sql`alter table addon_edits drop column primary_deleted_on, drop column add_on_deleted_on,
    drop column effective_on, drop column deleted_on`.execute(db);
  await sql`alter table ptp_edits drop column effective_date`.execute(db);
}
