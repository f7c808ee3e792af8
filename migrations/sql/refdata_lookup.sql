create or replace function refdata_lookup(p_codes text[], p_systems text[], p_keys text[], p_procs text[], p_dos date, p_setting text, p_fy integer,
  p_catalog bigint, e_ptp int, e_ptp_any int[], e_rationale int, e_mue int[], e_mue_any int[], e_addon int, e_rvu int, e_hcpcs int,
  e_cm int, e_cm_history int, e_pcs int, e_pcs_history int, e_descriptors int[], p_ptp1 text[], p_ptp2 text[],
  e_gpci int, p_mac text, p_locality text, p_state text, p_area text)
returns table (section text, facts json)
language plpgsql stable set plan_cache_mode = force_generic_plan as $fn$
declare
  cpt_keys text[];
begin
  -- The caller chose the editions from its copy of the catalog; if the catalog has changed since, say so
  -- and return nothing (raising would abort a caller's transaction).
  if p_catalog is distinct from (select c.version from refdata_catalog c) then
    return query select 'stale', null::json;
    return;
  end if;


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
          case when rv.code is null and pt.n > 0 and pt.active = 0 then pt.last_deleted end]::text[] order by r.ord), '{}'))
      from req r left join d on d.code = r.key left join rv on rv.code = r.key left join pt on pt.code = r.key;
  end if;

  if 'hcpcs' = any(p_systems) then
    return query
      select 'code', array_to_json(coalesce(array_agg(array[r.ord::text, r.code, r.system, (h.code is not null)::text,
          null, h.long_description, 'cms', case when h.date_term <= p_dos then h.date_term::text end,
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
          case when c.code is null and h.known_end_fy < p_fy then make_date(h.known_end_fy, 10, 1)::text end,
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
          case when c.code is null and h.known_end_fy < p_fy then make_date(h.known_end_fy, 10, 1)::text end,
          (case when c.code is not null then c.valid and coalesce(h.valid_start_fy <= p_fy, true)
          else coalesce(p_fy between h.valid_start_fy and h.valid_end_fy, false) end)::text]::text[]), '{}'))
      from unnest(p_codes, p_systems, p_keys) with ordinality r(code, system, key, ord)
      left join icd10pcs_codes c on c.code = r.key and c.edition_id = e_pcs
      left join icd10pcs_history h on h.code = r.key and h.edition_id = e_pcs_history
      where r.system = 'icd10pcs';
  end if;

  -- the GPCIs of the locality asked for: by MAC and locality number, or by state and locality name
  if e_gpci is not null and (p_mac is not null or p_state is not null) then
    return query
      select 'gpci', array_to_json(coalesce(array_agg(array[g.mac, g.locality, g.state, g.locality_name,
          g.pw_gpci::text, g.pe_gpci::text, g.mp_gpci::text]), '{}'))
      from (select * from pfs_gpci g where g.edition_id = e_gpci
              and (p_mac is null or g.mac = p_mac) and (p_locality is null or g.locality = p_locality)
              and (p_state is null or g.state = p_state)
              and (p_area is null or g.locality_name ilike '%' || p_area || '%')
            order by g.mac, g.locality limit 20) g;
  end if;

  if cardinality(p_procs) = 0 then
    return;
  end if;

  -- The procedure sections in one statement: each statement run costs ~30 us beyond its own work.
  -- Facts come unsorted: the caller sorts its few rows for less than the aggregates' sorts cost here.
  return query
      (select 'ptp', array_to_json(coalesce(array_agg(array[p.column1, p.column2, p.modifier_indicator::text,
          p.deletion_date::text, p.rationale_id::text,
          ((p.effective_date is null or p.effective_date <= p_dos) and (p.deletion_date is null or p.deletion_date >= p_dos))::text,
          p.effective_date::text]::text[]), '{}'))
      from (
        -- without the caller's candidate pairs: every ordered pair, one probe set per column 1 code (so a
        -- PTP edition loaded in column-1 ranges is searched only in the range holding that code)
        select p.* from unnest(p_procs) c1(code)
        join ptp_edits p on p.column1 = c1.code and p.edition_id = e_ptp and p.column2 = any(p_procs) and p.column1 <> p.column2
        where p_ptp1 is null
        union all
        -- with them: only the pairs the edition's pair filter could not rule out
        select p.* from unnest(p_ptp1, p_ptp2) x(column1, column2)
        join ptp_edits p on p.column1 = x.column1 and p.edition_id = e_ptp and p.column2 = x.column2
        where x.column1 <> x.column2) p)
    union all
      -- the rationale texts once, not once per edit, and only where there can be edits
      (select 'rationale', array_to_json(coalesce(array_agg(array[ra.rationale_id::text, ra.rationale]), '{}'))
      from ptp_rationales ra where ra.edition_id = e_rationale and cardinality(p_procs) > 1 and coalesce(cardinality(p_ptp1), 1) > 0)
    union all
      (select 'mue', array_to_json(coalesce(array_agg(array[m.code, m.edition_id::text, m.mue_value::text, m.mai::text, m.rationale]::text[]), '{}'))
      from mue_values m
      where m.code = any(p_procs) and m.edition_id = any(e_mue))
    union all
      (select 'addon', array_to_json(coalesce(array_agg(array[a.add_on_code, a.primary_code,
          a.edit_type::text]::text[]), '{}'))
      from addon_edits a where a.edition_id = e_addon
      and (a.add_on_code = any(p_procs) or a.primary_code = any(p_procs))
      -- official files give the edit's dates (deleted_on is its last day); the conversions only years
      and (case when a.deleted_on is not null then a.deleted_on >= p_dos
                else a.deleted_year is null or a.deleted_year > extract(year from p_dos) end)
      and (a.effective_on is null or a.effective_on <= p_dos))
    union all
      (select 'rvu', array_to_json(coalesce(array_agg(array[v.hcpcs, v.modifier, v.status_code, v.work_rvu::text,
          v.non_facility_pe_rvu::text, v.facility_pe_rvu::text, v.mp_rvu::text, v.non_facility_total::text,
          v.facility_total::text, v.pctc_indicator, v.global_days, v.mult_proc, v.bilat_surg, v.asst_surg, v.co_surg,
          v.team_surg, v.conversion_factor::text, v.endo_base]::text[]), '{}'))
      from pfs_rvu v where v.edition_id = e_rvu and v.hcpcs = any(p_procs))
    union all
      -- the endoscopic base codes of asked endoscopies (multiple procedure indicator 3) not asked themselves:
      -- the family rule pays each further endoscopy its value minus its base's
      (select 'rvu_base', array_to_json(coalesce(array_agg(array[b.hcpcs, b.modifier, b.status_code, b.work_rvu::text,
          b.non_facility_pe_rvu::text, b.facility_pe_rvu::text, b.mp_rvu::text, b.non_facility_total::text,
          b.facility_total::text, b.pctc_indicator, b.global_days, b.mult_proc, b.bilat_surg, b.asst_surg, b.co_surg,
          b.team_surg, b.conversion_factor::text, b.endo_base]::text[]), '{}'))
      from pfs_rvu b where b.edition_id = e_rvu and b.modifier is null and not b.hcpcs = any(p_procs)
        and b.hcpcs = any(array(select v.endo_base from pfs_rvu v
          where v.edition_id = e_rvu and v.hcpcs = any(p_procs) and v.mult_proc = '3' and v.endo_base <> '')));
end
$fn$
