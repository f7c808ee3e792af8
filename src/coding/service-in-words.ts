// A question that names some codes and asks for another by its description ("which code for a chest
// x-ray two views, and is it paid with 99214?"): the described service is searched by its words, as a
// question naming no code would be, and a clearly best match is answered as if the asker had written
// it, its mention marked as matched from words. Pure.
import type { Extraction, Mention } from './types.js';
import type { CodeSuggestion } from '../refdata/refdata.types.js';

const ASKING_FOR_A_CODE =
  /\b(?:which|what|correct|right|proper)\s+(?:(?:cpt|hcpcs|icd-?10(?:-cm)?|dx|diagnosis)\s+codes?|codes?|cpt|hcpcs)\s+(?:(?:do|should|would|can|could)\s+(?:i|we|you)\s+(?:use|bill|report)\s+|(?:is|are)\s+(?:used\s+|billed\s+|reported\s+)?|to\s+(?:use|bill|report)\s+)?for\s+(?:an?\s+|the\s+)?([^?.;,\n]+)/i;
/** Where the described service ends: the next clause of the question. */
const NEXT_CLAUSE =
  /\s+(?:and|but|or|also)\s+(?:is|are|can|could|do|does|should|will|would|how|what|which|when|if|it|they)\b.*$/i;
const CODE_LIKE = /\b(?:\d{4}[0-9AFMTU]|[A-V]\d{4}|[A-Z]\d{2}(?:\.[0-9A-Z]{1,4})?)\b/;

/** Words of something done ("removed", "drained", "bx"): with them a question naming no code describes a
 *  procedure, without them ("ingrown toenail") it may be asking for the diagnosis. */
const DONE =
  /\b(?:removed|removing|drained|draining|excised|repaired|injected|inserted|placed|performed|done|did|given|administered|biopsied|aspirated|bx|i&d)\b/i;

export const describesSomethingDone = (text: string) => DONE.test(text);

/** The service the question asks a code for in words, or null when it asks for none or names its code. */
export function serviceInWords(text: string): string | null {
  const m = ASKING_FOR_A_CODE.exec(text);
  if (!m) return null;
  const phrase = m[1]!.replace(NEXT_CLAUSE, '').trim();
  if (phrase.split(/\s+/).length < 2 || CODE_LIKE.test(phrase)) return null;
  return phrase;
}

/** The extraction with the matched code as one more mention, spanning the description it was read from. */
export function withServiceMatched(
  extraction: Extraction,
  asked: { subject: string; question: string },
  phrase: string,
  match: CodeSuggestion,
): Extraction {
  const inBody = asked.question.indexOf(phrase);
  const part = inBody >= 0 ? 'body' : 'subject';
  const start = inBody >= 0 ? inBody : Math.max(asked.subject.indexOf(phrase), 0);
  const mention: Mention = {
    text: phrase,
    start,
    end: start + phrase.length,
    kind: match.system,
    code: match.code,
    from: null,
    to: null,
    modifiers: [],
    units: null,
    system: match.system,
    part,
    matchedFrom: 'words',
  };
  return {
    ...extraction,
    mentions: [...extraction.mentions, mention],
    candidates: [...extraction.candidates, match.code],
  };
}
