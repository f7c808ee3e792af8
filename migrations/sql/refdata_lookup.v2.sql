create function refdata_lookup(p_codes text[], p_systems text[], p_keys text[], p_procs text[], p_dos date, p_setting text, p_fy integer)
returns table (section text, facts json)
language plpgsql stable set plan_cache_mode = force_generic_plan as $fn$
declare
  e_ptp int; e_ptp_any int[]; e_rationale int; e_mue int[]; e_mue_any int[]; e_addon int; e_rvu int; e_hcpcs int; e_cm int;
  e_cm_history int; e_pcs int; e_pcs_history int; e_descriptors int[]; editions json; l_rvu text; l_hcpcs text; l_cm text; l_pcs text;
  cpt_keys text[]; ids int[]; datasets text[]; labels text[];
begin
  -- Editions in force at p_dos: the latest started on or before it, else the earliest. Read once into
  -- arrays (a FILTER aggregate per dataset costs more to set up than the whole scan).
  with ed as (
    select distinct on (e.dataset) e.id, e.dataset, e.label, e.effective_from, e.effective_to
    from refdata_editions e
    order by e.dataset, (e.effective_from <= p_dos) desc,
      case when e.effective_from <= p_dos then e.effective_from end desc nulls last, e.effective_from, e.id desc
  )
  select array_agg(id), array_agg(dataset), array_agg(label),
    -- the editions a reply cites
    array_to_json(coalesce(array_agg(array[id::text, dataset, label, effective_from::text, effective_to::text] order by dataset)
      filter (where dataset = any(array['ptp_' || p_setting, 'ptp_rationale', 'mue_' || p_setting, 'mue_dme', 'addon', 'pfs_rvu',
        'hcpcs', 'icd10cm', 'icd10cm_history', 'icd10pcs', 'icd10pcs_history', 'cpt_descriptors', 'cpt_lay_summaries'])), '{}'))
  into ids, datasets, labels, editions
  from ed;
  e_ptp := ids[array_position(datasets, 'ptp_' || p_setting)];
  e_ptp_any := array[ids[array_position(datasets, 'ptp_practitioner')], ids[array_position(datasets, 'ptp_hospital')]];
  e_rationale := ids[array_position(datasets, 'ptp_rationale')];
  e_mue := array[ids[array_position(datasets, 'mue_' || p_setting)], ids[array_position(datasets, 'mue_dme')]];
  e_mue_any := array[ids[array_position(datasets, 'mue_practitioner')], ids[array_position(datasets, 'mue_hospital')],
    ids[array_position(datasets, 'mue_dme')]];
  e_addon := ids[array_position(datasets, 'addon')];
  e_rvu := ids[array_position(datasets, 'pfs_rvu')];
  l_rvu := labels[array_position(datasets, 'pfs_rvu')];
  e_hcpcs := ids[array_position(datasets, 'hcpcs')];
  l_hcpcs := labels[array_position(datasets, 'hcpcs')];
  e_cm := ids[array_position(datasets, 'icd10cm')];
  l_cm := labels[array_position(datasets, 'icd10cm')];
  e_cm_history := ids[array_position(datasets, 'icd10cm_history')];
  e_pcs := ids[array_position(datasets, 'icd10pcs')];
  l_pcs := labels[array_position(datasets, 'icd10pcs')];
  e_pcs_history := ids[array_position(datasets, 'icd10pcs_history')];
  e_descriptors := array[ids[array_position(datasets, 'cpt_descriptors')], ids[array_position(datasets, 'cpt_lay_summaries')]];

  return query select 'edition', editions;

  if 'cpt' = any(p_systems) then
    cpt_keys := array(select p_keys[i] from generate_subscripts(p_keys, 1) i where p_systems[i] = 'cpt');
    return query
      with req as (select r.code, r.key, r.ord from unnest(p_codes, p_systems, p_keys) with ordinality r(code, system, key, ord) where r.system = 'cpt'),
      d as (select distinct on (c.code) c.code, c.descriptor, c.source from cpt_descriptors c
            where c.code = any(cpt_keys) and c.edition_id = any(e_descriptors) order by c.code, c.source = 'cpt_licensed' desc),
      rv as (select distinct v.hcpcs as code from pfs_rvu v where v.hcpcs = any(cpt_keys) and v.edition_id = e_rvu),
      listed as (select m.code from mue_values m where m.code = any(cpt_keys) and m.edition_id = any(e_mue_any)
                 union select a.add_on_code from addon_edits a where a.add_on_code = any(cpt_keys) and a.edition_id = e_addon),
      -- CPT has no public code history: a code absent from the RVU file whose PTP edits all ended is deleted.
      pt as (select p.column1 as code, count(*) as n, count(*) filter (where p.deletion_date is null or p.deletion_date >= p_dos) as active,
               max(p.deletion_date)::text as last_deleted
             from ptp_edits p
             where p.column1 = any(array(select r.key from req r where r.key not in (select code from rv))) and p.edition_id = any(e_ptp_any)
             group by p.column1)
      select 'code', array_to_json(coalesce(array_agg(array[r.ord::text, r.code, 'cpt',
          (d.code is not null or rv.code is not null or pt.n > 0 or exists (select 1 from listed l where l.code = r.key))::text,
          null, d.descriptor, d.source,
          case when rv.code is null and pt.n > 0 and pt.active = 0 then pt.last_deleted end,
          l_rvu]::text[] order by r.ord), '{}'))
      from req r left join d on d.code = r.key left join rv on rv.code = r.key left join pt on pt.code = r.key;
  end if;

  if 'hcpcs' = any(p_systems) then
    return query
      select 'code', array_to_json(coalesce(array_agg(array[r.ord::text, r.code, r.system, (h.code is not null)::text,
          null, h.long_description, 'cms', case when h.date_term <= p_dos then h.date_term::text end, l_hcpcs,
          (h.code is not null and (h.date_term is null or h.date_term > p_dos) and (h.date_added is null or h.date_added <= p_dos))::text]::text[]),
          '{}'))
      from unnest(p_codes, p_systems, p_keys) with ordinality r(code, system, key, ord)
      left join hcpcs_codes h on h.code = r.key and h.edition_id = e_hcpcs
      where r.system = 'hcpcs';
  end if;

  if 'icd10cm' = any(p_systems) then
    return query
      select 'code', array_to_json(coalesce(array_agg(array[r.ord::text, r.code, r.system,
          (c.code is not null or h.code is not null)::text, coalesce(c.billable, h.billable_end_fy is not null)::text,
          coalesce(c.description, h.description_if_retired), 'cdc',
          case when c.code is null and h.known_end_fy < p_fy then make_date(h.known_end_fy, 10, 1)::text end, l_cm,
          (case when c.code is not null then c.billable and coalesce(h.billable_start_fy <= p_fy, true)
          else coalesce(p_fy between h.billable_start_fy and h.billable_end_fy, false) end)::text]::text[]), '{}'))
      from unnest(p_codes, p_systems, p_keys) with ordinality r(code, system, key, ord)
      left join icd10cm_codes c on c.code_dotted = r.key and c.edition_id = e_cm
      left join icd10cm_history h on h.code_dotted = r.key and h.edition_id = e_cm_history
      where r.system = 'icd10cm';
    -- a category that cannot be billed lists its billable codes (25 at most)
    return query
      select 'child', array_to_json(coalesce(array_agg(array[r.ord::text, k.code_dotted,
          k.description]::text[] order by r.ord, k.code_dotted), '{}'))
      from unnest(p_codes, p_systems, p_keys) with ordinality r(code, system, key, ord)
      join icd10cm_codes c on c.code_dotted = r.key and c.edition_id = e_cm and not c.billable
      cross join lateral (select code_dotted, description from icd10cm_codes
        where edition_id = e_cm and code_dotted > r.key and code_dotted < r.key || '~' and billable
        order by code_dotted limit 25) k
      where r.system = 'icd10cm';
  end if;

  if 'icd10pcs' = any(p_systems) then
    return query
      select 'code', array_to_json(coalesce(array_agg(array[r.ord::text, r.code, r.system,
          (c.code is not null or h.code is not null)::text, coalesce(c.valid, h.valid_end_fy is not null)::text,
          coalesce(c.description, h.description_if_retired), 'cms',
          case when c.code is null and h.known_end_fy < p_fy then make_date(h.known_end_fy, 10, 1)::text end, l_pcs,
          (case when c.code is not null then c.valid and coalesce(h.valid_start_fy <= p_fy, true)
          else coalesce(p_fy between h.valid_start_fy and h.valid_end_fy, false) end)::text]::text[]), '{}'))
      from unnest(p_codes, p_systems, p_keys) with ordinality r(code, system, key, ord)
      left join icd10pcs_codes c on c.code = r.key and c.edition_id = e_pcs
      left join icd10pcs_history h on h.code = r.key and h.edition_id = e_pcs_history
      where r.system = 'icd10pcs';
  end if;

  if cardinality(p_procs) = 0 then
    return;
  end if;

  if cardinality(p_procs) > 1 then
    return query
      select 'ptp', array_to_json(coalesce(array_agg(array[p.column1, p.column2, p.modifier_indicator::text,
          p.deletion_date::text, p.rationale_id::text, (p.deletion_date is null or p.deletion_date >= p_dos)::text]::text[]
          order by p.column1, p.column2, p.deletion_date desc nulls first), '{}'))
      -- one probe set per column 1 code, so a PTP edition loaded in column-1 ranges is searched only in
      -- the range holding that code (both ranges were searched for every code: ~0.15 ms more)
      from unnest(p_procs) c1(code)
      join ptp_edits p on p.column1 = c1.code and p.edition_id = e_ptp and p.column2 = any(p_procs) and p.column1 <> p.column2;
    -- the rationale texts once, not once per edit
    return query
      select 'rationale', array_to_json(coalesce(array_agg(array[ra.rationale_id::text, ra.rationale]), '{}'))
      from ptp_rationales ra where ra.edition_id = e_rationale;
  end if;

  return query
    select 'mue', array_to_json(coalesce(array_agg(array[m.code, e.dataset, m.mue_value::text, m.mai::text, m.rationale,
          e.label]::text[] order by m.code, e.dataset), '{}'))
      from mue_values m join refdata_editions e on e.id = m.edition_id
    where m.code = any(p_procs) and m.edition_id = any(e_mue);

  return query
    select 'addon', array_to_json(coalesce(array_agg(array[a.add_on_code, a.primary_code,
          a.edit_type::text]::text[] order by a.add_on_code, a.primary_code), '{}'))
      from addon_edits a where a.edition_id = e_addon
      and (a.add_on_code = any(p_procs) or a.primary_code = any(p_procs))
      and (a.deleted_year is null or a.deleted_year > extract(year from p_dos));

  return query
    select 'rvu', array_to_json(coalesce(array_agg(array[v.hcpcs, v.modifier, v.status_code, v.work_rvu::text,
          v.non_facility_pe_rvu::text, v.facility_pe_rvu::text, v.mp_rvu::text, v.non_facility_total::text,
          v.facility_total::text, v.pctc_indicator, v.global_days, v.mult_proc, v.bilat_surg, v.asst_surg, v.co_surg,
          v.team_surg, v.conversion_factor::text]::text[] order by v.hcpcs, v.modifier nulls first), '{}'))
      from pfs_rvu v where v.edition_id = e_rvu and v.hcpcs = any(p_procs);
end
$fn$
