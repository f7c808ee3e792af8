// Boundary types of the drafting step: what the pipeline hands in, what it stores and shows the reviewer.
import type { Findings } from '../coding/types.js';

/** One template pair per kind (templates/replies/<kind>.{html,txt}.hbs). */
export type ReplyKind = 'answer' | 'no_code_found' | 'request_info' | 'rejection';

export interface DraftInput {
  kind: ReplyKind;
  consult: { token: string; subject: string; askerName: string | null };
  findings: Findings;
  /** Kinds of possible patient identifiers the screen found (never their text). */
  phiFlags: { kind: string }[];
  /** A reviewer's note to the asker, shown under the bottom line. */
  reviewerNote?: string;
  /** Why we reject, or what we need (request_info); written by a reviewer. */
  reason?: string;
}

export type ReviewFlagCode =
  | 'unknown_code'
  | 'deleted_code'
  | 'no_date_of_service'
  | 'mixed_editions'
  | 'stale_edition'
  | 'possible_phi'
  | 'low_confidence'
  | 'not_billable'
  | 'new_machine_draft';

/** A note for the reviewer in the desk; never part of the sent text. */
export interface ReviewFlag {
  code: ReviewFlagCode;
  severity: 'info' | 'warning';
  message: string;
}

export interface RenderedDraft {
  kind: ReplyKind;
  subject: string;
  text: string;
  html: string;
  flags: ReviewFlag[];
}
