// A code that states the opposite of what the question says is another service or condition: "portable"
// for a stationary concentrator, "left" for the right knee, "closed" for an open treatment. A coder
// never offers it, however many other words it shares (pure).

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

/** The question's words a description contradicts: it says an opposite and not the word itself. */
export function contradicted(description: string, question: string): string[] {
  const asked = words(question);
  const said = words(description);
  return [...asked].filter(
    (w) => !said.has(w) && (OPPOSITES.get(w) ?? []).some((o) => said.has(o) && !asked.has(o)),
  );
}

export const withoutOpposites = <T extends { description: string }>(matches: T[], question: string): T[] =>
  matches.filter((m) => contradicted(m.description, question).length === 0);
