// Spans of the question that look like codes but are not: phone numbers and extensions, ZIP codes and
// street numbers, amounts, claim/member/account numbers, and claim adjustment / remark codes.
// Dates are masked separately (extract-dates.ts) because the date of service is read from them.
//
// Linear in the text's length: no pattern starts with an unbounded look-behind (tried at every position),
// optional separators own the spaces after them ("\s*(?:#\s*)?", never "\s*#?\s*", which tries every split
// of a long run of spaces), and a run of digits is tried from its first digit only.
import type { Span } from './extract-spans.js';

const PHONE_SHAPES = [
  /(?:\+?1[-. ]?)?\(\d{3}\)\s*\d{3}[-. ]?\d{4}\b/g,
  /(?<![\w.-])(?:\+?1[-. ])?\d{3}[-. ]\d{3}[-. ]\d{4}\b/g,
  // "555-1234" and "555-32555": three digits never start a code, so a 3-digit group joined to digits is a number.
  /(?<![\w.-])\d{3}[-.]\d{4,5}(?![\w-])/g,
];
/** After "call me at", "phone", "fax"...: the digit run that follows is a phone number whatever its shape
 *  (but a run stops at ". ", so "phone: 5553255512. 20610 with ..." keeps its code). */
const PHONE_CONTEXT =
  /\b(?:call(?:\s+me)?(?:\s+back)?(?:\s+at)?|phone|ph|tel|telephone|cell|mobile|fax|text\s+me|reach\s+me(?:\s+at)?|contact\s+me(?:\s+at)?)\b[.:#]?\s*(?:(?:no|number|#)\.?\s*)?(?::\s*)?(\+?[\d(](?:[\d()-]|[ .](?=[\d(])){5,17}\d)/gi;
const EXTENSION = /\b(?:ext|extn|extension)\.?\s*(?:#\s*)?\d{1,6}\b/gi;
/** "x1234" right after a phone number is an extension, not units. */
const X_EXTENSION = /(?<=\d\s?)x\s?\d{3,6}\b/gi;
const STATES =
  '(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])';
/** Addresses: [pattern, group that holds the number (0 = the whole match)]. */
const ADDRESS: readonly (readonly [RegExp, number])[] = [
  // "Springfield, IL 62701": a capitalised word, a comma, a state, the ZIP (the comma anchors the search).
  [new RegExp(`,(?<=\\b[A-Z][A-Za-z.]+,)\\s*${STATES}\\.?,?\\s+(\\d{5}(?:-\\d{4})?)\\b`, 'g'), 1],
  // "Houston TX 77030" without the comma; not after MD or PA, which also follow a person's name.
  [
    new RegExp(
      `\\b(?!MD|PA)${STATES}(?<=\\b[A-Z][a-z]+\\s+[A-Z]{2})\\s+(\\d{5}(?:-\\d{4})?)\\b(?!-\\w)`,
      'g',
    ),
    1,
  ],
  [/\bzip(?:\s*code)?\s*(?:[:#]\s*)?(\d{5}(?:-\d{4})?)\b/gi, 1],
  [/\b\d{5}-\d{4}\b/g, 0],
  // "Atlanta, GA": the state after a city is not a modifier.
  [new RegExp(`\\b${STATES}\\b(?<=\\b[A-Z][A-Za-z.]+,\\s*[A-Z]{2})`, 'g'), 0],
  [/\b(?:P\.?\s?O\.?\s+Box|Suite|Ste\.?|Unit|Room|Rm\.?)\s*(?:#\s*)?(\d+)\b/gi, 1],
  [
    /\b\d{3,6}(?=\s+(?:[NSEW]\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Drive|Ln|Lane|Way|Court|Pkwy|Parkway|Hwy|Highway|Pl|Place)\b)/g,
    0,
  ],
];
// "(?<!\d,?)": a run of digits and commas ("1,2,3,...") is tried from its first digit, not from each one.
const AMOUNTS = [
  /(?:\$|USD\s?)\s?\d[\d,]*(?:\.\d+)?/g,
  /\b(?<!\d,?)\d[\d,]*\.\d{2}\b/g,
  /\b(?<!\d,?)\d[\d,]*\s?(?:dollars|USD)\b/gi,
];
/** "acct 55512", "NPI 1234567890", "ICN 2025...": these words always introduce an identifier. */
const STRONG_IDS =
  /\b(?:acct|MRN|medical\s+record|invoice|ticket|ICN|DCN|TCN|NPI|TIN|EIN|tax\s+id|tracking|confirmation|ID)\s*(?:(?:#|no\.?|num(?:ber)?|id)\s*)?(?:[:#]\s*)?([A-Z0-9][A-Z0-9-]{3,})\b/gi;
/** "claim # 12345", "member ID W123456", "ref no. 55512": weaker words need a marker (#, no., number, ID, :). */
const MARKED_IDS =
  /\b(?:(?:claim|case|order|PO|control|patient|pt|batch|check|voucher)\s*(?:#|no\b\.?|number|num|id\b)|(?:ref|reference|group|grp|auth|authorization)\s*(?:#|no\.|number|num|id\b)|(?:member|subscriber|account|policy)\s*(?:#|no\.|number|num|id\b|:))\s*(?:[:#]\s*)?([A-Z0-9][A-Z0-9-]{3,})\b/gi;
/** "group 20610", "policy 99213456": a plan's group or policy word is followed by its number, never a code. */
const PLAN_IDS = /\b(?:group|grp|policy|subscriber)\s+([A-Z]{0,3}\d{4,}[A-Z0-9-]*)\b/gi;
/** CMS change requests and transmittals ("CR 13044", "MM13044", "Transmittal 12345"). */
const CMS_DOCS =
  /\b(?:CR|MM|SE|change\s+request|transmittal|MLN\s+Matters(?:\s+(?:article\s+)?(?:MM|SE))?)\s*(?:#\s*)?(\d{4,6})\b/gi;
/** Coverage documents: "LCD L35936", "article A57206" have a code's shape but are policy numbers. */
const COVERAGE_DOCS =
  /\b(?:LCDs?|LCAs?|NCDs?|(?:billing\s+)?articles?|policy|local\s+coverage\s+determination)\s*(?:(?:ID|#|no\.?|number)\s*)?(?:[:#]\s*)?([LA]\d{5})\b/gi;
/** Claim adjustment group + reason (CO-97, PR 204, OA-23) are never codes. */
const CARC = /\b(?:CO|PR|OA|PI|CR)\s?-\s?\d{1,3}\b|\b(?:CO|PR|OA|PI)\d{1,3}\b/g;
/** Remark codes (N290, M80, MA130) look like ICD-10-CM codes; masked only near remittance words. */
const RARC = /\b(?:MA\d{2,3}|N\d{1,3}|M\d{1,3})\b(?!\.\w)/g;
const REMIT_CONTEXT =
  /\b(?:RARC|CARC|remark|remarks|denial|denied|denies|EOB|ERA|remit|remittance|835|reason\s+codes?|adjustment|rejected|rejection)\b|\b(?:CO|PR|OA|PI)\s?-\s?\d{1,3}\b/i;
const DX_BEFORE = /\b(?:dx|diagnos[ie]s|ICD(?:-?10)?(?:-CM)?)\s*(?:code\s*)?(?:[:#]\s*)?$/i;

function collect(re: RegExp, text: string, out: Span[], group = 0): void {
  for (const m of text.matchAll(re)) {
    const g = m[group];
    if (g === undefined) continue;
    const start = (m.index ?? 0) + (group === 0 ? 0 : m[0].lastIndexOf(g));
    out.push({ start, end: start + g.length });
  }
}

/** Every span of the text that must not yield a code. */
export function findNoiseSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const re of PHONE_SHAPES) collect(re, text, out);
  collect(PHONE_CONTEXT, text, out, 1);
  collect(EXTENSION, text, out);
  collect(X_EXTENSION, text, out);
  for (const [re, group] of ADDRESS) collect(re, text, out, group);
  for (const re of AMOUNTS) collect(re, text, out);
  collect(STRONG_IDS, text, out, 1);
  collect(MARKED_IDS, text, out, 1);
  collect(PLAN_IDS, text, out, 1);
  collect(CMS_DOCS, text, out, 1);
  collect(COVERAGE_DOCS, text, out, 1);
  collect(CARC, text, out);
  for (const m of text.matchAll(RARC)) {
    const start = m.index ?? 0;
    const window = text.slice(Math.max(0, start - 80), start + 80);
    if (!REMIT_CONTEXT.test(window) || DX_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
    out.push({ start, end: start + m[0].length });
  }
  return out;
}
