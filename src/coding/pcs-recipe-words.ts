// Words of an operative description that choose PCS characters the same way in many tables (pure):
// the side, and how many of a thing were treated.

export type Side = 'right' | 'left' | null;

// "Is that right?" asks; it names no side.
const NOT_A_SIDE = /\b(?:is\s+(?:that|this|it)|that'?s|am\s+i|are\s+we|sounds)\s+right\b|\bright\s*\?/gi;
const RIGHT = /\bright\b|\brt\b|(?<![\w&-])R(?![\w&-])/;
// "1.2 L removed" is a volume.
const LEFT = /\bleft\b|\blt\b|(?<![\w&.-])(?<!\d\s)L(?![\w&-])/;

/** The one side the words name; null when they name none, both, or a bilateral procedure. */
export function pcsSide(text: string): Side {
  const t = text.replace(NOT_A_SIDE, ' ');
  const right = RIGHT.test(t) || /\bright\b/i.test(t);
  const left = LEFT.test(t) || /\bleft\b/i.test(t);
  if (/\bbilat(?:eral)?\b/i.test(t) || right === left) return null;
  return right ? 'right' : 'left';
}

const NUMBERS: Record<string, number> = { one: 1, single: 1, two: 2, three: 3, four: 4, five: 5 };

/** The number written before a thing ("two drug-eluting stents" -> 2); 1 when none is written. */
export function countOf(text: string, thing: RegExp): number {
  const m = new RegExp(
    `\\b(\\d|one|single|two|three|four|five)\\s+(?:[\\w-]+\\s+){0,3}?${thing.source}`,
    'i',
  ).exec(text);
  return m ? (NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1])) : 1;
}

const CORONARY =
  /\b(?:LAD|RCA|LCx|circumflex|ramus|diagonal|OM\d?|obtuse\s+marginal|PDA|left\s+main|LMCA)\b/gi;

/** Coronary arteries treated: the number written, or the distinct arteries named, whichever is more. */
export function coronaryArteries(text: string): number {
  const named = new Set((text.match(CORONARY) ?? []).map((a) => a.toLowerCase())).size;
  return Math.max(countOf(text, /(?:coronary\s+)?(?:arter(?:y|ies)|vessels?)/), named, 1);
}
