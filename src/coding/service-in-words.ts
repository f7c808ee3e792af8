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

/** A code as the asker writes it, with its modifiers ("99213-25"), where a description stops. */
const WRITTEN_CODE = /\b(?:\d{4}[0-9AFMTU]|[A-V]\d{4})(?:-[0-9A-Z]{2})*\b/gi;
/** Words joining a description to the code beside it ("... at a 99213 visit", "and we did a ..."). */
const LEADING =
  /^(?:\s|[-–,:]|\b(?:and|also|plus|then|with|we|i|they|dr|doctor|provider|pt|patient|did|had|got|gave|a|an|the|at|for|during|in|on|of|same|day|today)\b)+/i;
const TRAILING =
  /(?:\s|[-–,:]|\b(?:and|also|plus|then|with|at|for|during|in|on|of|a|an|the|same|day|today|visit|billed|was|were)\b)+$/i;
/** Whether words after (before) a written code are joined to it by a word of their own; words written
 *  right against the code name it, and so do words after "for" ("A7042 for the drainage bottle"). */
const JOINED_AFTER =
  /^\s*[-–,:(]?\s*(?:and|also|with|we|i|they|he|she|dr|did|had|got|gave|at|during|in|on|after|before|same|today|was|were|is|are)\b|^\s*$/i;
const JOINED_BEFORE =
  /\b(?:at|for|during|in|on|with|and|of|after|before|a|an|the|same|as)\s*[-–,:(]?\s*$|^\s*$/i;
/** Where a clause ends: a sentence's end (not the point of "3.2 cm"), a comma, "then", "plus". */
const CLAUSE_BREAK = /[;?!\n]+|\.(?!\d)|,\s+|\s+(?:and\s+)?then\s+|\s+followed\s+by\s+|\s+plus\s+/;
/** A clause that says nothing else was done ("nothing else done", "no procedure"). */
const NEGATED = /^(?:no|nothing|not|never|without|none)\b/i;
/** Words of a service a visit is not: these say the asker describes something done beside the codes. */
const SERVICE_WORDS =
  /(?:ectomy|otomy|ostomy|plasty|centesis|pexy|rrhaphy)\b|\b(?:biops(?:y|ies)|injections?|injected|infusions?|push|hydration|transfusion|counseling|nebuli[sz]er|breathing\s+treatment|catheter\w*|ekg|ecg|electrocardiogram|spirometry|x-?ray|ultrasound|removal|removed|repair|repaired|excision|excised|incision|drainage|drained|debridement|aspiration|aspirated|splint|strapping|cast|irrigation|vaccine|immunization|screening|test(?:ing)?)\b/i;
/** Imaging guidance named in words is the guidance rule's (guidance-in-words.ts), never a search. */
const GUIDANCE = /\b(?:guidance|guided|fluoro\w*|imaging)\b/i;

/** "Infusion center", "injection clinic": where the service was given, not a service. */
const PLACE = /\b[\w-]+\s+(?:center|centre|clinic|suite|room|department|dept|unit|lab)\b/gi;
/** A diagnosis or a visit's reason, not a service. */
const DIAGNOSIS_WORDS = /\b(?:diagnos[ie]s|dx|icd-?10(?:-cm)?|history\s+of|status|follow-?up\s+for)\b/i;

/**
 * The service a question names in words beside the codes it writes, without asking "which code for"
 * ("tobacco cessation counseling 5 minutes at a 99213 visit, do I need 25?"): the first clause part
 * between written codes that names a service done, or null. Words that only restate the codes ("at a
 * 99213 visit"), a diagnosis, a clause that says nothing else was done, and imaging guidance are not one.
 */
export function serviceBesideCodes(body: string): string | null {
  for (const clause of body.split(CLAUSE_BREAK)) {
    const pieces = clause.split(WRITTEN_CODE);
    for (const [i, piece] of pieces.entries()) {
      // Words written against a code with nothing joining them name that code ("IV hydration 96360").
      if ((i > 0 && !JOINED_AFTER.test(piece)) || (i < pieces.length - 1 && !JOINED_BEFORE.test(piece)))
        continue;
      const words = piece.replace(LEADING, '').replace(TRAILING, '').trim();
      if (words.split(/\s+/).length < 2 || NEGATED.test(words) || CODE_LIKE.test(words)) continue;
      const done = words.replace(PLACE, '');
      if (SERVICE_WORDS.test(done) && !GUIDANCE.test(words) && !DIAGNOSIS_WORDS.test(words)) return words;
    }
  }
  return null;
}

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
