// refdata_lookup from its one SQL file (migrations/sql/refdata_lookup.sql), the fifth form unchanged:
// earlier migrations each restated the whole function and imported one another's copies. A change to
// the look-up is now an edit of that file plus a migration like this one that applies it (and first
// drops the function if its signature or result type changes). Since the sixth form replaced the file,
// this migration applies the fifth form it always applied, frozen, as a replacement in place.
import { sql, type Kysely } from 'kysely';
import { frozenLookupForm, replacingLookupForm } from './sql/lookup-forms.js';

const SIGNATURE = sql.raw(
  'refdata_lookup(text[], text[], text[], text[], date, text, integer, bigint, int, int[], int, int[], int[], int, int, int, int, int, int, int, int[], text[], text[], int, text, text, text, text)',
);

export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(replacingLookupForm(5)).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function ${SIGNATURE}`.execute(db);
  await sql.raw(frozenLookupForm(5)).execute(db);
}
