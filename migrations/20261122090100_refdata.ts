// Reference-data tables (issue 3). Every row belongs to an edition; look-ups pick the edition in force
// at the date of service. Code columns use the "C" collation: byte order makes btree builds and
// prefix LIKE (ICD-10-CM children) fast. Frozen in time: never import app code here.
import { sql, type Kysely } from 'kysely';

const C = sql.raw('text collate "C"');

/** Table name -> column definitions (edition_id is added to each). */
const TABLES: Record<string, string> = {
  ptp_rationales: 'rationale_id smallint not null, rationale text not null',
  mue_values:
    'code text collate "C" not null, mue_value integer not null, mai smallint not null, mai_description text, rationale text',
  addon_edits: `add_on_code text collate "C" not null, primary_code text collate "C" not null, edit_type smallint not null,
    type_description text, primary_deleted_year smallint, add_on_deleted_year smallint, effective_year smallint,
    deleted_year smallint, special_instruction text`,
  hcpcs_codes: `code text collate "C" not null, long_description text, short_description text, price text, multi text,
    cov text, betos text, tos text, action text, cim text, mcm text, statute text, lab text, xref text, asc_grp text,
    proc text, anes text, date_term date, date_added date, date_asc date, date_action date`,
  modifiers: `modifier text collate "C" not null, level text not null, long_description text, short_description text,
    category text, date_added date, date_terminated date, action_code text, cms_reference text`,
  icd10cm_codes: `code text collate "C" not null, code_dotted text collate "C" not null, billable boolean not null,
    description text not null, chapter smallint, section text, first_fy smallint`,
  icd10cm_history: `code text collate "C" not null, code_dotted text collate "C" not null, known_start_fy smallint,
    known_end_fy smallint, billable_start_fy smallint, billable_end_fy smallint, description_if_retired text`,
  icd10cm_chapters: 'chapter smallint not null, description text not null',
  icd10cm_sections: 'section_range text not null, chapter smallint not null, description text not null',
  icd10cm_categories:
    'code text collate "C" not null, description text not null, section text, chapter smallint',
  icd10cm_index_terms: `kind text not null, row_id integer not null, letter text, level smallint not null, term text not null,
    see text, see_also text, nonessential text, code text collate "C", path text not null`,
  icd10cm_neoplasm: `row_id integer not null, level smallint not null, term text not null, see_also text, nonessential text,
    malignant_primary text, malignant_secondary text, ca_in_situ text, benign text, uncertain_behavior text,
    unspecified_behavior text, path text not null`,
  icd10cm_drugs: `row_id integer not null, letter text, level smallint not null, term text not null, see_also text,
    nonessential text, poisoning_accidental text, poisoning_self_harm text, poisoning_assault text,
    poisoning_undetermined text, adverse_effect text, underdosing text, path text not null`,
  icd10cm_notes:
    'code text collate "C" not null, level text not null, note_type text not null, note_text text not null',
  icd10pcs_codes:
    'code text collate "C" not null, valid boolean not null, description text not null, first_fy smallint',
  icd10pcs_history: `code text collate "C" not null, known_start_fy smallint, known_end_fy smallint, valid_start_fy smallint,
    valid_end_fy smallint, description_if_retired text`,
  pfs_rvu: `hcpcs text collate "C" not null, modifier text, status_code text not null, not_used_for_medicare_payment text,
    work_rvu numeric, non_facility_pe_rvu numeric, non_facility_na_indicator text, facility_pe_rvu numeric,
    facility_na_indicator text, mp_rvu numeric, non_facility_total numeric, facility_total numeric, pctc_indicator text,
    global_days text, pre_op numeric, intra_op numeric, post_op numeric, mult_proc text, bilat_surg text, asst_surg text,
    co_surg text, team_surg text, endo_base text, conversion_factor numeric, physician_supervision_diagnostic text,
    calculation_flag text, diagnostic_imaging_family text, non_facility_pe_used_for_opps numeric,
    facility_pe_used_for_opps numeric, mp_used_for_opps numeric`,
  cpt_descriptors: 'code text collate "C" not null, descriptor text not null, source text not null',
};

/** Look-up indexes: (code, edition) so one probe per requested code. */
const INDEXES: [string, string][] = [
  ['mue_values', 'code, edition_id'],
  ['addon_edits', 'add_on_code, edition_id'],
  ['addon_edits', 'primary_code, edition_id'],
  ['hcpcs_codes', 'code, edition_id'],
  ['modifiers', 'modifier, edition_id'],
  ['icd10cm_codes', 'code_dotted, edition_id'],
  ['icd10cm_codes', 'edition_id, code_dotted'],
  ['icd10cm_history', 'code_dotted, edition_id'],
  ['icd10cm_categories', 'code, edition_id'],
  ['icd10cm_index_terms', 'code, edition_id'],
  ['icd10cm_notes', 'code, edition_id'],
  ['icd10pcs_codes', 'code, edition_id'],
  ['icd10pcs_history', 'code, edition_id'],
  ['pfs_rvu', 'hcpcs, edition_id'],
  ['cpt_descriptors', 'code, edition_id'],
];

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`create table refdata_editions (
    id serial primary key,
    dataset text not null,
    label text not null,
    version text not null,
    effective_from date not null,
    effective_to date,
    source_file text not null,
    sha256 text not null,
    row_count integer not null default 0,
    loaded_at timestamptz not null default now(),
    constraint refdata_editions_dataset_sha_key unique (dataset, sha256)
  )`.execute(db);
  await sql`create index refdata_editions_dataset_idx on refdata_editions (dataset, effective_from)`.execute(
    db,
  );

  // PTP edits are partitioned by edition: the importer COPYs into a bare table, builds its index and
  // attaches it, which is several times faster than COPY into an indexed table (issue 3 benchmark).
  await sql`create table ptp_edits (
    edition_id integer not null,
    column1 ${C} not null,
    column2 ${C} not null,
    deletion_date date,
    modifier_indicator char(1) not null,
    rationale_id smallint
  ) partition by list (edition_id)`.execute(db);
  await sql`create index ptp_edits_pair_idx on ptp_edits (column1, column2)`.execute(db);

  for (const [table, columns] of Object.entries(TABLES)) {
    await sql`create table ${sql.table(table)} (
      edition_id integer not null, ${sql.raw(columns)})`.execute(db);
    await sql`create index ${sql.raw(`${table}_edition_idx`)} on ${sql.table(table)} (edition_id)`.execute(
      db,
    );
  }
  for (const [table, columns] of INDEXES) {
    const name = `${table}_${columns.replace(/[^a-z0-9]+/g, '_')}idx`;
    await sql`create index ${sql.raw(name)} on ${sql.table(table)} (${sql.raw(columns)})`.execute(db);
  }
  await sql.raw(CODE_SEARCH).execute(db);
  await sql`create index code_search_tsv_idx on code_search using gin (tsv)`.execute(db);
  await sql`create index code_search_doc_trgm_idx on code_search using gin (doc gin_trgm_ops)`.execute(db);
}

// Search by words: one document per (code, text) from the newest edition of each dataset; refreshed
// by the importers after a search-relevant load. A licensed CPT descriptor hides the lay summary.
const CODE_SEARCH = `create materialized view code_search as
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
  select * from (
    select distinct on (d.code) 'cpt', d.code, d.descriptor, d.source, d.descriptor, 1.0
    from cpt_descriptors d join refdata_editions e on e.id = d.edition_id
    order by d.code, d.source = 'cpt_licensed' desc, e.effective_from desc, e.id desc
  ) cpt
)
select system, code, description, source, doc, weight, to_tsvector('english', doc) as tsv from docs`;

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop materialized view if exists code_search`.execute(db);
  await sql`drop table if exists ptp_edits cascade`.execute(db);
  for (const table of Object.keys(TABLES))
    await sql`drop table if exists ${sql.table(table)} cascade`.execute(db);
  await sql`drop table if exists refdata_editions cascade`.execute(db);
}
