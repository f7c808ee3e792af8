// What the word search returns (search.ts) and the gate judges (search-gate.ts).
import type { CodeSuggestion } from './refdata.types.js';

/** A ranked match, with what the gate needs to judge it. */
export interface SearchMatch extends Required<CodeSuggestion> {
  /** Which of the question's content words (by position) the document covers (a shorthand spelled out in
   *  several words counts each), and how many the question had. */
  coveredWords: number[];
  contentWords: number;
  /** Desk words of the question the document holds too ("initial", "45" minutes): they tell siblings apart. */
  weakCovered: number;
  /** Content words found in the description's lead phrase, the thing it names (before its first comma). */
  leadCovered: number;
  /** Words of that lead phrase the question never said. */
  leadUnasked: number;
  /** The question describes a procedure done (search-words.ts), so a diagnosis is not what it asks for. */
  procedureAsked: boolean;
  /** The question's words spelled out from a coder's abbreviation (by position): they name its subject. */
  abbreviationWords: number[];
  /** The summed rarity (idf) of the question's content words: one common word ("drug") weighs little. */
  questionWeight: number;
}
