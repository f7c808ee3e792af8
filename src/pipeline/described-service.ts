// A procedure asked for in words (src/coding/service-in-words.ts): beside named codes ("which code for a
// chest x-ray two views", or a service simply said to be done: "tobacco counseling 5 minutes at a 99213
// visit"), or as the whole question when it names no code and says what was done. The
// description is searched; a match that clearly leads is added to the extraction as a mention read from
// words, so the one look-up and every rule treat it as asked. Diagnosis and PCS questions are left to
// the index walk and the PCS tables.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { Extraction } from '../coding/types.js';
import { buildQuestion } from '../answers/question/question.js';
import {
  describesSomethingDone,
  serviceBesideCodes,
  serviceInWords,
  withServiceMatched,
} from '../coding/service-in-words.js';
import { describesProcedure } from '../refdata/search-words.js';
import { matchDescription } from '../refdata/search.js';
import type { CodeSuggestion } from '../refdata/refdata.types.js';
import { administrationsInWords } from '../coding/administration-in-words.js';
import { repairFamilyOf, repairsInWords } from '../coding/repairs-in-words.js';

export interface DescribedService {
  /** The description asked for beside named codes ("a chest x-ray two views"), or null. */
  phrase: string | null;
  /** The extraction, with the matched code added as a mention read from words when one clearly leads. */
  extraction: Extraction;
  /** What the draft shows for the description (the gate's list). */
  suggestions: CodeSuggestion[];
  /** The description was searched (the draft shows these matches, not a second search's). */
  searched: boolean;
}

/** A service asked in words: its matches, and the extraction with the clearly best one added as if
 *  written (the rules then answer for it too). */
export async function describedService(
  db: Kysely<Database>,
  extraction: Extraction,
  asked: { subject: string; question: string },
  text: string,
): Promise<DescribedService> {
  const none: DescribedService = {
    phrase: null,
    extraction,
    suggestions: [],
    searched: false,
  };
  if (extraction.candidates.length === 0) {
    if (!asked.question.trim()) return none;
    const given = readFromWords(asked.question, []);
    if (given.length) return { ...none, extraction: withRead(extraction, asked, given) };
    // A diagnosis or PCS question is answered from the index and the tables, never from a CPT match.
    const { kinds } = buildQuestion(text, extraction);
    if (kinds.includes('icd10pcs') || kinds.includes('diagnosis-selection')) return none;
    const done = describesProcedure(text) || describesSomethingDone(text);
    const { shown: matches, procedure: best } = await matchDescription(db, text);
    if (!best || !done) return { ...none, suggestions: matches, searched: true };
    const phrase = asked.question.trim();
    return {
      ...none,
      extraction: withServiceMatched(extraction, asked, phrase, best),
      suggestions: matches,
      searched: true,
    };
  }
  // Repairs or drug administration described beside other codes (a visit, say) are read the same way.
  const read = readFromWords(asked.question, extraction.candidates);
  if (read.length) return { ...none, phrase: read[0]!.phrase, extraction: withRead(extraction, asked, read) };
  const askedFor = serviceInWords(text);
  const phrase = askedFor ?? serviceBesideCodes(asked.question);
  if (!phrase) return none;
  const named = new Set(extraction.candidates);
  const { shown: matches, procedure } = await matchDescription(db, phrase);
  // The description matches a code the asker wrote too: it describes that code, not another.
  if (matches.some((s) => named.has(s.code)) || (procedure && named.has(procedure.code))) return none;
  // Words beside the codes, not asked for: answered only for a clear match outside the named codes'
  // families ("office visit" beside 99213 restates it); a near tie or nothing is left unsaid.
  if (!askedFor && (!procedure || [...named].some((c) => sameFamily(c, procedure.code)))) return none;
  return {
    phrase,
    extraction: procedure ? withServiceMatched(extraction, asked, phrase, procedure) : extraction,
    suggestions: askedFor ? matches : [],
    searched: true,
  };
}

/** Codes of one family share their first four characters (99213 and 99214, 12001 and 12002). */
const sameFamily = (a: string, b: string) => a.slice(0, 4) === b.slice(0, 4);

/** A code read from the words by a rule of its own (administration- or repairs-in-words.ts), as a match. */
const readAs = (code: string): CodeSuggestion => ({
  code,
  system: 'cpt',
  description: '',
  descriptorSource: 'lay_summary',
  score: 1,
});

/**
 * Services no word search tells apart, read from the words instead: hydration, a push and an infusion
 * described together, or repairs with their classification, site and length. Not beside a written code
 * of the same kind: the asker's own drug administration or repair codes say what they meant, and the
 * rules read the words beside them.
 */
function readFromWords(question: string, named: readonly string[]): { code: string; phrase: string }[] {
  const administrationNamed = named.some((c) => /^96(?:3[6-7]\d|4[0-4]\d)$/.test(c));
  const repairNamed = named.some((c) => repairFamilyOf(c));
  return [
    ...(administrationNamed ? [] : administrationsInWords(question)),
    ...(repairNamed ? [] : (repairsInWords(question) ?? []).map((g) => ({ code: g.code, phrase: g.phrase }))),
  ];
}

const withRead = (
  extraction: Extraction,
  asked: { subject: string; question: string },
  read: { code: string; phrase: string }[],
): Extraction => read.reduce((e, g) => withServiceMatched(e, asked, g.phrase, readAs(g.code)), extraction);
