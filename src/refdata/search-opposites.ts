// A code that states the opposite of what the question says is another service or condition: "portable"
// for a stationary concentrator, "left" for the right knee, "closed" for an open treatment. A coder
// never offers it, however many other words it shares; nor a part for the thing asked (pure).

/** Each word with the words that contradict it (the table reads both ways). */
const OPPOSITE_PAIRS: readonly (readonly [string, string])[] = [
  ['stationary', 'portable'],
  ['left', 'right'],
  ['open', 'closed'],
  ['open', 'percutaneous'],
  ['unilateral', 'bilateral'],
  ['diagnostic', 'therapeutic'],
  ['initial', 'subsequent'],
  ['new', 'established'],
  ['benign', 'malignant'],
  ['upper', 'lower'],
  ['complete', 'limited'],
  ['single', 'multiple'],
  ['inpatient', 'outpatient'],
  ['acute', 'chronic'],
];

const OPPOSITES = new Map<string, string[]>();
for (const [a, b] of OPPOSITE_PAIRS) {
  OPPOSITES.set(a, [...(OPPOSITES.get(a) ?? []), b]);
  OPPOSITES.set(b, [...(OPPOSITES.get(b) ?? []), a]);
}

const words = (text: string) => new Set(text.toLowerCase().match(/[a-z]+/g));

/** The words a text denies ("without wheels", "no catheter"). */
const denied = (text: string) =>
  new Set(
    [...text.toLowerCase().matchAll(/\b(?:without|w\/o|no)\s+(?:an?\s+|any\s+)?([a-z]+)/g)].map((m) => m[1]!),
  );

/** The question's words a description contradicts: it says an opposite and not the word itself, or it
 *  denies a word the question asks for ("walker with wheels": a walker without wheels). */
export function contradicted(description: string, question: string): string[] {
  const asked = words(question);
  const said = words(description);
  const deniedByCode = denied(description);
  const deniedByQuestion = denied(question);
  return [...asked].filter(
    (w) =>
      (!said.has(w) && (OPPOSITES.get(w) ?? []).some((o) => said.has(o) && !asked.has(o))) ||
      (deniedByCode.has(w) && !deniedByQuestion.has(w)),
  );
}

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
      !(m.system === 'hcpcs' && partForTheThingAsked(m.description, question)),
  );
