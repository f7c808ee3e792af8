// Fingers and toes have modifiers of their own (FA, F1-F9, TA, T1-T9): a procedure on a digit takes the
// digit's modifier, which already says the side, rather than LT or RT. Named from the question's words.
import { SOURCES } from '../sources.js';
import type { Answer, AnswerQuestion, AnswerRule } from '../types.js';

type Side = 'left' | 'right';

const ORDINALS: [RegExp, number][] = [
  [/\b(?:great|big|1st|first)\s+toe\b|\bhallux\b|\bthumb\b/i, 1],
  [/\b(?:2nd|second)\s+(?:toe|digit|finger)\b|\bindex\s+finger\b/i, 2],
  [/\b(?:3rd|third)\s+(?:toe|digit|finger)\b|\bmiddle\s+finger\b|\blong\s+finger\b/i, 3],
  [/\b(?:4th|fourth)\s+(?:toe|digit|finger)\b|\bring\s+finger\b/i, 4],
  [/\b(?:5th|fifth|little)\s+(?:toe|digit|finger)\b|\bpinky\b|\bsmall\s+(?:toe|finger)\b/i, 5],
];

const TOE = /\btoes?\b|\bhallux\b|\btoenails?\b|\bnail\s+of\s+the\s+\w+\s+toe\b/i;
const FINGER = /\bfingers?\b|\bthumb\b|\bfingernails?\b|\bdigits?\s+of\s+the\s+hand\b/i;
const ASKS_MODIFIER = /\bmodifier\b|\bLT\b|\bRT\b|\bTA\b|\bF[A1-9]\b|\bT[1-9]\b/;

const NAMES = ['great toe', 'second toe', 'third toe', 'fourth toe', 'fifth toe'];
const FINGER_NAMES = [
  'thumb',
  'second digit (index finger)',
  'third digit (middle finger)',
  'fourth digit (ring finger)',
  'fifth digit (little finger)',
];

/** The HCPCS digit modifier: left 1st = FA/TA, left 2nd-5th = F1-F4/T1-T4, right 1st-5th = F5-F9/T5-T9. */
export function digitModifier(limb: 'finger' | 'toe', side: Side, ordinal: number): string {
  const letter = limb === 'toe' ? 'T' : 'F';
  if (side === 'left') return ordinal === 1 ? `${letter}A` : `${letter}${ordinal - 1}`;
  return `${letter}${ordinal + 4}`;
}

function sideOf(text: string): Side | null {
  const left = /\b(?:left|lt)\b/i.test(text);
  const right = /\b(?:right|rt)\b(?!\s*\?)/i.test(text);
  return left === right ? null : left ? 'left' : 'right';
}

export const digitModifiersRule: AnswerRule = {
  kind: 'modifier',
  name: 'finger and toe modifiers',
  answer(q: AnswerQuestion): Answer[] {
    const limb = TOE.test(q.text) ? 'toe' : FINGER.test(q.text) ? 'finger' : null;
    if (!limb || !ASKS_MODIFIER.test(q.text)) return [];
    const side = sideOf(q.text);
    const ordinal = ORDINALS.find(([re]) => re.test(q.text))?.[1] ?? null;
    const code = q.codes.find((c) => /^\d{5}$/.test(c.code))?.code;
    const on = code ? `${code}` : 'the procedure';
    const what = limb === 'toe' ? NAMES : FINGER_NAMES;
    const conclusion =
      side && ordinal
        ? `Report ${on}-${digitModifier(limb, side, ordinal)} (${side} ${what[ordinal - 1]}), not LT or RT: a procedure on a ${limb} takes that digit's own modifier, which already names the side.`
        : `A procedure on a ${limb} takes the digit's own modifier rather than LT or RT: ${limb === 'toe' ? 'TA and T1-T4 for the left great to fifth toes, T5-T9 for the right' : 'FA and F1-F4 for the left thumb to fifth digit, F5-F9 for the right'}. Say which ${limb} and side to name the one.`;
    return [
      {
        kind: 'modifier',
        codes: code ? [code] : [],
        conclusion,
        rule: 'Anatomic modifiers name the site; for fingers and toes the digit modifiers are the specific ones.',
        source: `${SOURCES.modifiers} (anatomic modifiers); HCPCS Level II modifiers FA-F9 and TA-T9`,
        settled: Boolean(side && ordinal),
        needs: side && ordinal ? undefined : `which ${limb} and which side`,
      },
    ];
  },
};
