// Timed services asked by their minutes ("tobacco cessation counseling 5 minutes"): the code whose stated
// range holds the minutes is the one meant, whatever words its siblings share. Ranges are read from our
// own plain-language summaries, which say them in a few fixed ways (pure).

const ASKED =
  /\b(each|every|per|additional|further)?\s*(?:(over|more than|greater than|above)|(under|less than|below))?\s*(\d{1,3})[\s-]*(?:min|mins|minutes?)\b/g;

type Range = [low: number, high: number];

/** The range a summary states, as [more than, up to]; none for "each 15 minutes" or "first 20 minutes". */
const RANGES: [RegExp, (a: number, b: number) => Range][] = [
  [/more than (\d+) and up to (\d+) minutes/, (a, b) => [a, b]],
  [/(\d+) to (\d+) minutes/, (a, b) => [a - 1, b]],
  [/(\d+) minutes or less/, (a) => [0, a]],
  [/more than (\d+) minutes/, (a) => [a, Infinity]],
  // An add-on's time counts only past its primary's ("each further 30 minutes ... after the first 74").
  [/after the first (\d+)/, (a) => [a, Infinity]],
];

/** The minutes asked; "over 30 minutes" reads as just past 30, "under 30" as just short of it. A unit of
 *  time ("each additional 30 minutes") is no total and is passed over. */
export function minutesAsked(question: string): number | undefined {
  for (const [, unit, over, under, n] of question.toLowerCase().matchAll(ASKED)) {
    if (!unit) return Number(n) + (over ? 0.5 : under ? -0.5 : 0);
  }
  return undefined;
}

/** True or false when the summary states a range, undefined when it states none. */
export function minutesFit(description: string, minutes: number): boolean | undefined {
  const text = description.toLowerCase();
  for (const [pattern, range] of RANGES) {
    const m = pattern.exec(text);
    if (!m) continue;
    const [low, high] = range(Number(m[1]), Number(m[2]));
    return minutes > low && minutes <= high;
  }
  return undefined;
}

/** Drops the timed siblings whose range excludes the minutes asked, when one holds them. */
export function keepTimeFits<T extends { description: string }>(matches: T[], question: string): T[] {
  const minutes = minutesAsked(question);
  if (minutes === undefined) return matches;
  const fits = matches.map((m) => minutesFit(m.description, minutes));
  if (!fits.includes(true)) return matches;
  return matches.filter((_, i) => fits[i] !== false);
}
