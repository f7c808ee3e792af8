// refdata_lookup, sixth form: each RVU fact carries its endoscopic base code (the PFS file's ENDO BASE),
// and the base codes of the asked endoscopies that were not asked themselves come back as 'rvu_base'
// facts, so the multiple endoscopy rule can name the base and subtract its value with no second query.
// Signature and result type are unchanged, so the function is replaced in place.
import { sql, type Kysely } from 'kysely';
import { currentLookupForm, replacingLookupForm } from './sql/lookup-forms.js';

export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(currentLookupForm()).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(replacingLookupForm(5)).execute(db);
}
