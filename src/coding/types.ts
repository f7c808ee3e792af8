// Contracts between the coding steps: extract (pure) -> lookup (one DB round trip) -> analyze (pure)
// -> draft (pure render). `Findings` is stored with each draft and served by GET /api/consults/:id:
// its field names are a public contract — extend freely, never rename.

export type Setting = 'practitioner' | 'hospital';
export type CodeSystem = 'cpt' | 'hcpcs' | 'icd10cm' | 'icd10pcs';
export type MentionKind = CodeSystem | 'modifier' | 'range' | 'wildcard' | 'unknown';
/** The part of the message a mention was read in. */
export type MentionPart = 'subject' | 'body';
/** Labels as in the shared question set (`type` of examples.jsonl). */
export type QuestionType =
  | 'definition'
  | 'bundling-PTP'
  | 'modifier'
  | 'units-MUE'
  | 'diagnosis-selection'
  | 'coverage'
  | 'global-period'
  | 'drug-units'
  | 'add-on'
  | 'surgical-rules'
  | 'em-same-day'
  | 'icd10pcs'
  | 'payment'
  | 'medicare-benefit'
  | 'other';

/** One thing found in the question, with its character span in the text of its part. */
export interface Mention {
  text: string;
  /** Offsets into the text of `part`: the consult's subject, or the question (the body after stripQuotedHistory). */
  start: number;
  end: number;
  kind: MentionKind;
  /** Normalised code: upper case; ICD-10-CM always dotted ("J918" -> "J91.8"). */
  code: string | null;
  /** Range and wildcard bounds (`64470-64476` -> from 64470, to 64476; `I50.-` -> from "I50"). */
  from: string | null;
  to: string | null;
  modifiers: string[];
  units: number | null;
  /** Code system of a code, range or wildcard mention (absent for modifiers). */
  system?: CodeSystem;
  /** Set by extraction; absent in findings stored before subjects were read, which were all 'body'. */
  part?: MentionPart;
}

/** Output of extraction: pure, from the question text alone. */
export interface Extraction {
  mentions: Mention[];
  /** Every code string worth a look-up, normalised (dotted ICD-10-CM), including range members. */
  candidates: string[];
  /** ISO date (YYYY-MM-DD) of service, or null when the text gives none. */
  dateOfService: string | null;
  setting: Setting | null;
  questionTypes: QuestionType[];
  /** 0..1: how sure extraction is about the question types. */
  questionTypeConfidence: number;
  /** Distinct codes written beyond the cap per question (MAX_CODES), not looked up and not in `mentions`. */
  codesOmitted: number;
  /** Characters of the subject or question beyond what is read (MAX_BODY_CHARS, MAX_SUBJECT_CHARS). */
  textOmitted: number;
}

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

export interface CodeFact {
  code: string;
  system: CodeSystem;
  /** Present in the code set's data at all (any edition). */
  known: boolean;
  /** Valid (or billable, for ICD-10) at the date of service. */
  validAtDos: boolean;
  /** ICD-10-CM: false for a header/category that needs more characters. */
  billable: boolean | null;
  descriptor: string | null;
  descriptorSource: DescriptorSource;
  /** ISO date the code stopped being valid, when it did before or at the date of service. */
  deletedOn: string | null;
  /** ICD-10-CM headers: billable children to choose from (bounded list). */
  billableChildren: { code: string; description: string }[];
  /** Dataset edition that said so (label). */
  edition: string | null;
}

export interface PtpFact {
  column1: string;
  column2: string;
  modifierIndicator: '0' | '1' | '9';
  /** ISO dates; effective may be unknown (null) when the source file lacks it. */
  effective: string | null;
  deleted: string | null;
  /** True when in force at the date of service. */
  active: boolean;
  setting: Setting;
  rationale: string | null;
  edition: string;
}

export interface MueFact {
  code: string;
  setting: Setting | 'dme';
  value: number;
  mai: 1 | 2 | 3;
  rationale: string | null;
  edition: string;
}

export interface AddOnFact {
  addOn: string;
  /** 'CCCCC' when the contractor defines the primaries (CMS placeholder). */
  primary: string;
  type: 1 | 2 | 3;
  edition: string;
}

export interface RvuFact {
  code: string;
  modifier: string | null;
  statusCode: string;
  workRvu: number | null;
  nonFacilityPeRvu: number | null;
  facilityPeRvu: number | null;
  mpRvu: number | null;
  nonFacilityTotal: number | null;
  facilityTotal: number | null;
  pctcIndicator: string | null;
  globalDays: string | null;
  multProc: string | null;
  bilatSurg: string | null;
  asstSurg: string | null;
  coSurg: string | null;
  teamSurg: string | null;
  conversionFactor: number | null;
  edition: string;
}

/** A Medicare PFS locality: by MAC and locality number ("01112", "54"), or by state and (part of) its name. */
export interface LocalityQuery {
  mac?: string;
  locality?: string;
  /** Two-letter state code, as the GPCI file writes it. */
  state?: string;
  /** Part of the locality name ("BAKERSFIELD", "REST OF STATE"), matched without regard to case. */
  name?: string;
}

export interface LookupRequest {
  codes: string[];
  /** ISO date; null means "today" for edition choice, and the reply flags the missing date. */
  dateOfService: string | null;
  setting: Setting;
  /** The locality whose GPCIs the answer needs (payment questions); none when absent. */
  locality?: LocalityQuery | null;
}

/** The geographic practice cost indices of one PFS locality (PFS Addendum E). */
export interface GpciFact {
  mac: string;
  locality: string;
  /** Two-letter state code. */
  state: string;
  name: string;
  workGpci: number;
  peGpci: number;
  mpGpci: number;
  edition: string;
}

/** Medicare PFS payment inputs at the date of service. */
export interface PaymentFacts {
  /** The conversion factor of the PFS RVU edition in force, as its file gives it (null: no RVU row read). */
  conversionFactor: number | null;
  rvuEdition: string | null;
  /** The localities matching the request's locality (one when it named one; several for a state with
   * several localities; none when it named none or none matched). */
  localities: GpciFact[];
}

/** Everything the analysis needs, fetched in one round trip. */
export interface LookupResult {
  dateOfService: string;
  setting: Setting;
  codes: CodeFact[];
  /** PTP edits between every pair of the requested codes, both directions, all rows (active or not). */
  ptp: PtpFact[];
  mue: MueFact[];
  addOns: AddOnFact[];
  rvu: RvuFact[];
  editions: EditionRef[];
  /** Conversion factor and locality GPCIs (absent from results made before issue 18). */
  payment?: PaymentFacts;
}

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

export interface CodeFinding {
  code: string;
  system: CodeSystem | 'unknown';
  status: 'valid' | 'deleted' | 'not_billable' | 'unknown';
  deletedOn: string | null;
  edition: string | null;
  descriptor: string | null;
  descriptorSource: DescriptorSource;
  billableChildren: { code: string; description: string }[];
  globalDays: string | null;
  rvu: RvuFact | null;
  /** Modifiers and units the asker attached to this code. */
  modifiers: string[];
  units: number | null;
}

export interface PairFinding {
  column1: string;
  column2: string;
  modifierIndicator: '0' | '1' | '9';
  effective: string | null;
  deleted: string | null;
  setting: Setting;
  /** Modifiers the asker used that can bypass this edit (empty when none or not allowed). */
  bypassedBy: string[];
  edition: string;
  active: boolean;
  rationale: string | null;
  /** Plain-language meaning of the indicator for this pair. */
  meaning: string;
}

export interface UnitFinding {
  code: string;
  units: number | null;
  mue: number;
  mai: 1 | 2 | 3;
  edition: string;
  maiMeaning: string;
  exceeds: boolean;
}

/** A conclusion of the analysis that a reply states (add-on without primary, bilateral, global, PC/TC...). */
export interface Advice {
  topic:
    | 'addon'
    | 'bilateral'
    | 'global'
    | 'pctc'
    | 'mue'
    | 'ptp'
    | 'modifier'
    | 'diagnosis'
    | 'coverage'
    | 'status';
  code: string | null;
  severity: 'info' | 'warning';
  message: string;
}

/** The kinds of question the desk answers (the `questionTypes` vocabulary, less 'other'). */
export type AnswerKind = Exclude<QuestionType, 'other'>;

/** One answer of the reply's bottom line (built by the rules in src/answers). */
export interface Answer {
  kind: AnswerKind;
  /** The asker's codes the answer is about, in the order asked. */
  codes: string[];
  /** The result for the asker's codes, units and modifiers: one to three sentences. */
  conclusion: string;
  /** The rule behind it, in our own words. */
  rule: string;
  /** Public source by chapter and section, or the CMS/CDC file and indicator that says so. */
  source: string;
  /** False when public data cannot settle the question; `needs` then says what would. */
  settled: boolean;
  needs?: string;
  /** A claim error if ignored: leads the bottom line whatever was asked. */
  warning?: boolean;
}

/** One paragraph of the NCCI Policy Manual or the ICD-10-CM Official Guidelines, cited by section. */
export interface GuidanceCitation {
  source: string;
  /** The edition's label, e.g. "NCCI Policy Manual 2026". */
  edition: string;
  section: string;
  title: string;
  text: string;
  score: number;
}

export interface Findings {
  mentions: Mention[];
  codes: CodeFinding[];
  pairs: PairFinding[];
  units: UnitFinding[];
  addOns: AddOnFact[];
  advice: Advice[];
  dateOfService: string | null;
  /** The date the editions were chosen for (dateOfService, or the draft date when none was given). */
  effectiveDate: string;
  setting: Setting;
  settingStated: boolean;
  questionTypes: QuestionType[];
  questionTypeConfidence: number;
  editions: EditionRef[];
  suggestions: CodeSuggestion[];
  /** The bottom line's answers, one per rule that had something to say, in reading order. */
  answers: Answer[];
  /** The policy-manual or guideline paragraphs that state the rule behind the question, best first
   *  (absent in findings stored before they were looked up). */
  guidance?: GuidanceCitation[];
  /** As in Extraction (absent in findings stored before the cap). */
  codesOmitted?: number;
  textOmitted?: number;
}
