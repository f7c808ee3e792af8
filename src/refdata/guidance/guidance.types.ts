// The guidance library's shapes (issue 16): paragraphs of the NCCI Policy Manual and the ICD-10-CM
// Official Guidelines, as the splitters produce them and the importer stores them.

export type GuidanceSource = 'ncci_policy_manual' | 'icd10cm_guidelines';

export interface GuidanceParagraph {
  /** Section id as a coder cites it: "ch. IX §C.9", "I.C.2.l". Several paragraphs may share one. */
  section: string;
  /** The section's own heading (the lettered section's for a numbered NCCI item). */
  title: string;
  /** The chapter the section belongs to, e.g. "Chapter IX – Radiology Services". */
  chapter: string;
  /** Code ranges the chapter covers ("70000-79999", "C00-D49"); null: the whole code set of the source. */
  codeRanges: string[] | null;
  text: string;
}
