// Contracts between the coding steps: extract (pure) -> lookup (one DB round trip) -> analyze (pure)
// -> draft (pure render). `Findings` is stored with each draft and served by GET /api/consults/:id:
// its field names are a public contract — extend freely, never rename.
import type { CodeSuggestion, CodeSystem, DescriptorSource, EditionRef } from '../refdata/refdata.types.js';
import type { AddOnFact, RvuFact, Setting } from './lookup.types.js';

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
  /** 'words': not written as a code but described ("a chest x-ray two views") and matched by the word
   *  search; its span is the description. */
  matchedFrom?: 'words';
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
  /** Modifiers of the asker's that the answer rules out ("not 50"): the reply asks no documentation for them. */
  notModifiers?: string[];
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
  /** The service a question naming other codes asks a code for in words ("which code for a chest x-ray
   *  two views"): `suggestions` are the matches for it (absent when none was asked). */
  serviceInWords?: string;
  /** The bottom line's answers, one per rule that had something to say, in reading order. */
  answers: Answer[];
  /** The policy-manual or guideline paragraphs that state the rule behind the question, best first
   *  (absent in findings stored before they were looked up). */
  guidance?: GuidanceCitation[];
  /** As in Extraction (absent in findings stored before the cap). */
  codesOmitted?: number;
  textOmitted?: number;
}
