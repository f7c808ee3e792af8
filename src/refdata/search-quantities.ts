// Services asked by a quantity: minutes ("tobacco cessation counseling 5 minutes"), a size ("excision
// of a 1.2 cm lesion", "4 cm laceration") or a count ("chest x-ray two views", "trigger points in 3
// muscles"). The code whose stated range holds the quantity is
// the one meant, whatever words its siblings share. Ranges are read from the descriptions, which say
// them in a few fixed ways (pure).
import { NUMBER_WORD_PATTERN, NUMBER_WORDS } from '../number-words.js';

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

/** True or false when the text states one of the ranges, undefined when it states none. */
function rangeFit(text: string, ranges: typeof RANGES, value: number): boolean | undefined {
  for (const [pattern, range] of ranges) {
    const m = pattern.exec(text);
    if (!m) continue;
    const [low, high] = range(Number(m[1]), Number(m[2]));
    return value > low && value <= high;
  }
  return undefined;
}

/** True or false when the summary states a range of minutes, undefined when it states none. */
export const minutesFit = (description: string, minutes: number) =>
  rangeFit(description.toLowerCase(), RANGES, minutes);

/** "1.2 cm", "4cm": a length or a diameter (not an area: "20 sq cm"). */
const SIZE = /(?<!sq\.?\s*|square\s+)\b(\d{1,2}(?:\.\d)?)\s*(?:cm|centimeters?)\b(?!\s*(?:sq|squared|2\b))/;
const SIZE_RANGES: [RegExp, (a: number, b: number) => Range][] = [
  [/(\d{1,2}(?:\.\d)?) to (\d{1,2}(?:\.\d)?) cm/, (a, b) => [a - 0.05, b]],
  [/(\d{1,2}(?:\.\d)?) cm or less/, (a) => [0, a]],
  [/less than (\d{1,2}(?:\.\d)?) cm/, (a) => [0, a - 0.05]],
  [/(?:more than|over) (\d{1,2}(?:\.\d)?) cm/, (a) => [a, Infinity]],
];

/** The length or size asked in centimeters, the first one named. */
export function sizeAsked(question: string): number | undefined {
  const m = SIZE.exec(question.toLowerCase());
  return m ? Number(m[1]) : undefined;
}

/** True or false when the summary states a size range (not an added unit: "each further 5 cm"). */
export function sizeFit(description: string, size: number): boolean | undefined {
  const text = description.toLowerCase();
  return /\beach (?:further|additional)\b/.test(text) ? undefined : rangeFit(text, SIZE_RANGES, size);
}

const NUMBER_ALTERNATIVES = `\\d{1,2}|${NUMBER_WORD_PATTERN}`;
const NUMBER = `(${NUMBER_ALTERNATIVES})`;
const valueOf = (n: string) => (/^\d/.test(n) ? Number(n) : NUMBER_WORDS[n]!);
const noun = (w: string) => w.replace(/s$/, '');

/** "3 muscles", "two views": each counted noun of the question with its count. */
export function countsAsked(question: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const [, n, w] of question.toLowerCase().matchAll(new RegExp(`\\b${NUMBER}\\s+([a-z]{3,})`, 'g')))
    if (!/^(?:min|minute|hour|cm|mm|mg|ml|unit|day|week|month|year)s?$/.test(w!))
      out.set(noun(w!), valueOf(n!));
  return out;
}

/** True or false when the description counts a noun the question counts, undefined when it does not. */
export function countFit(description: string, asked: ReadonlyMap<string, number>): boolean | undefined {
  const pattern = new RegExp(`\\b${NUMBER}(?:\\s+or\\s+(more|${NUMBER_ALTERNATIVES}))?\\s+([a-z]{3,})`, 'g');
  for (const [, n, or, w] of description.toLowerCase().matchAll(pattern)) {
    const count = asked.get(noun(w!));
    if (count === undefined) continue;
    if (or === 'more') return count >= valueOf(n!);
    return count === valueOf(n!) || (or !== undefined && count === valueOf(or));
  }
  return undefined;
}

/** Keeps the matches that fit, and those that say nothing of it, when one fits; else keeps them all. */
function keepFitting<T>(matches: T[], fit: (m: T) => boolean | undefined): T[] {
  const fits = matches.map(fit);
  if (!fits.includes(true)) return matches;
  return matches.filter((_, i) => fits[i] !== false);
}

/** Drops the siblings whose minutes or count exclude the question's, when one holds them. */
export function keepQuantityFits<T extends { description: string }>(matches: T[], question: string): T[] {
  const minutes = minutesAsked(question);
  const counts = countsAsked(question);
  const size = sizeAsked(question);
  const timed =
    minutes === undefined ? matches : keepFitting(matches, (m) => minutesFit(m.description, minutes));
  const sized = size === undefined ? timed : keepFitting(timed, (m) => sizeFit(m.description, size));
  return counts.size ? keepFitting(sized, (m) => countFit(m.description, counts)) : sized;
}
