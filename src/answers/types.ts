// Contracts of the answers layer: one small pure rule module per kind of question, each
// `(question, facts) => answers`. An answer is what the reply's bottom line says: the result for the
// asker's codes, the rule in our own words, and its public source by chapter and section.
import type { Answer, AnswerKind, CodeFinding, PairFinding, UnitFinding } from '../coding/types.js';
import type { AddOnFact, MueFact, PtpFact, RvuFact, Setting } from '../coding/lookup.types.js';
import type { EditionRef } from '../refdata/refdata.types.js';
import type { AskedCode } from '../coding/analyze-codes.js';
import type { IndexWalk, PcsSuggestion, TabularFacts } from '../coding/icd-facts.types.js';
import type { QuestionCues } from './question/cues.js';
import type { LocalityGpci } from '../refdata/repositories/gpci.repository.js';

export type { Answer, AnswerKind };

/** What the rules read of the question: the asker's codes in order, the cues in its words. */
export interface AnswerQuestion {
  text: string;
  /** Kinds the question asks, best first (a rule may still answer a kind not asked, as a warning). */
  kinds: AnswerKind[];
  codes: AskedCode[];
  /** Every modifier the asker wrote, glued to a code or standing alone. */
  modifiers: string[];
  /** Modifiers written apart from any code ("would 59 get it paid?"). */
  loose: string[];
  dateOfService: string | null;
  cues: QuestionCues;
}

/** Everything the one look-up returned, with the analysis already made of it. */
export interface AnswerFacts {
  /** The date the editions were chosen for (date of service, or the drafting date). */
  effectiveDate: string;
  setting: Setting;
  settingStated: boolean;
  codes: CodeFinding[];
  pairs: PairFinding[];
  /** Every PTP row between the asker's codes, in force or not, for the claim's setting. */
  ptp: PtpFact[];
  /** The outpatient hospital edits too, when the question names a hospital but not whose claim. */
  hospitalPtp: PtpFact[] | null;
  units: UnitFinding[];
  mue: MueFact[];
  /** Add-on edits where an asked code is the add-on or the primary. */
  addOns: AddOnFact[];
  /** Every RVU row of the asked codes, modifier rows (26, TC, 53) included. */
  rvu: RvuFact[];
  /** RVU rows of the asked endoscopies' base codes not asked themselves (the PFS file's ENDO BASE). */
  endoscopyBases?: RvuFact[];
  editions: EditionRef[];
  /** Tabular List facts around the asked ICD-10-CM and PCS codes (fetched once per question). */
  tabular?: TabularFacts;
  /** The Alphabetic Index walk of a diagnosis asked in words, each code checked in the Tabular List. */
  indexWalk?: IndexWalk | null;
  /** PCS titles matching a procedure asked in words. */
  pcsSearch?: PcsSuggestion[];
  /** Every locality of the GPCI edition in force (CMS GPCI file, about 110 rows), when loaded. */
  gpci?: LocalityGpci[];
}

export interface AnswerRule {
  kind: AnswerKind;
  /** Short name, for tests and the reviewer's view. */
  name: string;
  answer(question: AnswerQuestion, facts: AnswerFacts): Answer[];
}
