// The one statement behind a question's diagnosis and PCS facts (icd-facts.ts): tabular notes and
// titles around the asked ICD-10-CM codes, billable codes under them, placeholder-X readings, PCS table
// titles, and, for a diagnosis or procedure asked in words, the Alphabetic Index, neoplasm and drug
// table rows its words lead to (a "see" is followed within the main terms the words name) and the PCS titles they match. One row per section, facts a json array.
import { sql, type RawBuilder } from 'kysely';

export interface FactsParams {
  dos: string;
  /** Asked ICD-10-CM codes and their categories and subcategories (dotted). */
  ancestors: string[];
  /** Asked ICD-10-CM stems whose billable codes are listed (a header, a deleted code). */
  stems: string[];
  /** Readings of asked codes with a placeholder X filled in. */
  fixes: string[];
  /** First three characters of asked PCS codes. */
  pcsTables: string[];
  /** Asked PCS codes: the valid codes sharing their first four characters are read. */
  pcsCodes: string[];
  /** Index and drug-table main-term words (raw and stemmed forms); empty: no walk. */
  mainWords: string[];
  /** The indexes walked: the Alphabetic Index ('alpha'), and the External Cause Index ('external')
   *  when the question speaks of how an injury happened. */
  indexKinds: string[];
  /** Words a neoplasm site or PCS title may hold; empty: that table is not read. */
  neoplasmWords: string[];
  drugWords: string[];
  pcsQuery: string | null;
  /** Codes a procedure recipe built from the words (pcs-recipes.ts): their titles, when valid. */
  pcsRecipeCodes: string[];
}

export interface FactsRow {
  section:
    | 'note'
    | 'ancestor'
    | 'under'
    | 'fix'
    | 'pcs_table'
    | 'pcs_near'
    | 'index'
    | 'neoplasm'
    | 'drug'
    | 'pcs'
    | 'pcs_recipe';
  facts: (string | null)[][] | null;
}

const MAX_UNDER = 40;
const MAX_MAIN_ROWS = 4000;
/** Main terms reached only through a named subterm's "see" (beyond the ones the words name). */
const MAX_SEE_MAINS = 6;
const MAX_PCS = 200;

export function factsStatement(p: FactsParams): RawBuilder<FactsRow> {
  const first = (col: string) => sql.raw(`lower(substring(${col} from '^[A-Za-z0-9'']+'))`);
  return sql<FactsRow>`
  with ed as (
    select distinct on (dataset) dataset, id from refdata_editions
    where dataset in ('icd10cm', 'icd10cm_notes', 'icd10cm_index', 'icd10cm_external_index', 'icd10cm_neoplasm',
      'icd10cm_drugs', 'icd10pcs')
    order by dataset, (effective_from <= ${p.dos}::date) desc,
      case when effective_from <= ${p.dos}::date then effective_from end desc nulls last, effective_from, id desc
  ), e as (
    select max(id) filter (where dataset = 'icd10cm') cm, max(id) filter (where dataset = 'icd10cm_notes') notes,
      max(id) filter (where dataset = 'icd10cm_index') idx, max(id) filter (where dataset = 'icd10cm_external_index') ext,
      max(id) filter (where dataset = 'icd10cm_neoplasm') neo,
      max(id) filter (where dataset = 'icd10cm_drugs') drug, max(id) filter (where dataset = 'icd10pcs') pcs from ed
  ), mains as (
    select m.row_id, m.kind, m.edition_id, (select min(n.row_id) from icd10cm_index_terms n
        where n.edition_id = m.edition_id and n.kind = m.kind and n.level = 0 and n.row_id > m.row_id) as next_id
    from e join icd10cm_index_terms m on m.edition_id in (e.idx, e.ext) and m.level = 0
      and m.kind = any(${p.indexKinds}::text[]) and ${first('m.term')} = any(${p.mainWords}::text[])
  ), named_rows as (
    select m.row_id as main, t.row_id, t.level, t.term, t.see, t.nonessential, t.code, t.path, m.kind
    from mains m cross join lateral (select * from icd10cm_index_terms t where t.edition_id = m.edition_id
      and t.kind = m.kind and t.row_id >= m.row_id and t.row_id < coalesce(m.next_id, 2147483647)
      order by t.row_id limit ${MAX_MAIN_ROWS}) t
  ), see_mains as (
    -- A subterm the question names that says "see" another main term ("Arthritis, gouty: see Gout")
    -- brings that main term's rows too, so the reference can be followed.
    select m.row_id, m.kind, m.edition_id, (select min(n.row_id) from icd10cm_index_terms n
        where n.edition_id = m.edition_id and n.kind = m.kind and n.level = 0 and n.row_id > m.row_id) as next_id
    from e join icd10cm_index_terms m on m.edition_id in (e.idx, e.ext) and m.level = 0
    join (select distinct r.kind, lower(substring(r.see from '^[A-Za-z0-9'']+')) as word from named_rows r
        where r.see is not null and r.level > 0
          and exists (select 1 from unnest(${p.mainWords}::text[]) w where strpos(lower(r.term), w) > 0)) s
      on s.kind = m.kind and ${first('m.term')} = s.word
    where (m.kind, m.row_id) not in (select kind, row_id from mains)
    limit ${MAX_SEE_MAINS}
  ), index_rows as (
    select * from named_rows
    union all
    select m.row_id as main, t.row_id, t.level, t.term, t.see, t.nonessential, t.code, t.path, m.kind
    from see_mains m cross join lateral (select * from icd10cm_index_terms t where t.edition_id = m.edition_id
      and t.kind = m.kind and t.row_id >= m.row_id and t.row_id < coalesce(m.next_id, 2147483647)
      order by t.row_id limit ${MAX_MAIN_ROWS}) t
  ), neo as (
    select n.*, max(case when n.level = 1 then n.row_id end) over (order by n.row_id) as site
    from e join icd10cm_neoplasm n on n.edition_id = e.neo where cardinality(${p.neoplasmWords}::text[]) > 0
  ), drug_mains as (
    select m.row_id, (select min(n.row_id) from icd10cm_drugs n where n.edition_id = e.drug and n.level = 0
        and n.row_id > m.row_id) as next_id
    from e join icd10cm_drugs m on m.edition_id = e.drug and m.level = 0 and ${first('m.term')} = any(${p.drugWords}::text[])
  )
  select 'note' as section, json_agg(json_build_array(n.code, n.note_type, n.note_text) order by n.code, n.ctid) as facts
    from e join icd10cm_notes n on n.edition_id = e.notes and n.level = 'diag' and n.code = any(${p.ancestors}::text[])
  union all
  select 'ancestor', json_agg(json_build_array(c.code_dotted, c.description, c.billable::text) order by c.code_dotted)
    from e join icd10cm_codes c on c.edition_id = e.cm and c.code_dotted = any(${p.ancestors}::text[])
  union all
  select 'under', json_agg(json_build_array(s.stem, k.code_dotted, k.description) order by s.stem, k.code_dotted)
    from e cross join unnest(${p.stems}::text[]) s(stem) cross join lateral (select code_dotted, description
      from icd10cm_codes where edition_id = e.cm and code_dotted > s.stem and code_dotted < s.stem || '~' and billable
      order by code_dotted limit ${MAX_UNDER}) k
  union all
  select 'fix', json_agg(json_build_array(c.code_dotted, c.description, c.billable::text))
    from e join icd10cm_codes c on c.edition_id = e.cm and c.code_dotted = any(${p.fixes}::text[])
  union all
  select 'pcs_table', json_agg(json_build_array(c.code, c.description))
    from e join icd10pcs_codes c on c.edition_id = e.pcs and c.code = any(${p.pcsTables}::text[])
  union all
  select 'pcs_near', json_agg(json_build_array(s.code, k.code, k.description)
      order by s.code, substr(k.code, 1, 6) = substr(s.code, 1, 6) desc, k.code)
    from e cross join unnest(${p.pcsCodes}::text[]) s(code) cross join lateral (select code, description
      from icd10pcs_codes where edition_id = e.pcs and valid and code > substr(s.code, 1, 4)
        and code < substr(s.code, 1, 4) || '~' and code <> s.code
      order by (substr(code, 1, 6) = substr(s.code, 1, 6)) desc, code limit ${MAX_UNDER}) k
  union all
  select 'index', json_agg(json_build_array(r.main::text, r.row_id::text, r.level::text, r.term, r.see, r.nonessential,
      r.code, r.path, r.kind) order by r.kind, r.main, r.row_id)
    from index_rows r
  union all
  select 'neoplasm', json_agg(json_build_array(n.site::text, n.row_id::text, n.level::text, n.term, n.nonessential,
      n.path, n.malignant_primary, n.malignant_secondary, n.ca_in_situ, n.benign, n.uncertain_behavior,
      n.unspecified_behavior) order by n.row_id)
    from neo n where n.site in (select x.site from neo x where x.level >= 1
      and regexp_split_to_array(lower(x.term), '[^a-z0-9]+') && ${p.neoplasmWords}::text[])
  union all
  select 'drug', json_agg(json_build_array(m.row_id::text, d.row_id::text, d.level::text, d.term, d.nonessential,
      d.path, d.poisoning_accidental, d.poisoning_self_harm, d.poisoning_assault, d.poisoning_undetermined,
      d.adverse_effect, d.underdosing) order by d.row_id)
    from e cross join drug_mains m join icd10cm_drugs d on d.edition_id = e.drug and d.row_id >= m.row_id
      and d.row_id < coalesce(m.next_id, 2147483647)
  union all
  select 'pcs_recipe', json_agg(json_build_array(c.code, c.description))
    from e join icd10pcs_codes c on c.edition_id = e.pcs and c.valid and c.code = any(${p.pcsRecipeCodes}::text[])
  union all
  select 'pcs', json_agg(json_build_array(p.code, p.description) order by p.rank desc, p.code)
    from (select c.code, c.description, ts_rank(to_tsvector('english', c.description), q) as rank
      from e cross join to_tsquery('english', coalesce(${p.pcsQuery}::text, '')) q
      join icd10pcs_codes c on c.edition_id = e.pcs and c.valid and to_tsvector('english', c.description) @@ q
      where ${p.pcsQuery}::text is not null order by rank desc limit ${MAX_PCS}) p`;
}
