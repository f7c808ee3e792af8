// The word search reads each CPT code's text from the newest edition of the licensed descriptors or of
// our lay summaries only: it took each code from the newest edition holding it, so a summary taken out
// of the shipped set (or a code it no longer covers) kept being found from an older edition. The look-up
// already read the editions in force. Frozen in time: never import app code.
import { sql, type Kysely } from 'kysely';

const LEXEMES = `create materialized view code_search_lexemes as
  select word as lexeme, ndoc as df from ts_stat('select tsv from code_search')`;

/** The view as the first refdata migration made it, with the CPT documents given. */
const codeSearch = (cptDocuments: string) => `create materialized view code_search as
with latest as (
  select distinct on (dataset) id, dataset from refdata_editions order by dataset, effective_from desc, id desc
), cm as (
  select c.code_dotted, c.description from icd10cm_codes c join latest l on l.id = c.edition_id and l.dataset = 'icd10cm'
), docs as (
  select 'icd10cm' as system, code_dotted as code, description, 'cdc' as source, description as doc, 1.0 as weight from cm
  union all
  select 'icd10cm', cm.code_dotted, cm.description, 'cdc', i.path, 0.9
  from icd10cm_index_terms i join latest l on l.id = i.edition_id and l.dataset = 'icd10cm_index'
  join cm on cm.code_dotted = rtrim(rtrim(i.code, '-'), '.')
  union all
  select 'hcpcs', h.code, h.long_description, 'cms', h.long_description, 1.0
  from hcpcs_codes h join latest l on l.id = h.edition_id and l.dataset = 'hcpcs' where h.date_term is null
  union all
  select * from (${cptDocuments}) cpt
)
select system, code, description, source, doc, weight, to_tsvector('english', doc) as tsv from docs`;

/** Each code from the newest edition holding it (before). */
const CPT_ANY_EDITION = `
    select distinct on (d.code) 'cpt', d.code, d.descriptor, d.source, d.descriptor, 1.0
    from cpt_descriptors d join refdata_editions e on e.id = d.edition_id
    order by d.code, d.source = 'cpt_licensed' desc, e.effective_from desc, e.id desc`;

/** Each code from the newest edition of the licensed descriptors or of the lay summaries (now). */
const CPT_NEWEST_EDITIONS = `
    select distinct on (d.code) 'cpt', d.code, d.descriptor, d.source, d.descriptor, 1.0
    from cpt_descriptors d join latest l on l.id = d.edition_id
      and l.dataset in ('cpt_descriptors', 'cpt_lay_summaries')
    order by d.code, d.source = 'cpt_licensed' desc`;

async function rebuild(db: Kysely<any>, view: string): Promise<void> {
  await sql`drop materialized view if exists code_search_lexemes`.execute(db);
  await sql`drop materialized view if exists code_search`.execute(db);
  await sql.raw(view).execute(db);
  await sql`create index code_search_tsv_idx on code_search using gin (tsv)`.execute(db);
  await sql`create index code_search_doc_trgm_idx on code_search using gin (doc gin_trgm_ops)`.execute(db);
  await sql.raw(LEXEMES).execute(db);
  await sql`create unique index code_search_lexemes_lexeme_idx on code_search_lexemes (lexeme)`.execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  await rebuild(db, codeSearch(CPT_NEWEST_EDITIONS));
}

export async function down(db: Kysely<any>): Promise<void> {
  await rebuild(db, codeSearch(CPT_ANY_EDITION));
}
