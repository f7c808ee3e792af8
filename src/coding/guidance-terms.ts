// The words of a question worth searching the guidance library for: lower-case words of three letters
// or more, without the words every coding question has ("bundled", "billed", "same day", "patient"),
// which would match every paragraph. Pure.

const COMMON = new Set(
  `the and for with can may are was were has have had this that what when which who how why does did
  bill billed billing bundle bundled code codes coding report reported reporting same day date dos patient
  service services procedure procedures cpt hcpcs icd claim please thanks thank question our you your
  would should could also both use used using get need any there their they them its not`.split(/\s+/),
);

export function guidanceTerms(question: string): string[] {
  const words = question.toLowerCase().match(/[a-z][a-z0-9]{2,}/g) ?? [];
  return [...new Set(words.filter((w) => !COMMON.has(w)))].slice(0, 40);
}
