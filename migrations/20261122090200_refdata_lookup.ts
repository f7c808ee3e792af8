// The look-up behind src/coding/lookup.ts as a plpgsql function: one statement per question, and
// plpgsql keeps its plan, which saves ~10 ms of planning per call on this large query (issue 3: p50 < 2 ms).
// Frozen in time: a change to the look-up is a new migration that replaces the function.
import { sql, type Kysely } from 'kysely';
import { frozenLookupForm } from './sql/lookup-forms.js';

export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(FUNCTION).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function if exists refdata_lookup(text[], text[], text[], text[], date, text, integer)`.execute(
    db,
  );
}

// Editions in force at p_dos (the latest started on or before it, else the earliest); facts per
// candidate (code, system, key); then PTP between every ordered pair of p_procs, MUE, add-on, RVU.
const FUNCTION = frozenLookupForm(1);
