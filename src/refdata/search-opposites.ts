// A code that states the opposite of what the question says is another service or condition: "portable"
// for a stationary concentrator, "left" for the right knee, "closed" for an open treatment. A coder
// never offers it, however many other words it shares; nor one doing what the question denies ("without
// imaging"), a history or sequela the question never spoke of, or a part for the thing asked (pure).

/** Each word with the words that contradict it (the table reads both ways). */
const OPPOSITE_PAIRS: readonly (readonly [string, string])[] = [
  ['stationary', 'portable'],
  ['left', 'right'],
  ['open', 'closed'],
  ['open', 'percutaneous'],
  ['unilateral', 'bilateral'],
  ['diagnostic', 'therapeutic'],
  ['diagnostic', 'screening'],
  ['initial', 'subsequent'],
  ['new', 'established'],
  ['benign', 'malignant'],
  ['upper', 'lower'],
  ['complete', 'limited'],
  ['single', 'multiple'],
  ['inpatient', 'outpatient'],
  ['acute', 'chronic'],
  ['diabetic', 'pressure'],
  ['arterial', 'vein'],
  ['arterial', 'venous'],
  ['home', 'office'],
  ['office', 'hospital'],
];

const OPPOSITES = new Map<string, string[]>();
for (const [a, b] of OPPOSITE_PAIRS) {
  OPPOSITES.set(a, [...(OPPOSITES.get(a) ?? []), b]);
  OPPOSITES.set(b, [...(OPPOSITES.get(b) ?? []), a]);
}

/** Words that only qualify a subject (acute, bilateral, open): a question of nothing else names none. */
export const isQualifier = (word: string) => OPPOSITES.has(word);

const words = (text: string) => new Set(text.toLowerCase().match(/[a-z]+/g));

/** The words a text denies ("without wheels", "no catheter"). */
const denied = (text: string) =>
  new Set(
    [...text.toLowerCase().matchAll(/\b(?:without|w\/o|no)\s+(?:an?\s+|any\s+)?([a-z]+)/g)].map((m) => m[1]!),
  );

/** What tells with-and-without siblings apart: a question denying one ("without contrast", "no imaging")
 *  is not about the code that does it. Other denied words ("no catheter left in") may still appear in the
 *  right code's text ("a needle or catheter"), so only these count. */
const DENIABLE = new Set([
  'imaging',
  'guidance',
  'ultrasound',
  'fluoroscopy',
  'contrast',
  'sedation',
  'biopsy',
  'biopsies',
  'polyp',
  'polyps',
  'interpretation',
]);

/** The question's words a description contradicts: it says an opposite and not the word itself, it
 *  denies a word the question asks for ("walker with wheels": a walker without wheels), or it does what
 *  the question denies ("without imaging guidance": the code with imaging). */
export function contradicted(description: string, question: string): string[] {
  const asked = words(question);
  const said = words(description);
  const deniedByCode = denied(description);
  const deniedByQuestion = denied(question);
  return [...asked].filter(
    (w) =>
      (!said.has(w) && (OPPOSITES.get(w) ?? []).some((o) => said.has(o) && !asked.has(o))) ||
      (deniedByCode.has(w) && !deniedByQuestion.has(w)) ||
      (DENIABLE.has(w) && deniedByQuestion.has(w) && said.has(w) && !deniedByCode.has(w)),
  );
}

/** A state a code names that the question must say for it to fit: a personal history code is not the
 *  condition treated now, nor a sequela the injury itself; a newborn's or a child's service is not an
 *  adult's; chemotherapy administration is not a drug push for nausea; an add-on is not the first unit
 *  of the service it adds to. */
const STATES_TO_BE_SAID: readonly (readonly [RegExp, RegExp])[] = [
  [/\bhistory of\b/i, /\b(?:history|hx|h\/o|previous|prior|past|former|status|s\/p)\b/i],
  [/\bsequela\b/i, /\b(?:sequelae?|late\s+effects?|residual|old)\b/i],
  [
    /^(?!.*\badults?\b).*\b(?:neonatal|neonates?|newborns?|infants?|pediatric|child(?:ren)?)\b/i,
    /\b(?:neonat\w*|newborns?|infants?|pediatric|child(?:ren)?|kids?|baby|babies|nicu|picu|toddler|boy|girl|months?[\s-]old|weeks?[\s-]old|days?[\s-]old|\d{1,2}[\s-]*(?:yo|y\/o|years?[\s-]old))\b/i,
  ],
  [
    /\bchemotherap/i,
    /\b(?:chemo\w*|cancer|oncolog\w*|antineoplastic|neoplas\w*|tumou?rs?|carcinoma|lymphoma|leuk[ae]mia|myeloma|malignan\w*|monoclonal|biologics?)\b/i,
  ],
  [
    /^add-on\b/i,
    /\b(?:add-?on|additional|further|extra|each|more\s+than|beyond|after\s+the\s+first|over\s+\d|second|third|another|subsequent|sequential)/i,
  ],
];

export const unsaidState = (description: string, question: string) =>
  STATES_TO_BE_SAID.some(([named, said]) => named.test(description) && !said.test(question));

const stem = (w: string) => w.replace(/ies$/, 'y').replace(/s$/, '');

/** A part or supply for the thing asked ("brake attachment for wheeled walker" when a walker is asked):
 *  the words before "for" are none of the question's. Read in HCPCS descriptions of equipment only: a
 *  procedure's "for" says its purpose. */
/** Words that name a part or an accessory rather than the equipment itself. */
const PART_WORDS = new Set([
  'attachment',
  'accessory',
  'replacement',
  'brake',
  'battery',
  'handgrip',
  'glide',
  'tip',
]);

export function partForTheThingAsked(description: string, question: string): boolean {
  const asked = new Set([...words(question)].map(stem));
  // "Wheel attachment, rigid pick-up walker": the first phrase names a part the question did not ask for.
  const first = [...words(description.split(/[,;]/)[0]!)].map(stem);
  const parts = first.filter((w) => PART_WORDS.has(w));
  if (parts.length > 0 && !parts.some((w) => asked.has(w))) return true;
  const m = /^(.+?)\s+for\s+(.+)$/i.exec(description);
  if (!m) return false;
  const head = [...words(m[1]!)].map(stem);
  const object = [...words(m[2]!)].map(stem);
  return !head.some((w) => asked.has(w)) && object.some((w) => asked.has(w));
}

export const withoutOpposites = <T extends { description: string; system: string }>(
  matches: T[],
  question: string,
): T[] =>
  matches.filter(
    (m) =>
      contradicted(m.description, question).length === 0 &&
      !unsaidState(m.description, question) &&
      !(m.system === 'hcpcs' && partForTheThingAsked(m.description, question)),
  );
