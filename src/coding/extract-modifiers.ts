// Modifiers glued to a code: "32555-59", "32557-RT/-LT", "76942 26", "97140 w/ 59", "20610 with XS".
// Shared token rules live here too; modifiers written apart from a code are in extract-modifiers-standalone.ts.
import type { Mention } from './types.js';
import type { Span } from './extract-spans.js';
import {
  COMMON_NUMERIC_MODIFIERS,
  DISTINCTIVE_MODIFIERS,
  KNOWN_MODIFIERS,
} from './patterns/modifier-list.js';

export const TOKEN = '([0-9]{2}|[A-Za-z]{2}|[A-Za-z][0-9])(?![A-Za-z0-9])';
const DASHED = new RegExp(`^\\s?[-–]\\s?${TOKEN}`);
const SLASHED = new RegExp(`^\\s?\\/\\s?-?${TOKEN}`);
const SPACED = new RegExp(`^[ \\t]+${TOKEN}`);
/** "97140 w/ 59", "99213 with a 25", "20610 with modifier XS". */
const WITH = new RegExp(
  `^\\s+(?:w\\/|with)\\s*(?:an?\\s+|the\\s+)?(?:mod(?:ifier)?\\.?\\s*)?-?${TOKEN}`,
  'i',
);
/** "59 or XS", "RT/LT", "AS modifier or 80": a joiner, after an optional "modifier" word, then the next one. */
export const CONTINUE = new RegExp(
  `^(?:\\s+modifiers?\\b)?\\s*(?:,|\\/|&|\\+|and|or|vs\\.?|versus|plus|nor|then|than|over|instead\\s+of)\\s*(?:modifiers?\\s+)?-?${TOKEN}`,
  'i',
);
/** A number is a count, an age, a time or a date part when one of these follows ("/25" stays: "24/25"). */
export const NOT_MODIFIER_AFTER =
  /^\s*(?:units?|times|x\b|minutes?|mins?|hours?|hrs?|mg|mcg|ml|%|percent|years?|yrs?|yo\b|y\/o|days?|weeks?|months?|patients?|visits?|views?|lesions?|levels?|sq\b|cm\b|[.:-]\d|\/(?!\d{2}(?![\d/]))\d)/i;

/** A known modifier, upper-cased; lower-case letters only for the distinctive ones ("mod xs"). */
export function knownModifier(token: string): string | null {
  const upper = token.toUpperCase();
  if (!KNOWN_MODIFIERS.has(upper)) return null;
  return upper === token || DISTINCTIVE_MODIFIERS.has(upper) ? upper : null;
}

type Glue = 'dash' | 'space' | 'with';

function nextGlued(rest: string, chained: boolean): { m: RegExpExecArray; glue: Glue } | null {
  const dashed = DASHED.exec(rest) ?? (chained ? (SLASHED.exec(rest) ?? CONTINUE.exec(rest)) : null);
  if (dashed) return { m: dashed, glue: 'dash' };
  const spaced = SPACED.exec(rest);
  if (spaced) return { m: spaced, glue: 'space' };
  const withMod = chained ? null : WITH.exec(rest);
  return withMod ? { m: withMod, glue: 'with' } : null;
}

/** "32555 59" reads as a modifier, "32555 PA" does not (PA is also physician assistant); after "with" only common ones. */
function fitsGlue(mod: string, glue: Glue, distinctive: ReadonlySet<string>): boolean {
  if (glue === 'dash' || distinctive.has(mod)) return true;
  return glue === 'space' ? /^\d{2}$/.test(mod) : COMMON_NUMERIC_MODIFIERS.has(mod);
}

/** Fill `modifiers` of code mentions from what is glued to them; returns the spans consumed. */
export function attachModifiers(
  text: string,
  codes: Mention[],
  distinctive: ReadonlySet<string> = DISTINCTIVE_MODIFIERS,
): Span[] {
  const used: Span[] = [];
  for (const mention of codes) {
    if (mention.kind !== 'cpt' && mention.kind !== 'hcpcs' && mention.kind !== 'wildcard') continue;
    let pos = mention.end;
    for (
      let next = nextGlued(text.slice(pos, pos + 30), false);
      next;
      next = nextGlued(text.slice(pos, pos + 30), true)
    ) {
      const { m, glue } = next;
      const mod = knownModifier(m[1]!);
      if (!mod || NOT_MODIFIER_AFTER.test(text.slice(pos + m[0].length, pos + m[0].length + 12))) break;
      if (!fitsGlue(mod, glue, distinctive)) break;
      if (!mention.modifiers.includes(mod)) mention.modifiers.push(mod);
      used.push({ start: pos + m[0].length - m[1]!.length, end: pos + m[0].length });
      pos += m[0].length;
    }
  }
  return used;
}
