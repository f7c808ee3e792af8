// Whether a draft shows the word search's matches at all, and which (pure). A draft never shows a code
// unrelated to the question: a match must cover most of the question's weight (its score), more than one
// of its content words when it has several, stand near the best match, and hold every word the best one
// holds and as many (so "initial" or "45 minutes" keeps the sibling out, and "benign essential"
// hematuria stays away from hypertension). It must not be the best one plus qualifiers the question
// never said ("combined ... and diastolic" for "chronic systolic heart failure"; "hypertensive" chronic
// kidney disease for "CKD stage 4"), and must name the asked thing in its lead phrase (not a ventilator
// that "also performs" oxygen concentration). A question naming a condition and no procedure may see the
// diagnosis beside the procedure that treats it ("ingrown toenail"); otherwise only the best match's
// system shows. A question whose only subject is one common word ("this drug") shows nothing. When
// nothing passes, the draft shows no list and asks for the code or the procedure note instead.
import type { CodeSuggestion } from './refdata.types.js';
import type { SearchMatch } from './search.types.js';

export interface GateRule {
  /** Least score to be shown (calibrated on test/eval/search: see the eval's `calibration`). */
  minScore: number;
  /** Least share of the question's content words covered. */
  minCoverage: number;
  /** Least share of the best shown score. */
  nearBest: number;
  /** Most suggestions shown. */
  max: number;
  /** Least summed rarity of the question's content words: below it, the subject is too common to search. */
  minQuestionWeight: number;
}

/** How far the best match must lead the next one to be named alone. */
export const CLEAR_LEAD = 1.25;

/** The match that clearly leads the rest (ranked best first), or null for a near tie or none. */
export function clearlyBest<T extends { score: number }>(ranked: readonly T[]): T | null {
  const [best, next] = ranked;
  return best && (!next || best.score >= next.score * CLEAR_LEAD) ? best : null;
}

export const SHOW_RULE: GateRule = {
  minScore: 0.6,
  minCoverage: 0.5,
  nearBest: 0.9,
  max: 5,
  minQuestionWeight: 5,
};

/** Covers enough of the question's content words: more than one when it has several. */
function coversEnough(m: SearchMatch, rule: GateRule): boolean {
  const needed = Math.max(Math.min(2, m.contentWords), Math.ceil(m.contentWords * rule.minCoverage));
  return m.coveredWords.length >= needed;
}

/** A diagnosis title naming in its lead phrase more the question never said than the best one does
 *  ("hypertensive" chronic kidney disease beside "chronic kidney disease, stage 4"), or a HCPCS
 *  description more than the plainest near-best one (a "cervical thoracic" lumbar-sacral orthosis beside
 *  the lumbar-sacral ones): another thing, not an alternative. Diagnosis siblings each adding their own
 *  qualifier (morbid obesity "due to excess calories", "with alveolar hypoventilation") are judged against
 *  the best only, so neither is preferred for adding fewer words. Lay summaries are sentences, not titles,
 *  and are not judged so. */
const TITLED = new Set(['icd10cm', 'hcpcs']);

const addsUnaskedWords = (m: SearchMatch, plainest: SearchMatch) =>
  TITLED.has(m.system) &&
  m.system === plainest.system &&
  !m.code.startsWith(plainest.code) &&
  m.leadUnasked > plainest.leadUnasked;

/** Of the matches standing near the best, the one whose lead phrase adds the fewest unasked words. */
const plainestNear = (near: readonly SearchMatch[]) =>
  near.reduce((a, b) => (b.leadUnasked < a.leadUnasked && b.system === a.system ? b : a));

/** A question that names a condition and no procedure ("ingrown toenail") may want the diagnosis or
 *  the procedure that treats it: a diagnosis holding all its words stands beside the procedure. */
const conditionBesideProcedure = (m: SearchMatch, best: SearchMatch) =>
  m.system === 'icd10cm' &&
  best.system !== 'icd10cm' &&
  !m.procedureAsked &&
  m.coveredWords.length === m.contentWords;

/** A coder's abbreviation names the subject ("strep test": not an HIV test that is also rapid): a match
 *  must cover one of the words it stands for. */
const namesTheAbbreviatedSubject = (m: SearchMatch) =>
  m.abbreviationWords.length === 0 || m.abbreviationWords.some((w) => m.coveredWords.includes(w));

const wordsHeld = (m: SearchMatch) => m.coveredWords.length + m.weakCovered;

const titleWords = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .match(/[a-z0-9]+/g)
      ?.map((w) => (w.length > 3 ? w.replace(/s$/, '') : w)),
  );

/** The best match's title with more words added, none of them the question's: a narrower, unasked code.
 *  A code under the best one (K35.30 under the category K35.3) is its billable form, not another code. */
function bestPlusUnaskedWords(m: SearchMatch, best: SearchMatch): boolean {
  if (m.code.startsWith(best.code) || wordsHeld(m) !== wordsHeld(best)) return false;
  const mine = titleWords(m.description);
  const bests = titleWords(best.description);
  return mine.size > bests.size && [...bests].every((w) => mine.has(w));
}

export function suggestionsToShow(
  matches: readonly SearchMatch[],
  rule: GateRule = SHOW_RULE,
): CodeSuggestion[] {
  const passing = matches
    .filter((m) => m.score >= rule.minScore && m.questionWeight >= rule.minQuestionWeight)
    .filter(namesTheAbbreviatedSubject)
    .filter((m) => coversEnough(m, rule))
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
  const best = passing[0];
  // A question describing a procedure done wants its procedure code, never only a diagnosis sharing its
  // words ("TSH blood test": not thyrotoxicosis).
  if (!best || (best.procedureAsked && best.system === 'icd10cm')) return [];
  const near = passing
    .filter((m) => m.score >= best.score * rule.nearBest && wordsHeld(m) >= wordsHeld(best))
    .filter((m) => best.coveredWords.every((w) => m.coveredWords.includes(w)))
    .filter(
      (m) =>
        (m.system === best.system || conditionBesideProcedure(m, best)) && !bestPlusUnaskedWords(m, best),
    )
    .filter((m) => m.leadCovered > 0 || (best.leadCovered === 0 && m.system !== 'hcpcs'));
  const reference = best.system === 'hcpcs' && near.length > 0 ? plainestNear(near) : best;
  return near
    .filter((m) => !addsUnaskedWords(m, reference))
    .slice(0, rule.max)
    .map(toSuggestion);
}

const toSuggestion = ({ code, system, description, descriptorSource, score, reason }: SearchMatch) => ({
  code,
  system,
  description,
  descriptorSource,
  score,
  reason,
});

const PROCEDURE_SYSTEMS = new Set(['cpt', 'hcpcs']);

/** The procedure a description clearly names, to answer for: judged with CPT and HCPCS codes as one set
 *  (so a HCPCS code does not stand alone only because the CPT sibling is of another system), clearly
 *  ahead of the next, and not outranked by a diagnosis (the question may be about the condition). */
export function clearProcedure(
  matches: readonly SearchMatch[],
  rule: GateRule = SHOW_RULE,
): CodeSuggestion | null {
  const top = [...matches].sort((a, b) => b.score - a.score)[0];
  if (!top || !PROCEDURE_SYSTEMS.has(top.system)) return null;
  const procedures = matches
    .filter((m) => PROCEDURE_SYSTEMS.has(m.system))
    .map((m) => ({ ...m, system: 'cpt' as const }));
  const best = clearlyBest(suggestionsToShow(procedures, rule));
  const original = best && matches.find((m) => m.code === best.code);
  return original ? toSuggestion(original) : null;
}
