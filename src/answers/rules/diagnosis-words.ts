// The words of a question that choose among a category's codes in the Tabular List (pure): side,
// encounter, healing, and the other words a code title may hold.
import { diagnosticWords, stem } from '../../coding/icd-index-words.js';
import type { TabularCode } from '../../coding/icd-facts.types.js';

export const bare = (code: string) => code.replace('.', '');

/** "right" as a side, not as in "is that right?". */
export function sidesIn(text: string): ('right' | 'left' | 'bilateral')[] {
  const t = text.replace(
    /\b(?:is\s+(?:that|this|it)|that'?s|sounds|am\s+i|are\s+we|get\s+it|code\s+it)\s+right\b|\bright\s*\?/gi,
    ' ',
  );
  const out: ('right' | 'left' | 'bilateral')[] = [];
  if (/\b(right|rt)\b/i.test(t)) out.push('right');
  if (/\b(left|lt)\b/i.test(t)) out.push('left');
  if (
    /\bbilat(?:eral)?\b|\bboth\s+(?:sides|knees|hips|eyes|ears|ankles|feet|hands|shoulders|breasts|legs)\b/i.test(
      t,
    )
  )
    out.push('bilateral');
  return out;
}

// prettier-ignore
const ENCOUNTER: [RegExp, string][] = [
  [/\binitial\b|\bfirst\s+(?:visit|encounter|time)\b|\bactive\s+treatment\b|\bnew\s+injury\b/i, 'initial'],
  [/\bsubsequent\b|\bfollow[\s-]?up\b|\bf\/u\b|\brecheck\b|\bhealing\s+phase\b|\broutine\s+healing\b|\bcast\s+(?:change|check)\b|\breturn(?:ed|ing)?\s+(?:visit|appointment)\b|\b(?:weeks?|days?)\s+later\b|\bcame\s+back\b/i, 'subsequent'],
  [/\bsequela\w*|\blate\s+effect\b/i, 'sequela'],
  [/\blaterality\s+(?:unknown|not\s+(?:documented|stated|specified))|\bside\s+(?:unknown|not\s+(?:documented|stated))|\bunknown\s+side\b/i, 'unspecified'],
];

/** Weeks of gestation stated -> the trimester word of the codes (before 14 weeks, 14 to 27, 28 on). */
function trimester(text: string): string[] {
  const m = /\b(\d{1,2})\s*(?:wks?|weeks?)\b/i.exec(text);
  if (!m) return [];
  const weeks = Number(m[1]);
  return [weeks < 14 ? 'first' : weeks < 28 ? 'second' : 'third', 'trimester'];
}

/** Handedness ("right-handed", "left hand dominant"), not an injury to the right hand. */
const HANDED = /\b(right|left)(?:[\s-]?handed|[\s-]?hand[\s-]dominant|[\s-]dominant)\b|\bambidextrous\b/gi;
const PARALYSIS = /\bhemipar\w*|\bhemipleg\w*|\bmonopleg\w*/i;

/** Hemiplegia and monoplegia are coded by the side affected and whether it is the dominant side
 *  (I.C.9.d.1 and I.C.6.a): handedness stated decides; ambidextrous is dominant; without it, the right
 *  side is dominant and the left non-dominant. */
function dominance(text: string, sides: readonly string[]): string[] {
  const affected = sides.filter((s) => s === 'right' || s === 'left');
  if (!PARALYSIS.test(text) || affected.length !== 1) return [];
  const hand = [...text.matchAll(HANDED)].map((m) => (m[1] ?? 'ambidextrous').toLowerCase())[0];
  const dominant = hand ? hand === 'ambidextrous' || hand === affected[0] : affected[0] === 'right';
  return dominant ? ['dominant'] : ['non', 'dominant'];
}

const EXAM =
  /\b(?:physical|exam\w*|check-?up|well(?:ness)?\s+(?:visit|exam|child|woman)|annual\s+(?:visit|physical)|routine\s+(?:exam|visit))\b/i;
const FOUND =
  /\b(?:found|new(?:ly)?\s+(?:dx|diagnosed|found|onset)|new\s+[A-Za-z]{2,}|discovered|abnormal|elevated|positive)\b/i;

/** A routine exam that found something new is the exam "with abnormal findings" (I.C.21.c.13). */
const examFinding = (text: string): string[] => (EXAM.test(text) && FOUND.test(text) ? ['with'] : []);

/** The question's words for choosing a code: diagnostic words, sides and encounter stated. */
export function choosingWords(text: string): string[] {
  const words = diagnosticWords(text).filter((w) => !['right', 'left', 'rt', 'lt'].includes(w));
  const encounter = ENCOUNTER.filter(([re]) => re.test(text)).map(([, w]) => w);
  // "right handed" names the dominant hand, not the side affected.
  const sides = sidesIn(text.replace(HANDED, ' '));
  return [
    ...new Set([
      ...words,
      ...sides,
      ...dominance(text, sides),
      ...examFinding(text),
      ...encounter,
      ...trimester(text),
    ]),
  ];
}

const titleWords = (title: string) => new Set((title.toLowerCase().match(/[a-z0-9]+/g) ?? []).map(stem));

/** The words of a code title after the part its category shares ("right knee", "initial encounter"). */
export function distinctPart(title: string, shared: string): string {
  return title.startsWith(shared) ? title.slice(shared.length).replace(/^[\s,]+/, '') : title;
}

/** The longest prefix, ending before a word, that every title shares. */
export function sharedPrefix(titles: readonly string[]): string {
  if (titles.length < 2) return '';
  let p = titles[0]!;
  for (const t of titles) while (!t.startsWith(p)) p = p.slice(0, -1);
  return p.replace(/[^\s,]*$/, '');
}

/**
 * The one option whose distinct words the question names best, or null when none or a tie. Only the
 * words that tell the options apart count ("right" for a side, "initial" for the encounter).
 */
export function chooseByWords(options: readonly TabularCode[], words: readonly string[]): TabularCode | null {
  const shared = sharedPrefix(options.map((o) => o.title));
  const scored = options.map((o) => {
    const own = titleWords(distinctPart(o.title, shared));
    const hits = words.filter((w) => own.has(w)).length;
    return { o, hits, size: own.size };
  });
  scored.sort((a, b) => b.hits - a.hits || a.size - b.size);
  const [first, second] = scored;
  if (!first || first.hits === 0) return null;
  if (second && second.hits === first.hits && second.size === first.size) return null;
  return first.o;
}
