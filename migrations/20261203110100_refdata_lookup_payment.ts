// refdata_lookup, fifth form (issue 18): what the official CMS files add.
// - PTP: an edit is in force from its effective date (files converted from the official layout carry
//   it; the CSV conversions do not, and their edits count as in force since before any date) until its
//   deletion date; the effective date is returned as the seventh value of a 'ptp' fact.
// - Add-on code edits: the edit's own dates when the file gives them (the official file's Julian
//   dates; the deletion date is the edit's last day), else the years as before.
// - A 'gpci' section: the geographic practice cost indices of the locality asked for, by MAC and
//   locality number or by state and (part of) the locality name, from the PFS GPCI edition in force.
// Frozen in time: a change to the look-up is a new migration that replaces the function.
import { sql, type Kysely } from 'kysely';
import { frozenLookupForm } from './sql/lookup-forms.js';

const OLD_SIGNATURE = sql.raw(
  'refdata_lookup(text[], text[], text[], text[], date, text, integer, bigint, int, int[], int, int[], int[], int, int, int, int, int, int, int, int[], text[], text[])',
);
const SIGNATURE = sql.raw(
  'refdata_lookup(text[], text[], text[], text[], date, text, integer, bigint, int, int[], int, int[], int[], int, int, int, int, int, int, int, int[], text[], text[], int, text, text, text, text)',
);

export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop function ${OLD_SIGNATURE}`.execute(db);
  await sql.raw(FUNCTION).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function ${SIGNATURE}`.execute(db);
  await sql.raw(frozenLookupForm(4)).execute(db);
}

// Parameters as in the fourth form, and e_gpci (the PFS GPCI edition), p_mac/p_locality or
// p_state/p_area (the locality asked for; all null when none was).
const FUNCTION = frozenLookupForm(5);
