create or replace function refdata_lookup(
  p_codes text[], p_systems text[], p_keys text[], p_procs text[], p_dos date, p_setting text, p_fy integer
) returns json language plpgsql stable as $fn$
begin
  return (
with ed as (
  select distinct on (dataset) id, dataset, label, effective_from::text as effective_from, effective_to::text as effective_to
  from refdata_editions
  order by dataset, (effective_from <= p_dos) desc,
    case when effective_from <= p_dos then effective_from end desc nulls last, effective_from, id desc
),
req as (
  select * from unnest(p_codes, p_systems, p_keys) with ordinality as r(code, system, key, ord)
),
cpt as (
  select r.ord, r.code, r.system, d.descriptor, d.source, rv.present as in_rvu, pt.rows, pt.active, pt.last_deleted,
    (mu.present or ad.present) as other
  from req r
  left join lateral (
    select c.descriptor, c.source from cpt_descriptors c
    where c.code = r.key and c.edition_id in ((select id from ed where dataset = 'cpt_descriptors'), (select id from ed where dataset = 'cpt_lay_summaries'))
    order by c.source = 'cpt_licensed' desc limit 1) d on true
  left join lateral (select true as present from pfs_rvu where hcpcs = r.key and edition_id = (select id from ed where dataset = 'pfs_rvu') limit 1) rv on true
  left join lateral (
    select count(*) as rows, count(*) filter (where deletion_date is null or deletion_date >= p_dos) as active,
      max(deletion_date)::text as last_deleted
    from ptp_edits where rv.present is null and column1 = r.key and edition_id in (select id from ed where dataset in ('ptp_practitioner', 'ptp_hospital'))) pt on true
  left join lateral (select true as present from mue_values where code = r.key
    and edition_id in (select id from ed where dataset like 'mue\_%') limit 1) mu on true
  left join lateral (select true as present from addon_edits where add_on_code = r.key and edition_id = (select id from ed where dataset = 'addon') limit 1) ad on true
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
    case when h.date_term <= p_dos then h.date_term::text end, null,
    (select label from ed where dataset = 'hcpcs'),
    h.code is not null and (h.date_term is null or h.date_term > p_dos) and (h.date_added is null or h.date_added <= p_dos)
  from req r left join hcpcs_codes h on h.code = r.key and h.edition_id = (select id from ed where dataset = 'hcpcs')
  where r.system = 'hcpcs'
  union all
  select r.ord, r.code, r.system, (c.code is not null or h.code is not null),
    coalesce(c.billable, h.billable_end_fy is not null), coalesce(c.description, h.description_if_retired), 'cdc',
    case when c.code is null and h.known_end_fy < p_fy then make_date(h.known_end_fy, 10, 1)::text end,
    ch.children, (select label from ed where dataset = 'icd10cm'),
    case when c.code is not null then c.billable and coalesce(h.billable_start_fy <= p_fy, true)
      else coalesce(p_fy between h.billable_start_fy and h.billable_end_fy, false) end
  from req r
  left join icd10cm_codes c on c.code_dotted = r.key and c.edition_id = (select id from ed where dataset = 'icd10cm')
  left join icd10cm_history h on h.code_dotted = r.key and h.edition_id = (select id from ed where dataset = 'icd10cm_history')
  left join lateral (
    select json_agg(json_build_object('code', k.code_dotted, 'description', k.description) order by k.code_dotted) as children
    from (select code_dotted, description from icd10cm_codes
      where edition_id = (select id from ed where dataset = 'icd10cm') and code_dotted > r.key and code_dotted < r.key || '~' and billable
      order by code_dotted limit 25) k
  ) ch on c.billable = false
  where r.system = 'icd10cm'
  union all
  select r.ord, r.code, r.system, (c.code is not null or h.code is not null), coalesce(c.valid, h.valid_end_fy is not null),
    coalesce(c.description, h.description_if_retired), 'cms',
    case when c.code is null and h.known_end_fy < p_fy then make_date(h.known_end_fy, 10, 1)::text end, null,
    (select label from ed where dataset = 'icd10pcs'),
    case when c.code is not null then c.valid and coalesce(h.valid_start_fy <= p_fy, true)
      else coalesce(p_fy between h.valid_start_fy and h.valid_end_fy, false) end
  from req r
  left join icd10pcs_codes c on c.code = r.key and c.edition_id = (select id from ed where dataset = 'icd10pcs')
  left join icd10pcs_history h on h.code = r.key and h.edition_id = (select id from ed where dataset = 'icd10pcs_history')
  where r.system = 'icd10pcs'
)
select json_build_object(
  'codes', (select coalesce(json_agg(f order by f.ord), '[]') from facts f),
  'ptp', (select coalesce(json_agg(json_build_object('column1', p.column1, 'column2', p.column2,
      'modifierIndicator', p.modifier_indicator, 'deleted', p.deletion_date::text, 'rationale', ra.rationale,
      'active', p.deletion_date is null or p.deletion_date >= p_dos)
      order by p.column1, p.column2, p.deletion_date desc nulls first), '[]')
    from ptp_edits p
    left join ptp_rationales ra on ra.rationale_id = p.rationale_id and ra.edition_id = (select id from ed where dataset = 'ptp_rationale')
    where p.edition_id = (select id from ed where dataset = 'ptp_' || p_setting) and p.column1 = any(p_procs) and p.column2 = any(p_procs)
      and p.column1 <> p.column2),
  'mue', (select coalesce(json_agg(json_build_object('code', m.code, 'dataset', e.dataset, 'value', m.mue_value, 'mai', m.mai,
      'rationale', m.rationale, 'edition', e.label)), '[]')
    from mue_values m join ed e on e.id = m.edition_id and e.dataset in ('mue_' || p_setting, 'mue_dme')
    where m.code = any(p_procs)),
  'addOns', (select coalesce(json_agg(json_build_object('addOn', a.add_on_code, 'primary', a.primary_code, 'type', a.edit_type)
      order by a.add_on_code, a.primary_code), '[]')
    from addon_edits a where a.edition_id = (select id from ed where dataset = 'addon')
      and (a.add_on_code = any(p_procs) or a.primary_code = any(p_procs))
      and (a.deleted_year is null or a.deleted_year > extract(year from p_dos))),
  'rvu', (select coalesce(json_agg(to_json(v) order by v.hcpcs, v.modifier nulls first), '[]')
    from pfs_rvu v where v.edition_id = (select id from ed where dataset = 'pfs_rvu') and v.hcpcs = any(p_procs)),
  'editions', (select coalesce(json_agg(json_build_object('id', e.id, 'dataset', e.dataset, 'label', e.label,
      'effectiveFrom', e.effective_from, 'effectiveTo', e.effective_to) order by e.dataset), '[]')
    from ed e where e.dataset in ('ptp_' || p_setting, 'ptp_rationale', 'mue_' || p_setting, 'mue_dme', 'addon', 'pfs_rvu',
      'hcpcs', 'icd10cm', 'icd10cm_history', 'icd10pcs', 'icd10pcs_history', 'cpt_descriptors', 'cpt_lay_summaries'))
)
  );
end
$fn$