// Shapes of the reference data as the look-up and the search return it: which code system, which
// edition, where a descriptor came from. Part of the stored findings (coding/types.ts): names are a
// public contract.

export type CodeSystem = 'cpt' | 'hcpcs' | 'icd10cm' | 'icd10pcs';

export interface EditionRef {
  id: number;
  /** Dataset key, e.g. 'ncci_ptp_practitioner', 'mue_practitioner', 'pfs_rvu', 'icd10cm'. */
  dataset: string;
  /** Human label used in replies, e.g. "NCCI PTP practitioner 2024 Q3". */
  label: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}

export type DescriptorSource = 'cpt_licensed' | 'lay_summary' | 'cms' | 'cdc' | null;

export interface CodeSuggestion {
  code: string;
  system: CodeSystem;
  description: string;
  descriptorSource: DescriptorSource;
  score: number;
  /** Why it matched: the question's words it covers and where (index path, title, summary). Absent in
   *  findings stored before issue 16. */
  reason?: string;
}
