// The single statement behind lookupCodes: a call of refdata_lookup() (migrations/sql/refdata_lookup.sql)
// with the editions in force at the date of service, chosen from the caller's copy of the catalog, and
// the PTP pairs worth probing. It returns one row per section, its facts an unsorted json array of text
// arrays (their columns named in lookup-columns.ts), or a single 'stale' row when the catalog changed
// since the copy was read. `readLookup` (lookup-read.ts) turns the rows into the question's LookupResult.
import { sql, type RawBuilder } from 'kysely';
import type { EditionCatalog } from '../refdata/edition-catalog.js';
import type { CodePairs } from '../refdata/pair-filter.js';
import type { Cell, FactSection } from './lookup-columns.js';
import { localityParams } from './lookup-payment.js';
import type { Candidate } from './lookup-systems.js';
import type { LocalityQuery, Setting } from './lookup.types.js';
import type { EditionRef } from '../refdata/refdata.types.js';

/** One row per section the question needs; `facts` is a json array of text arrays. */
export interface LookupRow {
  /** 'rvu_base': RVU facts (rvu's columns) of endoscopic base codes the question did not name. */
  section: 'stale' | FactSection | 'rvu_base';
  facts: Cell[][];
}

export interface LookupEditions {
  catalog: EditionCatalog;
  /** In force at the date of service, by dataset (a dataset never loaded is absent). */
  inForce: Map<string, EditionRef>;
}

/** `pairs`: the PTP pairs to probe (null: every ordered pair of the procedure codes). */
export function lookupStatement(
  cands: Candidate[],
  procs: string[],
  pairs: CodePairs | null,
  dos: string,
  setting: Setting,
  fy: number,
  { catalog, inForce }: LookupEditions,
  locality: LocalityQuery | null = null,
): RawBuilder<LookupRow> {
  const id = (dataset: string) => inForce.get(dataset)?.id ?? null;
  const where = localityParams(locality);
  const ids = (...datasets: string[]) => datasets.map(id);
  return sql<LookupRow>`select section, facts from refdata_lookup(p_codes => ${cands.map((c) => c.code)}::text[],
    p_systems => ${cands.map((c) => c.system)}::text[], p_keys => ${cands.map((c) => c.key)}::text[], p_procs => ${procs}::text[],
    p_dos => ${dos}::date, p_setting => ${setting}::text, p_fy => ${fy}::integer, p_catalog => ${catalog.version}::bigint,
    e_ptp => ${id(`ptp_${setting}`)}::int, e_ptp_any => ${ids('ptp_practitioner', 'ptp_hospital')}::int[],
    e_rationale => ${id('ptp_rationale')}::int, e_mue => ${ids(`mue_${setting}`, 'mue_dme')}::int[],
    e_mue_any => ${ids('mue_practitioner', 'mue_hospital', 'mue_dme')}::int[], e_addon => ${id('addon')}::int,
    e_rvu => ${id('pfs_rvu')}::int, e_hcpcs => ${id('hcpcs')}::int, e_cm => ${id('icd10cm')}::int,
    e_cm_history => ${id('icd10cm_history')}::int, e_pcs => ${id('icd10pcs')}::int, e_pcs_history => ${id('icd10pcs_history')}::int,
    e_descriptors => ${ids('cpt_descriptors', 'cpt_lay_summaries')}::int[],
    p_ptp1 => ${pairs?.column1 ?? null}::text[], p_ptp2 => ${pairs?.column2 ?? null}::text[],
    e_gpci => ${id('pfs_gpci')}::int, p_mac => ${where.mac}::text, p_locality => ${where.locality}::text,
    p_state => ${where.state}::text, p_area => ${where.area}::text)`;
}
