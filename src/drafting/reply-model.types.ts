// The view model the templates lay out. Every fact in it comes from `Findings`; templates add only
// headings and layout, so a golden diff always points at the data or this model, never at a template.
import type { ReplyKind } from './draft.types.js';

export interface LabelledFact {
  label: string;
  value: string;
}

export interface CodeSection {
  heading: string;
  descriptor: string | null;
  /** Where the descriptor comes from, e.g. "(plain-language summary, not the CPT descriptor)". */
  descriptorNote: string | null;
  facts: LabelledFact[];
  notes: string[];
}

/** Same layout as a code section (templates share one facts table); pairs carry no descriptor. */
export type PairSection = CodeSection;

export interface DiagnosisNote {
  text: string;
  /** Billable codes under a category, "J91.0 Malignant pleural effusion". */
  children: string[];
}

export interface OpenQuestion {
  /** What we could not settle, and why it matters. */
  item: string;
  /** What the asker can send to settle it: a lower-case phrase for "Please tell us ...". */
  send: string;
}

export interface SuggestionLine {
  rank: number;
  code: string;
  description: string;
  score: number;
  /** Why it matched ("tap (as thoracentesis), ultrasound in our plain-language summary"), when known. */
  reason: string | null;
}

export interface ReplyModel {
  kind: ReplyKind;
  greeting: string;
  bottomLine: string[];
  /** Date of service and setting the answer is for (answers and suggestions only). */
  context: string | null;
  reviewerNote: string | null;
  reason: string | null;
  codes: CodeSection[];
  pairs: PairSection[];
  units: string[];
  diagnosisNotes: DiagnosisNote[];
  suggestions: SuggestionLine[];
  checklist: string[];
  undetermined: OpenQuestion[];
  /** Sources and disclaimer are null in a rejection, which states no facts. */
  sources: string | null;
  disclaimer: string | null;
}
