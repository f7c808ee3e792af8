// Indexes for the diagnosis and PCS facts of a question (src/coding/icd-facts-sql.ts): main terms of
// the ICD-10-CM Alphabetic Index and the drug table by their first word, their rows by position (a
// main term's subterms follow it), and ICD-10-PCS titles by word. Frozen in time: never import app code.
import { sql, type Kysely } from 'kysely';

const FIRST_WORD = (column: string) => sql.raw(`lower(substring(${column} from '^[A-Za-z0-9'']+'))`);

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index icd10cm_index_terms_main_word_idx on icd10cm_index_terms
    (edition_id, ${FIRST_WORD('term')}) where level = 0`.execute(db);
  await sql`create index icd10cm_index_terms_main_term_idx on icd10cm_index_terms
    (edition_id, lower(term)) where level = 0`.execute(db);
  await sql`create index icd10cm_index_terms_row_idx on icd10cm_index_terms (edition_id, kind, row_id)`.execute(
    db,
  );
  await sql`create index icd10cm_drugs_main_word_idx on icd10cm_drugs
    (edition_id, ${FIRST_WORD('term')}) where level = 0`.execute(db);
  await sql`create index icd10cm_drugs_row_idx on icd10cm_drugs (edition_id, row_id)`.execute(db);
  await sql`create index icd10pcs_codes_title_tsv_idx on icd10pcs_codes
    using gin (to_tsvector('english', description))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of [
    'icd10cm_index_terms_main_word_idx',
    'icd10cm_index_terms_main_term_idx',
    'icd10cm_index_terms_row_idx',
    'icd10cm_drugs_main_word_idx',
    'icd10cm_drugs_row_idx',
    'icd10pcs_codes_title_tsv_idx',
  ])
    await sql`drop index if exists ${sql.raw(name)}`.execute(db);
}
