// The single statement behind lookupCodes: editions in force at the date of service, then every fact
// as one json document. Parameters: candidates (code, system, key arrays), procedure codes, date, setting.
import { sql, type RawBuilder } from 'kysely';
import type { Candidate } from './lookup-systems.js';
import type { Setting } from './types.js';

export function lookupStatement(cands: Candidate[], procs: string[], dos: string, setting: Setting, fy: number): RawBuilder<{ doc: LookupDoc }> {
  const ed = (dataset: string) => sql`(select id from ed where dataset = ${dataset})`;
  return sql<{ doc: LookupDoc }>`
with ed as (
  select distinct on (dataset) id, dataset, label, effective_from::text as effective_from, effective_to::text as effective_to
  from refdata_editions
  order by dataset, (effective_from <= ${dos}::date) desc,
    case when effective_from <= ${dos}::date then effective_from end desc nulls last, effective_from, id desc
),
req as (
  select * from unnest(${cands.map((c) => c.code)}::text[], ${cands.map((c) => c.system)}::text[],
    ${cands.map((c) => c.key)}::text[]) with ordinality as r(code, system, key, ord)
),
cpt as (
  select r.ord, r.code, r.system, d.descriptor, d.source, rv.present as in_rvu, pt.rows, pt.active, pt.last_deleted,
    (mu.present or ad.present) as other
  from req r
  left join lateral (
    select c.descriptor, c.source from cpt_descriptors c
    where c.code = r.key and c.edition_id in (${ed('cpt_descriptors')}, ${ed('cpt_lay_summaries')})
    order by c.source = 'cpt_licensed' desc limit 1) d on true
  left join lateral (select true as present from pfs_rvu where hcpcs = r.key and edition_id = ${ed('pfs_rvu')} limit 1) rv on true
  left join lateral (
    select count(*) as rows, count(*) filter (where deletion_date is null or deletion_date >= ${dos}::date) as active,
      max(deletion_date)::text as last_deleted
    from ptp_edits where column1 = r.key and edition_id in (select id from ed where dataset in ('ptp_practitioner', 'ptp_hospital'))) pt on true
  left join lateral (select true as present from mue_values where code = r.key
    and edition_id in (select id from ed where dataset like 'mue\\_%') limit 1) mu on true
  left join lateral (select true as present from addon_edits where add_on_code = r.key and edition_id = ${ed('addon')} limit 1) ad on true
  where r.system = 'cpt'
),
facts as (
  select ord, code, system, (descriptor is not null or in_rvu or rows > 0 or coalesce(other, false)) as known,
    null::boolean as billable, descriptor, source,
    -- CPT has no public code history: a code absent from the RVU file whose PTP edits all ended is deleted.
    case when in_rvu is null and rows > 0 and active = 0 then last_deleted end as deleted_on,
    null::json as children, (select label from ed where dataset = 'pfs_rvu') as edition, null::boolean as valid
  from cpt
  union all
  select r.ord, r.code, r.system, h.code is not null, null, h.long_description, 'cms',
    case when h.date_term <= ${dos}::date then h.date_term::text end, null,
    (select label from ed where dataset = 'hcpcs'),
    h.code is not null and (h.date_term is null or h.date_term > ${dos}::date) and (h.date_added is null or h.date_added <= ${dos}::date)
  from req r left join hcpcs_codes h on h.code = r.key and h.edition_id = ${ed('hcpcs')}
  where r.system = 'hcpcs'
  union all
  select r.ord, r.code, r.system, (c.code is not null or h.code is not null),
    coalesce(c.billable, h.billable_end_fy is not null), coalesce(c.description, h.description_if_retired), 'cdc',
    case when c.code is null and h.known_end_fy < ${fy} then make_date(h.known_end_fy, 10, 1)::text end,
    ch.children, (select label from ed where dataset = 'icd10cm'),
    case when c.code is not null then c.billable and coalesce(h.billable_start_fy <= ${fy}, true)
      else coalesce(${fy} between h.billable_start_fy and h.billable_end_fy, false) end
  from req r
  left join icd10cm_codes c on c.code_dotted = r.key and c.edition_id = ${ed('icd10cm')}
  left join icd10cm_history h on h.code_dotted = r.key and h.edition_id = ${ed('icd10cm_history')}
  left join lateral (
    select json_agg(json_build_object('code', k.code_dotted, 'description', k.description) order by k.code_dotted) as children
    from (select code_dotted, description from icd10cm_codes
      where edition_id = ${ed('icd10cm')} and code_dotted > r.key and code_dotted < r.key || '~' and billable
      order by code_dotted limit 25) k
  ) ch on c.billable = false
  where r.system = 'icd10cm'
  union all
  select r.ord, r.code, r.system, (c.code is not null or h.code is not null), coalesce(c.valid, h.valid_end_fy is not null),
    coalesce(c.description, h.description_if_retired), 'cms',
    case when c.code is null and h.known_end_fy < ${fy} then make_date(h.known_end_fy, 10, 1)::text end, null,
    (select label from ed where dataset = 'icd10pcs'),
    case when c.code is not null then c.valid and coalesce(h.valid_start_fy <= ${fy}, true)
      else coalesce(${fy} between h.valid_start_fy and h.valid_end_fy, false) end
  from req r
  left join icd10pcs_codes c on c.code = r.key and c.edition_id = ${ed('icd10pcs')}
  left join icd10pcs_history h on h.code = r.key and h.edition_id = ${ed('icd10pcs_history')}
  where r.system = 'icd10pcs'
)
select json_build_object(
  'codes', (select coalesce(json_agg(f order by f.ord), '[]') from facts f),
  'ptp', (select coalesce(json_agg(json_build_object('column1', p.column1, 'column2', p.column2,
      'modifierIndicator', p.modifier_indicator, 'deleted', p.deletion_date::text, 'rationale', ra.rationale,
      'active', p.deletion_date is null or p.deletion_date >= ${dos}::date)
      order by p.column1, p.column2, p.deletion_date desc nulls first), '[]')
    from ptp_edits p
    left join ptp_rationales ra on ra.rationale_id = p.rationale_id and ra.edition_id = ${ed('ptp_rationale')}
    where p.edition_id = ${ed(`ptp_${setting}`)} and p.column1 = any(${procs}::text[]) and p.column2 = any(${procs}::text[])
      and p.column1 <> p.column2),
  'mue', (select coalesce(json_agg(json_build_object('code', m.code, 'dataset', e.dataset, 'value', m.mue_value, 'mai', m.mai,
      'rationale', m.rationale, 'edition', e.label)), '[]')
    from mue_values m join ed e on e.id = m.edition_id and e.dataset in (${`mue_${setting}`}, 'mue_dme')
    where m.code = any(${procs}::text[])),
  'addOns', (select coalesce(json_agg(json_build_object('addOn', a.add_on_code, 'primary', a.primary_code, 'type', a.edit_type)
      order by a.add_on_code, a.primary_code), '[]')
    from addon_edits a where a.edition_id = ${ed('addon')}
      and (a.add_on_code = any(${procs}::text[]) or a.primary_code = any(${procs}::text[]))
      and (a.deleted_year is null or a.deleted_year > ${Number(dos.slice(0, 4))})),
  'rvu', (select coalesce(json_agg(to_json(v) order by v.hcpcs, v.modifier nulls first), '[]')
    from pfs_rvu v where v.edition_id = ${ed('pfs_rvu')} and v.hcpcs = any(${procs}::text[])),
  'editions', (select coalesce(json_agg(json_build_object('id', e.id, 'dataset', e.dataset, 'label', e.label,
      'effectiveFrom', e.effective_from, 'effectiveTo', e.effective_to) order by e.dataset), '[]')
    from ed e where e.dataset in (${`ptp_${setting}`}, 'ptp_rationale', ${`mue_${setting}`}, 'mue_dme', 'addon', 'pfs_rvu',
      'hcpcs', 'icd10cm', 'icd10cm_history', 'icd10pcs', 'icd10pcs_history', 'cpt_descriptors', 'cpt_lay_summaries'))
) as doc`;
}

export interface LookupDoc {
  codes: {
    ord: number; code: string; system: string; known: boolean; billable: boolean | null; descriptor: string | null;
    source: string | null; deleted_on: string | null; children: { code: string; description: string }[] | null;
    edition: string | null; valid: boolean | null;
  }[];
  ptp: { column1: string; column2: string; modifierIndicator: string; deleted: string | null; rationale: string | null; active: boolean }[];
  mue: { code: string; dataset: string; value: number; mai: number; rationale: string | null; edition: string }[];
  addOns: { addOn: string; primary: string; type: number }[];
  rvu: Record<string, string | number | null>[];
  editions: { id: number; dataset: string; label: string; effectiveFrom: string; effectiveTo: string | null }[];
}
