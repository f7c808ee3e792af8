// Diagnosis and ICD-10-PCS facts of one question, fetched once in findingsFor beside the code look-up
// (src/coding/icd-facts.ts) and read by the diagnosis and PCS rules. Part of findings' public contract
// through the answers they produce: extend, never rename.

/** An instructional note of the Tabular List (only the chapters the loaded notes file covers). */
export interface TabularNote {
  /** The category or subcategory the note stands under ("C34"). */
  code: string;
  type: 'excludes1' | 'excludes2' | 'codeFirst' | 'useAdditionalCode' | 'codeAlso' | 'includes' | 'other';
  text: string;
}

export interface TabularCode {
  code: string;
  title: string;
  billable: boolean;
}

/** Tabular facts around the asker's ICD-10-CM and PCS codes. */
export interface TabularFacts {
  /** Notes under the asked codes and their categories and subcategories. */
  notes: TabularNote[];
  /** Titles of the asked codes' categories and subcategories (headers included). */
  ancestors: TabularCode[];
  /** Billable codes under each asked stem (a header's choices, a deleted code's successors), bounded. */
  under: Record<string, TabularCode[]>;
  /** Asked codes read with a missing placeholder X filled in, where that code exists. */
  placeholderFixes: Record<string, TabularCode>;
  /** ICD-10-PCS tables (first three characters) of the asked PCS codes: "Medical and Surgical..." title. */
  pcsTables: TabularCode[];
  /** Valid PCS codes sharing an asked PCS code's first four characters (those sharing six first), bounded. */
  pcsNear?: Record<string, TabularCode[]>;
}

/** Where a walked suggestion came from. */
export type IndexSource = 'index' | 'external' | 'neoplasm' | 'drugs';

/** One code the Alphabetic Index (or its tables) leads to for the question's words. */
export interface IndexSuggestion {
  /** The code as the index gives it, without a trailing dash ("M25.46" for "M25.46-"). */
  code: string;
  /** The index gives a dash: more characters are to be chosen in the Tabular List. */
  needsMore: boolean;
  /** The index path followed, see-references included ("Effusion, pleura, malignant"). */
  path: string;
  source: IndexSource;
  /** Neoplasm or drug table column ("malignant primary", "poisoning, accidental"). */
  column: string | null;
  /** 0..1: share of the question's diagnostic words the path accounts for. */
  score: number;
}

export interface IndexWalk {
  /** The diagnostic words walked (after dropping coding vocabulary and codes). */
  words: string[];
  suggestions: IndexSuggestion[];
  /** Tabular check of each suggested code: title, billable, billable codes under it (bounded). */
  tabular: Record<string, { title: string | null; billable: boolean | null; children: TabularCode[] }>;
}

export interface PcsSuggestion {
  code: string;
  title: string;
  score: number;
  /** The question's words the title matched. */
  matched: string[];
  /** The procedure recipe that built the code from the words (pcs-recipes.ts), when one did. */
  recipe?: string;
  /** Reported in addition to the recipe's chosen code, not instead of it. */
  also?: boolean;
}

export interface QuestionReferenceFacts {
  tabular: TabularFacts;
  indexWalk: IndexWalk | null;
  pcsSearch: PcsSuggestion[];
}
