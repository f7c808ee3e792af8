// Modifiers: glued to a code ("32555-59", "32557-RT/-LT", "76942 26") or standing alone ("mod 59",
// "modifier XS or XU", "the 25 modifier", "-RT/-LT", "a 25 on the E/M").
import type { Mention } from './types.js';
import { baseMention } from './extract-codes.js';
import { overlaps, type Span } from './extract-noise.js';
import { COMMON_NUMERIC_MODIFIERS, DISTINCTIVE_MODIFIERS, KNOWN_MODIFIERS } from './patterns/modifier-list.js';

const TOKEN = '([0-9]{2}|[A-Za-z]{2}|[A-Za-z][0-9])(?![A-Za-z0-9])';
const DASHED = new RegExp(`^\\s?[-–]\\s?${TOKEN}`);
const SLASHED = new RegExp(`^\\s?\\/\\s?-?${TOKEN}`);
const SPACED = new RegExp(`^[ \\t]+${TOKEN}`);
const CONTINUE = new RegExp(`^\\s*(?:,|\\/|&|\\+|and|or|vs\\.?|versus|plus|nor|then|than|over|instead\\s+of)\\s*(?:modifiers?\\s+)?-?${TOKEN}`, 'i');
/** A number after a code is a count, an age or a time when one of these follows. */
const NOT_MODIFIER_AFTER = /^\s*(?:units?|times|x\b|minutes?|mins?|hours?|hrs?|mg|mcg|ml|%|years?|yrs?|yo\b|y\/o|days?|weeks?|months?|patients?|visits?|[/.:-]\d)/i;
const KEYWORD = /\bmod(?:ifier)?s?\b\.?\s*(?:#|:)?\s*/gi;
const BEFORE_KEYWORD = new RegExp(`(?<![\\w-])-?${TOKEN}\\s+modifiers?\\b`, 'g');
const DASH_ALONE = new RegExp(`(?<=[\\s(,;:"'])-${TOKEN}`, 'g');
const LETTERS_ALONE = /\b([A-Z][A-Z0-9])\b/g;
/** "use 59", "need 25", "append 57": a verb that only a modifier follows. */
const VERB_NUMBER = /\b(?:append(?:ed|ing|s)?|attach(?:ed|ing)?|use[ds]?|using|put|need(?:s|ed)?|apply|applied|bill(?:ed)?\s+(?:it\s+)?with|report(?:ed)?\s+with|add(?:ed|ing)?)\s+(?:a\s+|an\s+|the\s+)?-?(\d{2})\b/gi;
/** "a 25 on the E/M", "with 59 or G0289?", "59 needed?", a sentence that is just "59?", "58 or 79?". */
const NUMBER_PHRASE = /\b(?:with|without|no|a|an|the|and|or)\s+-?(\d{2})(?=\s*[?]|\s+(?:or|vs\.?|versus)\b|\s+(?:on|to|for|onto)\s+(?:the\s+|both\s+|each\s+)?(?:E\/?M|E&M|EM|visit|office\s+visit|procedure|code|codes|claim|line|second|repeats?|injection|service|surgery|consult|column))/gi;
const NUMBER_STATUS = /(?<![\w.$/-])-?\s?(\d{2})\s+(?:needed|required|necessary|appropriate|allowed|valid|applies|apply|correct|ok|okay)\b/gi;
const NUMBER_ALONE = /(?:^|[.!?:]\s{1,3}|\n)-?(\d{2})\s*\?/g;
const NUMBER_PAIR = /(?<![\w.$/-])-?(\d{2})\s*(?:or|vs\.?|versus|\/)\s*-?(\d{2})(?=\s*\?)/gi;

/** A known modifier, upper-cased; lower-case letters only for the distinctive ones ("mod xs"). */
function known(token: string): string | null {
  const upper = token.toUpperCase();
  if (!KNOWN_MODIFIERS.has(upper)) return null;
  return upper === token || DISTINCTIVE_MODIFIERS.has(upper) ? upper : null;
}

function nextGlued(rest: string, chained: boolean): { m: RegExpExecArray; spaced: boolean } | null {
  const dashed = DASHED.exec(rest) ?? (chained ? (SLASHED.exec(rest) ?? CONTINUE.exec(rest)) : null);
  if (dashed) return { m: dashed, spaced: false };
  const spaced = SPACED.exec(rest);
  return spaced ? { m: spaced, spaced: true } : null;
}

/** Fill `modifiers` of code mentions from what is glued to them; returns the spans consumed. */
export function attachModifiers(text: string, codes: Mention[]): Span[] {
  const used: Span[] = [];
  for (const mention of codes) {
    if (mention.kind !== 'cpt' && mention.kind !== 'hcpcs' && mention.kind !== 'wildcard') continue;
    let pos = mention.end;
    for (let next = nextGlued(text.slice(pos, pos + 24), false); next; next = nextGlued(text.slice(pos, pos + 24), true)) {
      const { m, spaced } = next;
      const mod = known(m[1]!);
      if (!mod || NOT_MODIFIER_AFTER.test(text.slice(pos + m[0].length, pos + m[0].length + 12))) break;
      // "32555 59" reads as a modifier; "32555 PA" does not (PA is also physician assistant).
      if (spaced && !/^\d{2}$/.test(mod) && !DISTINCTIVE_MODIFIERS.has(mod)) break;
      if (!mention.modifiers.includes(mod)) mention.modifiers.push(mod);
      used.push({ start: pos + m[0].length - m[1]!.length, end: pos + m[0].length });
      pos += m[0].length;
    }
  }
  return used;
}

function push(text: string, out: Mention[], taken: readonly Span[], start: number, token: string): Mention | null {
  const mod = known(token);
  const end = start + token.length;
  if (!mod || overlaps(taken, start, end) || out.some((o) => o.start < end && start < o.end)) return null;
  if (/^\d/.test(mod) && NOT_MODIFIER_AFTER.test(text.slice(end, end + 12))) return null;
  const mention = baseMention(text, start, end, 'modifier', mod);
  out.push(mention);
  return mention;
}

/** Follow "59 or XS", "-RT/-LT", "25, 59 and XU" from a modifier already found. */
function follow(text: string, out: Mention[], taken: readonly Span[], from: number): void {
  let pos = from;
  for (let m = CONTINUE.exec(text.slice(pos, pos + 30)); m; m = CONTINUE.exec(text.slice(pos, pos + 30))) {
    const start = pos + m[0].length - m[1]!.length;
    if (!push(text, out, taken, start, m[1]!)) break;
    pos = start + m[1]!.length;
  }
}

const PRECEDING = new RegExp(`(?<![\\w-])-?${TOKEN}\\s*(?:,|\\/|&|and|or)\\s*-?$`, 'i');

/** Walk back through "RT/LT modifiers", "25 and 59 modifiers" from the modifier just before the keyword. */
function precede(text: string, out: Mention[], taken: readonly Span[], before: number): void {
  let pos = before;
  for (let m = PRECEDING.exec(text.slice(Math.max(0, pos - 20), pos)); m; m = PRECEDING.exec(text.slice(Math.max(0, pos - 20), pos))) {
    const start = Math.max(0, pos - 20) + (m.index ?? 0) + m[0].indexOf(m[1]!);
    if (!push(text, out, taken, start, m[1]!)) break;
    pos = start;
  }
}

/** Modifiers written apart from a code; `taken` holds code, glued-modifier and noise spans. */
export function findStandaloneModifiers(text: string, taken: readonly Span[]): Mention[] {
  const out: Mention[] = [];
  const add = (start: number, token: string): void => {
    const m = push(text, out, taken, start, token);
    if (m) follow(text, out, taken, m.end);
  };
  for (const k of text.matchAll(KEYWORD)) {
    const pos = (k.index ?? 0) + k[0].length;
    const m = new RegExp(`^-?${TOKEN}`).exec(text.slice(pos, pos + 4));
    if (m) add(pos + m[0].length - m[1]!.length, m[1]!);
  }
  for (const m of text.matchAll(BEFORE_KEYWORD)) {
    const start = (m.index ?? 0) + m[0].indexOf(m[1]!);
    add(start, m[1]!);
    precede(text, out, taken, start);
  }
  for (const m of text.matchAll(DASH_ALONE)) add((m.index ?? 0) + 1, m[1]!);
  for (const re of [VERB_NUMBER, NUMBER_PHRASE, NUMBER_STATUS, NUMBER_ALONE]) {
    for (const m of text.matchAll(re)) {
      if (COMMON_NUMERIC_MODIFIERS.has(m[1]!)) add((m.index ?? 0) + m[0].lastIndexOf(m[1]!), m[1]!);
    }
  }
  for (const m of text.matchAll(NUMBER_PAIR)) {
    if (COMMON_NUMERIC_MODIFIERS.has(m[1]!) && COMMON_NUMERIC_MODIFIERS.has(m[2]!)) {
      add((m.index ?? 0) + m[0].indexOf(m[1]!), m[1]!);
      add((m.index ?? 0) + m[0].lastIndexOf(m[2]!), m[2]!);
    }
  }
  for (const m of text.matchAll(LETTERS_ALONE)) if (DISTINCTIVE_MODIFIERS.has(m[1]!)) add(m.index ?? 0, m[1]!);
  return out.sort((a, b) => a.start - b.start);
}
