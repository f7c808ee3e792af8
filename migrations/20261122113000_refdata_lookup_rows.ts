// refdata_lookup, second form: one plpgsql statement per section, each returning one row (section, facts)
// whose facts are a json array of text arrays, read by src/coding/lookup-sql.ts. Measured here on the
// 10-code question (pgbench, server side): 2.25 ms -> 1.35 ms. Where the time went (perf): json_build_object
// looks up every argument's type on every call (~20% of the function); the executor set up the plans of
// code systems the question never names; the PTP rationale was a nested-loop join. array_to_json of a
// text[][] types its elements once, and one row per section keeps the client's parsing small.
// Frozen in time: a change to the look-up is a new migration that replaces the function.
import { sql, type Kysely } from 'kysely';
import { frozenLookupForm } from './sql/lookup-forms.js';
import * as jsonForm from './20261122090200_refdata_lookup.js';
import * as genericPlan from './20261122100000_refdata_lookup_generic_plan.js';

const SIGNATURE = sql.raw('refdata_lookup(text[], text[], text[], text[], date, text, integer)');

export async function up(db: Kysely<any>): Promise<void> {
  // The return type changes, so the function is dropped rather than replaced.
  await sql`drop function ${SIGNATURE}`.execute(db);
  await sql.raw(FUNCTION).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function ${SIGNATURE}`.execute(db);
  await jsonForm.up(db);
  await genericPlan.up(db);
}

const FUNCTION = frozenLookupForm(2);
