// The words of a question worth searching the guidance library for: lower-case words of three letters
// or more, without the words every coding question has ("bundled", "billed", "same day", "patient"),
// which would match every paragraph. Coder shorthand adds the words the texts use ("CKD": chronic
// kidney), and the words coders use for a rule add the guideline's own word for it ("probable
// pneumonia" is an uncertain diagnosis, a "late effect" a sequela). Pure.
import { GRAMMAR_WORDS, SHORTHAND } from '../refdata/coder-shorthand.js';

const COMMON = new Set(
  `the and for with can may are was were has have had this that what when which who how why does did
  bill billed billing bundle bundled code codes coding report reported reporting same day date dos patient
  service services procedure procedures cpt hcpcs icd claim please thanks thank question our you your
  would should could also both use used using get need any there their they them its not`.split(/\s+/),
);

/** Two-letter shorthand read as such only where it cannot be an ordinary word ("us", "im", "ra"). */
const SHORT_SHORTHAND = new Set(['lp', 'mi', 'dm', 'fx', 'iv', 'ct', 'xr', 'bx']);

/** The guidelines' word for a rule a coder names otherwise. */
const RULE_WORDS: readonly (readonly [RegExp, string[]])[] = [
  [
    /\b(?:probable|suspected|likely|possible|questionable|rule[ds]?\s+out|working diagnosis|consistent with)\b/,
    ['uncertain'],
  ],
  [/\b(?:late effects?|residual)\b/, ['sequela']],
  [/\b(?:nurses?|dietitians?|therapists?|other clinicians?)\b/, ['clinicians']],
  [/\b(?:visits?|appointments?|seen)\b/, ['encounter']],
  [/\bevery\b/, ['each']],
  [/\bseventh\b/, ['7th']],
  [/\b(?:cancer|carcinoma|tumou?r)\b/, ['malignancy', 'neoplasm']],
  // the manual files scopes under its endoscopy sections
  [/\b\w+oscop(?:y|ies|ic)\b|\begd\b/, ['endoscopic', 'endoscopy']],
  [/\b(?:link|linked|linkage|relationship|related|connect(?:ed)?)\b/, ['presumed', 'causal']],
  // The manual's chapter titles for the services coders name by the profession.
  [/\bpsych(?:otherapy|iatrist|ologist)\b/, ['psychiatric']],
  [/\b(?:physical|occupational)\s+therap(?:y|ist)\b|\bpt\/ot\b/, ['physical', 'medicine', 'rehabilitation']],
];

function expanded(word: string): string[] {
  if (word.length < 3 && !SHORT_SHORTHAND.has(word)) return [];
  const groups = SHORTHAND[word] ?? [];
  return groups.flatMap((g) => g.split('|')).filter((w) => /^[a-z]{3,}$/.test(w));
}

export function guidanceTerms(question: string): string[] {
  const lower = question.toLowerCase();
  const words = lower.match(/[a-z][a-z0-9]{1,}/g) ?? [];
  const own = words.filter((w) => w.length >= 3 && !COMMON.has(w) && !GRAMMAR_WORDS.has(w));
  const ruleWords = RULE_WORDS.filter(([pattern]) => pattern.test(lower)).flatMap(([, add]) => add);
  return [...new Set([...own, ...ruleWords, ...words.flatMap(expanded)])].slice(0, 40);
}

/** Where the encounter happened, for the ICD-10-CM sections that hold only there: II and III for
 *  inpatient admissions, IV for outpatient and office visits. */
export function guidelineSetting(question: string): 'inpatient' | 'outpatient' | null {
  if (/\b(?:admit(?:ted)?|admissions?|inpatient|hospitali[sz]ed|principal\s+diagnosis)\b/i.test(question))
    return 'inpatient';
  if (
    /\b(?:office|clinic|outpatient|visits?|ed|er|emergency\s+department|urgent\s+care|came\s+in)\b/i.test(
      question,
    )
  )
    return 'outpatient';
  return null;
}
