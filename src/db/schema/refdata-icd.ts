// Row types of the ICD-10-CM and ICD-10-PCS tables: the code files, their history, the Tabular List's
// chapters, sections, categories and notes, and the Alphabetic Index with its neoplasm and drug tables.
import type { Edition, Text, Year } from './columns.js';

export interface Icd10cmCodesTable extends Edition {
  code: string;
  code_dotted: string;
  billable: boolean;
  description: string;
  chapter: Year;
  section: Text;
  first_fy: Year;
}

export interface Icd10cmHistoryTable extends Edition {
  code: string;
  code_dotted: string;
  known_start_fy: Year;
  known_end_fy: Year;
  billable_start_fy: Year;
  billable_end_fy: Year;
  description_if_retired: Text;
}

export interface Icd10cmChaptersTable extends Edition {
  chapter: number;
  description: string;
}

export interface Icd10cmSectionsTable extends Edition {
  section_range: string;
  chapter: number;
  description: string;
}

export interface Icd10cmCategoriesTable extends Edition {
  code: string;
  description: string;
  section: Text;
  chapter: Year;
}

/** Alphabetic and external-cause index rows; `path` joins the term to its parents ("Effusion, pleura, malignant"). */
export interface Icd10cmIndexTermsTable extends Edition {
  kind: 'alpha' | 'external';
  row_id: number;
  letter: Text;
  level: number;
  term: string;
  see: Text;
  see_also: Text;
  nonessential: Text;
  code: Text;
  path: string;
}

export interface Icd10cmNeoplasmTable extends Edition {
  row_id: number;
  level: number;
  term: string;
  see_also: Text;
  nonessential: Text;
  malignant_primary: Text;
  malignant_secondary: Text;
  ca_in_situ: Text;
  benign: Text;
  uncertain_behavior: Text;
  unspecified_behavior: Text;
  path: string;
}

export interface Icd10cmDrugsTable extends Edition {
  row_id: number;
  letter: Text;
  level: number;
  term: string;
  see_also: Text;
  nonessential: Text;
  poisoning_accidental: Text;
  poisoning_self_harm: Text;
  poisoning_assault: Text;
  poisoning_undetermined: Text;
  adverse_effect: Text;
  underdosing: Text;
  path: string;
}

export interface Icd10cmNotesTable extends Edition {
  code: string;
  level: string;
  note_type: string;
  note_text: string;
}

export interface Icd10pcsCodesTable extends Edition {
  code: string;
  valid: boolean;
  description: string;
  first_fy: Year;
}

export interface Icd10pcsHistoryTable extends Edition {
  code: string;
  known_start_fy: Year;
  known_end_fy: Year;
  valid_start_fy: Year;
  valid_end_fy: Year;
  description_if_retired: Text;
}
