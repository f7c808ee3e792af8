// Modifiers written apart from a code: "mod 59", "modifier XS or XU", "the 25 modifier", "-RT/-LT",
// "a 25 on the E/M", "58 on the 15271", "split 26/TC", and "or 77" offered next to one already found.
import type { Mention } from './types.js';
import { baseMention } from './extract-codes.js';
import { Claims, type Span, type SpanIndex } from './extract-spans.js';
import { CONTINUE, knownModifier, NOT_MODIFIER_AFTER, TOKEN } from './extract-modifiers.js';
import { COMMON_NUMERIC_MODIFIERS, DISTINCTIVE_MODIFIERS } from './patterns/modifier-list.js';

const KEYWORD = /\bmod(?:ifier)?s?\b\.?\s*(?:#|:|,|-)?\s*/gi;
const AFTER_KEYWORD = new RegExp(`^-?${TOKEN}`);
const BEFORE_KEYWORD = new RegExp(`(?<![\\w-])-?${TOKEN}\\s+mod(?:ifier)?s?\\b`, 'g');
const DASH_ALONE = new RegExp(`(?<=[\\s(,;:"'])-${TOKEN}`, 'g');
const LETTERS_ALONE = /\b([A-Z][A-Z0-9])\b/g;
/** "use 59", "need 25", "which one gets 59": a verb that only a modifier follows. */
const VERB_NUMBER =
  /\b(?:append(?:ed|ing|s)?|attach(?:ed|ing)?|use[ds]?|using|put|need(?:s|ed)?|apply|applied|gets?|requires?|takes?|carr(?:y|ies)|wants?|bill(?:ed)?\s+(?:it\s+)?with|report(?:ed)?\s+with|add(?:ed|ing)?)\s+(?:a\s+|an\s+|the\s+)?-?(\d{2})\b/gi;
/** "a 25 on the E/M", "with 59 or G0289?", "59 needed?", a sentence that is just "59?", "58 or 79?". */
const NUMBER_PHRASE =
  /\b(?:with|without|no|a|an|the|and|or)\s+-?(\d{2})(?=\s*[?]|\s+(?:or|vs\.?|versus)\b|\s+(?:on|to|for|onto)\s+(?:the\s+|both\s+|each\s+)?(?:E\/?M|E&M|EM|visit|office\s+visit|procedure|code|codes|claim|line|second|repeats?|injection|service|surgery|consult|column))/gi;
/** "billed with 59.", "bilateral 50": a number closing a "with" phrase, or named as the bilateral modifier. */
const NUMBER_CLOSING =
  /\b(?:with|without|w\/o?)\s+-?(\d{2})(?=\s*(?:[?.!;]|$))|\bbilateral\s+(?:mod(?:ifier)?\s+)?-?(50)\b/gi;
/** "58 on the 15271", "59 on 64447": a number put on a code. */
const NUMBER_ON =
  /(?<![\w.$/-])-?(\d{2})\s+(?:on|to|onto)\s+(?:the\s+|both\s+|each\s+)?(?=\d{5}\b|\d{4}[FT]\b|[A-Z]\d{4}\b)/g;
const NUMBER_STATUS =
  /(?<![\w.$/-])-?\s?(\d{2})\s+(?:needed|required|necessary|appropriate|allowed|valid|applies|apply|correct|ok|okay)\b/gi;
const NUMBER_ALONE = /(?:^|[.!?:]\s{1,3}|\n)-?(\d{2})\s*\?/g;
const NUMBER_PAIR = /(?<![\w.$/-])-?(\d{2})\s*(?:or|vs\.?|versus|\/)\s*-?(\d{2})(?=\s*\?)/gi;
/** "or 77 if a different doctor", "vs 52", "XE better than 59": a number offered as the alternative to a modifier just named. */
const ALTERNATIVE =
  /\b(?:or|vs\.?|versus|instead\s+of|(?<!\b(?:more|less|fewer|greater|older|younger)\s)than)\s+-?(\d{2})\b/gi;
const ALTERNATIVE_REACH = 60;
/** "RT did the nebs", "our RT", "GA Medicaid", "size XS": the letters name a person, a state or a size. */
const WORD_BEFORE = /\b(?:our|their|your|by|his|her|size)\s+$/i;
const WORD_AFTER =
  /^\s+(?:did|does|gave|gives|wants|said|says|performed|saw|sees|administered|documented|noted|charted|staff|therapist|dept|department|team|eval\w*|Medicaid|Medicare|Medi-?Cal|BCBS|Blue|state|law)\b/i;
const PRECEDING = new RegExp(`(?<![\\w-])-?${TOKEN}\\s*(?:,|\\/|&|and|or)\\s*-?$`, 'i');

/** What is found so far: the mentions, and the places they and the glued modifiers hold. */
interface Found {
  out: Mention[];
  claims: Claims;
}

function push(text: string, found: Found, taken: SpanIndex, start: number, token: string): Mention | null {
  const mod = knownModifier(token);
  const end = start + token.length;
  if (!mod || taken.overlaps(start, end) || !found.claims.isFree(start, end)) return null;
  if (/^\d/.test(mod) && NOT_MODIFIER_AFTER.test(text.slice(end, end + 12))) return null;
  if (
    /^[A-Z]/.test(mod) &&
    (WORD_BEFORE.test(text.slice(Math.max(0, start - 8), start)) ||
      WORD_AFTER.test(text.slice(end, end + 24)))
  )
    return null;
  const mention = baseMention(text, start, end, 'modifier', mod);
  found.out.push(mention);
  found.claims.claim(start, end);
  return mention;
}

/** Follow "59 or XS", "-RT/-LT", "25, 59 and XU", "AS modifier or 80" from a modifier already found. */
function follow(text: string, found: Found, taken: SpanIndex, from: number): void {
  let pos = from;
  for (let m = CONTINUE.exec(text.slice(pos, pos + 40)); m; m = CONTINUE.exec(text.slice(pos, pos + 40))) {
    const start = pos + m[0].length - m[1]!.length;
    if (!push(text, found, taken, start, m[1]!)) break;
    pos = start + m[1]!.length;
  }
}

/** Walk back through "RT/LT modifiers", "25 and 59 modifiers", "26/TC" from the modifier at `before`. */
function precede(
  text: string,
  found: Found,
  taken: SpanIndex,
  before: number,
  accept: (mod: string) => boolean,
): void {
  let pos = before;
  for (
    let m = PRECEDING.exec(text.slice(Math.max(0, pos - 20), pos));
    m;
    m = PRECEDING.exec(text.slice(Math.max(0, pos - 20), pos))
  ) {
    const start = Math.max(0, pos - 20) + (m.index ?? 0) + m[0].indexOf(m[1]!);
    if (!accept(m[1]!.toUpperCase()) || !push(text, found, taken, start, m[1]!)) break;
    pos = start;
  }
}

/** Modifiers written apart from a code; `taken` holds code, glued-modifier and noise spans, `glued` the glued modifiers. */
export function findStandaloneModifiers(
  text: string,
  taken: SpanIndex,
  distinctive: ReadonlySet<string> = DISTINCTIVE_MODIFIERS,
  glued: readonly Span[] = [],
): Mention[] {
  const found: Found = { out: [], claims: new Claims(text.length) };
  // Glued modifiers are already in `taken`; their ends are claimed so an "or 77" after them is seen.
  for (const g of glued) found.claims.claim(g.end, g.end);
  const add = (start: number, token: string): Mention | null => {
    const m = push(text, found, taken, start, token);
    if (m) follow(text, found, taken, m.end);
    return m;
  };
  for (const k of text.matchAll(KEYWORD)) {
    const pos = (k.index ?? 0) + k[0].length;
    const m = AFTER_KEYWORD.exec(text.slice(pos, pos + 4));
    if (m) add(pos + m[0].length - m[1]!.length, m[1]!);
  }
  for (const m of text.matchAll(BEFORE_KEYWORD)) {
    const start = (m.index ?? 0) + m[0].indexOf(m[1]!);
    add(start, m[1]!);
    precede(text, found, taken, start, () => true);
  }
  for (const m of text.matchAll(DASH_ALONE)) add((m.index ?? 0) + 1, m[1]!);
  for (const re of [VERB_NUMBER, NUMBER_PHRASE, NUMBER_CLOSING, NUMBER_ON, NUMBER_STATUS, NUMBER_ALONE]) {
    for (const m of text.matchAll(re)) {
      const n = m[1] ?? m[2]!;
      if (COMMON_NUMERIC_MODIFIERS.has(n)) add((m.index ?? 0) + m[0].lastIndexOf(n), n);
    }
  }
  for (const m of text.matchAll(NUMBER_PAIR)) {
    if (COMMON_NUMERIC_MODIFIERS.has(m[1]!) && COMMON_NUMERIC_MODIFIERS.has(m[2]!)) {
      add((m.index ?? 0) + m[0].indexOf(m[1]!), m[1]!);
      add((m.index ?? 0) + m[0].lastIndexOf(m[2]!), m[2]!);
    }
  }
  const fitsBefore = (mod: string): boolean => COMMON_NUMERIC_MODIFIERS.has(mod) || distinctive.has(mod);
  for (const m of text.matchAll(LETTERS_ALONE)) {
    if (distinctive.has(m[1]!) && add(m.index ?? 0, m[1]!))
      precede(text, found, taken, m.index ?? 0, fitsBefore);
  }
  for (const m of text.matchAll(ALTERNATIVE)) {
    const at = m.index ?? 0;
    if (!COMMON_NUMERIC_MODIFIERS.has(m[1]!)) continue;
    // The nearest modifier before is the one to check: a sentence break before it is also before any earlier one.
    const end = found.claims.lastEndBefore(at, ALTERNATIVE_REACH);
    if (end >= 0 && !/\n|\.\s/.test(text.slice(end, at))) add(at + m[0].lastIndexOf(m[1]!), m[1]!);
  }
  return found.out.sort((a, b) => a.start - b.start);
}
