// Row types of the reference-data tables. Owned by the refdata importers (src/refdata/); the tables
// are created by migrations/20261122090100_refdata.ts. Dates are ISO strings (see database.ts),
// numeric columns come back as strings.
import type { ColumnType, Generated } from 'kysely';

import type { Edition, Num, Text, Year } from './columns.js';
import type {
  Icd10cmCategoriesTable,
  Icd10cmChaptersTable,
  Icd10cmCodesTable,
  Icd10cmDrugsTable,
  Icd10cmHistoryTable,
  Icd10cmIndexTermsTable,
  Icd10cmNeoplasmTable,
  Icd10cmNotesTable,
  Icd10cmSectionsTable,
  Icd10pcsCodesTable,
  Icd10pcsHistoryTable,
} from './refdata-icd.js';

export interface RefdataEditionsTable {
  id: Generated<number>;
  dataset: string;
  label: string;
  version: string;
  effective_from: string;
  effective_to: string | null;
  source_file: string;
  sha256: string;
  row_count: Generated<number>;
  loaded_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface PtpEditsTable extends Edition {
  column1: string;
  column2: string;
  deletion_date: string | null;
  modifier_indicator: string;
  rationale_id: number | null;
  /** From the official CMS layout; null in the CSV conversions, which lack it. */
  effective_date: string | null;
}

export interface PtpRationalesTable extends Edition {
  rationale_id: number;
  rationale: string;
}

export interface MueValuesTable extends Edition {
  code: string;
  mue_value: number;
  mai: number;
  mai_description: Text;
  rationale: Text;
}

export interface AddonEditsTable extends Edition {
  add_on_code: string;
  primary_code: string;
  edit_type: number;
  type_description: Text;
  primary_deleted_year: Year;
  add_on_deleted_year: Year;
  effective_year: Year;
  deleted_year: Year;
  special_instruction: Text;
  /** Full dates of the official file's Julian date columns (the conversions kept the years only). */
  primary_deleted_on: Text;
  add_on_deleted_on: Text;
  effective_on: Text;
  deleted_on: Text;
}

export interface HcpcsCodesTable extends Edition {
  code: string;
  long_description: Text;
  short_description: Text;
  price: Text;
  multi: Text;
  cov: Text;
  betos: Text;
  tos: Text;
  action: Text;
  cim: Text;
  mcm: Text;
  statute: Text;
  lab: Text;
  xref: Text;
  asc_grp: Text;
  proc: Text;
  anes: Text;
  date_term: Text;
  date_added: Text;
  date_asc: Text;
  date_action: Text;
}

export interface ModifiersTable extends Edition {
  modifier: string;
  level: string;
  long_description: Text;
  short_description: Text;
  category: Text;
  date_added: Text;
  date_terminated: Text;
  action_code: Text;
  cms_reference: Text;
}

export interface PfsRvuTable extends Edition {
  hcpcs: string;
  modifier: Text;
  status_code: string;
  not_used_for_medicare_payment: Text;
  work_rvu: Num;
  non_facility_pe_rvu: Num;
  non_facility_na_indicator: Text;
  facility_pe_rvu: Num;
  facility_na_indicator: Text;
  mp_rvu: Num;
  non_facility_total: Num;
  facility_total: Num;
  pctc_indicator: Text;
  global_days: Text;
  pre_op: Num;
  intra_op: Num;
  post_op: Num;
  mult_proc: Text;
  bilat_surg: Text;
  asst_surg: Text;
  co_surg: Text;
  team_surg: Text;
  endo_base: Text;
  conversion_factor: Num;
  physician_supervision_diagnostic: Text;
  calculation_flag: Text;
  diagnostic_imaging_family: Text;
  non_facility_pe_used_for_opps: Num;
  facility_pe_used_for_opps: Num;
  mp_used_for_opps: Num;
}

/** Geographic practice cost indices of a MAC locality (PFS Addendum E). */
export interface PfsGpciTable extends Edition {
  mac: string;
  state: string;
  locality: string;
  locality_name: string;
  pw_gpci: string;
  pe_gpci: string;
  mp_gpci: string;
}

/** Counties of each PFS locality (the yyLOCCO file). */
export interface PfsLocalitiesTable extends Edition {
  mac: string;
  locality: string;
  state_name: Text;
  fee_schedule_area: Text;
  counties: Text;
}

export interface PfsAnesthesiaCfTable extends Edition {
  mac: string;
  locality: string;
  locality_name: string;
  anesthesia_cf: string;
}

export interface CptDescriptorsTable extends Edition {
  code: string;
  descriptor: string;
  source: 'cpt_licensed' | 'lay_summary';
}

/** A paragraph of the guidance library (src/refdata/guidance); `doc` is generated from its words. */
export interface GuidanceParagraphsTable extends Edition {
  source: string;
  ordinal: number;
  section: string;
  title: string;
  chapter: string;
  code_ranges: string[] | null;
  text: string;
  doc: ColumnType<string, never, never>;
}

/** Read-only search documents (materialized view, refreshed after loads). */
export interface CodeSearchView {
  system: string;
  code: string;
  description: string;
  source: string;
  doc: string;
  weight: string;
}

/** How many code_search documents hold each lexeme (the word search's weights). */
export interface CodeSearchLexemesView {
  lexeme: string;
  df: number;
}

/** A PTP edition's pair filter (src/refdata/pair-filter.ts), built from its pairs and kept for every process. */
export interface PtpPairFiltersTable {
  edition_id: number;
  scheme: string;
  hashes: number;
  pairs: number;
  bits: Buffer;
  built_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface RefdataTables {
  refdata_editions: RefdataEditionsTable;
  guidance_paragraphs: GuidanceParagraphsTable;
  ptp_edits: PtpEditsTable;
  ptp_pair_filters: PtpPairFiltersTable;
  ptp_rationales: PtpRationalesTable;
  mue_values: MueValuesTable;
  addon_edits: AddonEditsTable;
  hcpcs_codes: HcpcsCodesTable;
  modifiers: ModifiersTable;
  icd10cm_codes: Icd10cmCodesTable;
  icd10cm_history: Icd10cmHistoryTable;
  icd10cm_chapters: Icd10cmChaptersTable;
  icd10cm_sections: Icd10cmSectionsTable;
  icd10cm_categories: Icd10cmCategoriesTable;
  icd10cm_index_terms: Icd10cmIndexTermsTable;
  icd10cm_neoplasm: Icd10cmNeoplasmTable;
  icd10cm_drugs: Icd10cmDrugsTable;
  icd10cm_notes: Icd10cmNotesTable;
  icd10pcs_codes: Icd10pcsCodesTable;
  icd10pcs_history: Icd10pcsHistoryTable;
  pfs_rvu: PfsRvuTable;
  pfs_gpci: PfsGpciTable;
  pfs_localities: PfsLocalitiesTable;
  pfs_anesthesia_cf: PfsAnesthesiaCfTable;
  cpt_descriptors: CptDescriptorsTable;
  code_search: CodeSearchView;
  code_search_lexemes: CodeSearchLexemesView;
}
