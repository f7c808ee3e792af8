-- What the code sends, written by test/unit/queries/queries.test.ts: do not edit; rewrite with
-- UPDATE_QUERIES=1 npx vitest run --project unit test/unit/queries

-- catalogOf(db), reading the edition catalog: once a process, and again after a stale look-up
select (select c.version from refdata_catalog c) as version,
(select json_agg(json_build_object('id', e.id, 'dataset', e.dataset, 'label', e.label,
      'effectiveFrom', e.effective_from, 'effectiveTo', e.effective_to) order by e.dataset, e.effective_from, e.id)
  from refdata_editions e) as editions;

-- lookupCodes(db, { codes: ['99213', '20610', 'M17.11'], dateOfService: '2025-03-01', setting: 'practitioner' })
select section, facts from refdata_lookup(p_codes => $1::text[],
  p_systems => $2::text[], p_keys => $3::text[], p_procs => $4::text[],
  p_dos => $5::date, p_setting => $6::text, p_fy => $7::integer, p_catalog => $8::bigint,
  e_ptp => $9::int, e_ptp_any => $10::int[],
  e_rationale => $11::int, e_mue => $12::int[],
  e_mue_any => $13::int[], e_addon => $14::int,
  e_rvu => $15::int, e_hcpcs => $16::int, e_cm => $17::int,
  e_cm_history => $18::int, e_pcs => $19::int, e_pcs_history => $20::int,
  e_descriptors => $21::int[],
  p_ptp1 => $22::text[], p_ptp2 => $23::text[],
  e_gpci => $24::int, p_mac => $25::text, p_locality => $26::text,
  p_state => $27::text, p_area => $28::text);

-- referenceFacts(db, { icdCodes: ['M17.11'], walk: true, ... })
with ed as (
  select distinct on (dataset) dataset, id from refdata_editions
  where dataset in ('icd10cm', 'icd10cm_notes', 'icd10cm_index', 'icd10cm_neoplasm', 'icd10cm_drugs', 'icd10pcs')
  order by dataset, (effective_from <= $1::date) desc,
  case when effective_from <= $2::date then effective_from end desc nulls last, effective_from, id desc
), e as (
  select max(id) filter (where dataset = 'icd10cm') cm, max(id) filter (where dataset = 'icd10cm_notes') notes,
  max(id) filter (where dataset = 'icd10cm_index') idx, max(id) filter (where dataset = 'icd10cm_neoplasm') neo,
  max(id) filter (where dataset = 'icd10cm_drugs') drug, max(id) filter (where dataset = 'icd10pcs') pcs from ed
), mains as (
  select m.row_id, (select min(n.row_id) from icd10cm_index_terms n where n.edition_id = e.idx and n.kind = 'alpha'
    and n.level = 0 and n.row_id > m.row_id) as next_id
  from e join icd10cm_index_terms m on m.edition_id = e.idx and m.level = 0 and m.kind = 'alpha'
  and lower(substring(m.term from '^[A-Za-z0-9'']+')) = any($3::text[])
), index_rows as (
  select m.row_id as main, t.row_id, t.level, t.term, t.see, t.nonessential, t.code, t.path
  from e cross join mains m cross join lateral (select * from icd10cm_index_terms t where t.edition_id = e.idx
    and t.kind = 'alpha' and t.row_id >= m.row_id and t.row_id < coalesce(m.next_id, 2147483647)
    order by t.row_id limit $4) t
), neo as (
  select n.*, max(case when n.level = 1 then n.row_id end) over (order by n.row_id) as site
  from e join icd10cm_neoplasm n on n.edition_id = e.neo where cardinality($5::text[]) > 0
), drug_mains as (
  select m.row_id, (select min(n.row_id) from icd10cm_drugs n where n.edition_id = e.drug and n.level = 0
    and n.row_id > m.row_id) as next_id
  from e join icd10cm_drugs m on m.edition_id = e.drug and m.level = 0 and lower(substring(m.term from '^[A-Za-z0-9'']+')) = any($6::text[])
)
select 'note' as section, json_agg(json_build_array(n.code, n.note_type, n.note_text) order by n.code, n.ctid) as facts
from e join icd10cm_notes n on n.edition_id = e.notes and n.level = 'diag' and n.code = any($7::text[])
union all
select 'ancestor', json_agg(json_build_array(c.code_dotted, c.description, c.billable::text) order by c.code_dotted)
from e join icd10cm_codes c on c.edition_id = e.cm and c.code_dotted = any($8::text[])
union all
select 'under', json_agg(json_build_array(s.stem, k.code_dotted, k.description) order by s.stem, k.code_dotted)
from e cross join unnest($9::text[]) s(stem) cross join lateral (select code_dotted, description
  from icd10cm_codes where edition_id = e.cm and code_dotted > s.stem and code_dotted < s.stem || '~' and billable
  order by code_dotted limit $10) k
union all
select 'fix', json_agg(json_build_array(c.code_dotted, c.description, c.billable::text))
from e join icd10cm_codes c on c.edition_id = e.cm and c.code_dotted = any($11::text[])
union all
select 'pcs_table', json_agg(json_build_array(c.code, c.description))
from e join icd10pcs_codes c on c.edition_id = e.pcs and c.code = any($12::text[])
union all
select 'pcs_near', json_agg(json_build_array(s.code, k.code, k.description)
  order by s.code, substr(k.code, 1, 6) = substr(s.code, 1, 6) desc, k.code)
from e cross join unnest($13::text[]) s(code) cross join lateral (select code, description
  from icd10pcs_codes where edition_id = e.pcs and valid and code > substr(s.code, 1, 4)
  and code < substr(s.code, 1, 4) || '~' and code <> s.code
  order by (substr(code, 1, 6) = substr(s.code, 1, 6)) desc, code limit $14) k
union all
select 'index', json_agg(json_build_array(r.main::text, r.row_id::text, r.level::text, r.term, r.see, r.nonessential,
    r.code, r.path) order by r.main, r.row_id)
from index_rows r
union all
select 'neoplasm', json_agg(json_build_array(n.site::text, n.row_id::text, n.level::text, n.term, n.nonessential,
    n.path, n.malignant_primary, n.malignant_secondary, n.ca_in_situ, n.benign, n.uncertain_behavior,
    n.unspecified_behavior) order by n.row_id)
from neo n where n.site in (select x.site from neo x where x.level >= 1
  and regexp_split_to_array(lower(x.term), '[^a-z0-9]+') && $15::text[])
union all
select 'drug', json_agg(json_build_array(m.row_id::text, d.row_id::text, d.level::text, d.term, d.nonessential,
    d.path, d.poisoning_accidental, d.poisoning_self_harm, d.poisoning_assault, d.poisoning_undetermined,
    d.adverse_effect, d.underdosing) order by d.row_id)
from e cross join drug_mains m join icd10cm_drugs d on d.edition_id = e.drug and d.row_id >= m.row_id
and d.row_id < coalesce(m.next_id, 2147483647)
union all
select 'pcs_recipe', json_agg(json_build_array(c.code, c.description))
from e join icd10pcs_codes c on c.edition_id = e.pcs and c.valid and c.code = any($16::text[])
union all
select 'pcs', json_agg(json_build_array(p.code, p.description) order by p.rank desc, p.code)
from (select c.code, c.description, ts_rank(to_tsvector('english', c.description), q) as rank
  from e cross join to_tsquery('english', coalesce($17::text, '')) q
  join icd10pcs_codes c on c.edition_id = e.pcs and c.valid and to_tsvector('english', c.description) @@ q
  where $18::text is not null order by rank desc limit $19) p;

-- findGuidance(db, { question: 'injection with an office visit', procedureCodes: [2], diagnosisCodes: [1] })
with editions as (
  select distinct on (dataset) id, dataset, label from refdata_editions
  where dataset in ('ncci_policy_manual', 'icd10cm_guidelines')
  order by dataset, (effective_from <= $1::date) desc,
  case when effective_from <= $2::date then effective_from end desc nulls last,
  effective_from, id desc
), q as (select to_tsquery('english', $3) as query,
  tsvector_to_array(to_tsvector('english', $4)) as asked),
candidates as (
  select p.source, e.label as edition, p.section, p.title, p.text, p.ordinal,
  ts_rank(p.doc, q.query, 1) as words,
  exists (select 1 from unnest(p.code_ranges) r,
    unnest(case p.source when 'ncci_policy_manual' then $5::text[] else $6::text[] end) c
    where left(c, length(split_part(r, '-', 1))) between split_part(r, '-', 1) and split_part(r, '-', 2))
  as in_chapter,
  exists (select 1 from unnest($7::text[]) c where strpos(p.text, c) > 0) as names_code,
  p.code_ranges is null and cardinality(
    case p.source when 'ncci_policy_manual' then $8::text[] else $9::text[] end) > 0 as general,
  p.code_ranges is null as whole_code_set,
  (select count(*) filter (where w = any(q.asked))::float8 / greatest(count(*), 1)
    from unnest(tsvector_to_array(to_tsvector('english', p.title))) w) as title_asked
  from guidance_paragraphs p join editions e on e.id = p.edition_id, q
  where p.doc @@ q.query
), best as (
  select distinct on (section, source) *,
  words + case when in_chapter or general then 0.05 else 0 end + case when names_code then 0.1 else 0 end
  + 0.05 * title_asked
  + case when whole_code_set and not $10 then 0.02 else 0 end as score
  from candidates
  where not $11 or in_chapter or names_code or general
  order by section, source, words desc, ordinal
)
select source, edition, section, title, text, round(score::numeric, 4)::float8 as score
from best order by score desc, source, section limit $12;

-- gpciInForce(db, '2025-03-01'): once an edition and process
select "mac",
  "locality",
  "state",
  "locality_name",
  "pw_gpci",
  "pe_gpci",
  "mp_gpci"
from "pfs_gpci"
where "edition_id" = $1
order by "mac",
  "locality";

-- suggestCodes(db, 'thoracentesis with imaging guidance'): a question naming no code
begin;
set local statement_timeout = '3s';
with input as (
  select g, word, weak from unnest($1::int[], $2::text[], $3::bool[]) as t(g, word, weak)
), lex as (
  select distinct i.g, i.word, i.weak, l.lexeme
  from input i cross join lateral unnest(tsvector_to_array(to_tsvector('english', i.word))) as l(lexeme)
), stats as (
  select x.lexeme, coalesce(c.df, 0) as df
  from (select distinct lexeme from lex) x left join code_search_lexemes c using (lexeme)
), n as (
  select greatest(reltuples, 1) as docs from pg_class where relname = 'code_search'
), weighted as (
  select lex.g, lex.word, lex.weak, lex.lexeme, stats.df,
  ln(n.docs / (stats.df + 1)) * case when stats.df = 0 then $4::float8 else 1 end as idf,
  to_tsquery('simple', quote_literal(lex.lexeme)) as q
  from lex join stats using (lexeme), n
), total as (
  select coalesce(sum(idf) filter (where not weak), 0) as all_strong,
  coalesce(sum(idf) filter (where weak), 0) as all_weak
  from (select g, bool_or(weak) as weak, max(idf) as idf from weighted group by g) per_group
), finder_groups as (
  select g from (
    select g, sum(sum(df)) over (order by sum(df), g rows between unbounded preceding and current row) as cost,
    row_number() over (order by sum(df), g) as n
    from weighted where not weak and df between 1 and $5 group by g
  ) ranked where n = 1 or (n <= $6 and cost <= $7)
), finder as (
  select to_tsquery('simple', string_agg(quote_literal(lexeme), ' | ')) as q
  from weighted where df between 1 and $8 and g in (select g from finder_groups)
), docs as (
  select s.code, s.system, s.description, s.source, s.weight, s.doc, length(s.tsv) as doc_len, m.*
  from finder, code_search s cross join lateral (
    select coalesce(sum(idf) filter (where not weak), 0) as strong, coalesce(sum(idf) filter (where weak), 0) as weak,
    count(*) as groups_matched, array_agg(g order by g) as groups, array_agg(words order by g) as words
    from (
      select w.g, bool_or(w.weak) as weak, max(w.idf) as idf, string_agg(distinct w.word, '|') as words
      from weighted w where w.df > 0 and s.tsv @@ w.q group by w.g
    ) per_group
  ) m
  where finder.q is not null and s.tsv @@ finder.q
  and not (s.system = 'hcpcs' and s.code ~ $9)
), scored as (
  select distinct on (code, system) code, system, description, source, doc, groups, words, all_strong,
  (weight * case when system = 'hcpcs' and code ~ $10 then $11::float8 else 1 end
    * case when system = 'icd10cm' and $12 then $13::float8 else 1 end
    * case when system = 'icd10cm' and code ~ '^[OP]' and not $14 then $15::float8 else 1 end
    * (strong / nullif(all_strong, 0)
      + 0.1 * case when all_weak > 0 then docs.weak / all_weak else 0 end
      + $16::float8 * least(1, groups_matched::float8 / greatest(doc_len, 1))))::float8 as score
  from docs, total
  where strong > 0
  order by code, system, score desc
), best as (
  select * from scored order by score desc, code limit $17
)
select best.*, array(
  select distinct w.g from weighted w
  where not w.weak and w.df > 0 and to_tsvector('english', regexp_replace(best.description, '\s*[,;:(].*$', '')) @@ w.q order by w.g
) as lead_groups
from best order by score desc, code;
commit;
