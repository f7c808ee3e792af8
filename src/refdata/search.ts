// Search by words over ICD-10-CM titles and index terms, HCPCS descriptions and CPT descriptors or lay
// summaries (the code_search view), by the question's words as search-words.ts reads them. Each word
// weighs its inverse document frequency, so "thoracentesis" counts and "fluid" hardly does; a word of
// the question found nowhere in the data weighs the most, so a question about something we do not hold
// covers little of anything. A document scores the share of the content words' weight it covers, plus a
// little for the desk words it shares and for being short (its words mostly the question's); the best
// document per code wins. `suggestCodes` (search-gate.ts) decides what of this a draft shows.
import type { Kysely } from 'kysely';
import type { CodeSuggestion, CodeSystem, DescriptorSource } from './refdata.types.js';
import type { SearchMatch } from './search.types.js';
import type { Database } from '../db/database.js';
import {
  asksExternalCause,
  describesProcedure,
  mentionsPregnancyOrNewborn,
  nicheCodesOutOfPlace,
  queryGroups,
} from './search-words.js';
import { matchReason } from './search-reason.js';
import { clearProcedure, suggestionsToShow } from './search-gate.js';
import { keepQuantityFits } from './search-quantities.js';
import { isQualifier, withoutOpposites } from './search-opposites.js';
import { searchRows, type QuestionContext } from './repositories/code-search.repository.js';

export interface SearchOptions {
  limit?: number;
}

/** Matches the gate judges for a draft (it shows at most five). */
const CANDIDATES_JUDGED = 20;

export async function searchByWords(
  db: Kysely<Database>,
  text: string,
  opts: SearchOptions = {},
): Promise<SearchMatch[]> {
  const groups = queryGroups(text);
  const content = groups.filter((g) => !g.weak);
  if (content.length === 0 || content.every((g) => isQualifier(g.asked))) return [];
  const limit = Math.min(Math.max(opts.limit ?? 10, 1), 100);
  const context = questionContext(text);
  const rows = await searchRows(db, groups, context, limit);
  const contentWords = content.length;
  const abbreviations = groups.flatMap((g, i) => (g.abbreviation ? [i] : []));
  const matches = rows.map((r) => ({
    code: r.code,
    system: r.system as CodeSystem,
    description: r.description,
    descriptorSource: r.source as DescriptorSource,
    score: Math.round(r.score * 1000) / 1000,
    coveredWords: r.groups.filter((g) => !groups[g]!.weak),
    weakCovered: r.groups.filter((g) => groups[g]!.weak).length,
    leadCovered: r.leadGroups.length,
    leadUnasked: r.leadUnasked,
    procedureAsked: context.procedureAsked,
    abbreviationWords: abbreviations,
    contentWords,
    questionWeight: Math.round(r.allStrong * 100) / 100,
    reason: matchReason(groups, r),
  }));
  // Opposites are judged on the words the question means too ("ABG": arterial, not a vein).
  const spelledOut = [text, ...groups.flatMap((g) => g.alternatives)].join(' ');
  return keepQuantityFits(withoutOpposites(matches, spelledOut), text);
}

const questionContext = (text: string): QuestionContext => ({
  pregnancyOrNewborn: mentionsPregnancyOrNewborn(text),
  procedureAsked: describesProcedure(text),
  nicheOutOfPlace: nicheCodesOutOfPlace(text),
  externalCauseAsked: asksExternalCause(text),
});

/** What a draft shows for a question that names no code: the matches that pass the gate, or none. */
export async function suggestCodes(db: Kysely<Database>, text: string): Promise<CodeSuggestion[]> {
  return suggestionsToShow(await searchByWords(db, text, { limit: CANDIDATES_JUDGED }));
}

/** The matches a draft shows for a description, and the procedure it clearly names (to answer for). */
export async function matchDescription(
  db: Kysely<Database>,
  text: string,
): Promise<{ shown: CodeSuggestion[]; procedure: CodeSuggestion | null }> {
  const matches = await searchByWords(db, text, { limit: CANDIDATES_JUDGED });
  return { shown: suggestionsToShow(matches), procedure: clearProcedure(matches) };
}
