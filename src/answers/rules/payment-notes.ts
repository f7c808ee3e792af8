// What a payment answer adds when the question asks it: a non-participating provider's 95% and the
// limiting charge, and the facility's own payment (OPPS for a hospital, the ASC system for an ASC),
// which the physician fee schedule does not hold.
import type { AnswerQuestion } from '../types.js';
import { money } from './payment-amounts.js';

const NON_PAR = /\bnon-?par(?:ticipating)?\b|\bnot\s+accept(?:ing)?\s+assignment\b|\blimiting\s+charge\b/i;

/** Non-participating: 95% of the fee schedule, and at most 115% of that charged when not assigned. */
export function nonParticipating(q: AnswerQuestion, amount: number | null): string {
  if (!NON_PAR.test(q.text) || amount === null) return '';
  const allowed = amount * 0.95;
  return `A non-participating provider is allowed 95% of that, ${money(allowed)}, and when not accepting assignment may charge the patient at most the limiting charge, 115% of the non-participating amount: ${money(allowed * 1.15)} (Social Security Act §1848(g)).`;
}

const ASC_FEE =
  /\b(?:our\s+)?ASC(?:'s)?\s+(?:facility\s+)?(?:fee|rate|payment|part|get)|\bfacility\s+fee\b[^.?]{0,40}\bASC\b|\bASC\b[^.?]{0,40}\bfacility\s+fee\b/i;
const HOSPITAL_FEE =
  /\b(?:hospital|facility)(?:'s)?\s+(?:fee|part|side|payment|claim|gets?)\b|\bwhat\s+does\s+the\s+hospital\s+get\b|\bfacility\s+fee\b/i;

/** The facility's own payment is under another system: say which, and that we cannot state it. */
export function facilityFee(q: AnswerQuestion): string {
  if (ASC_FEE.test(q.text))
    return "The ASC's own facility fee comes from the ASC payment system (its Addendum AA), not the physician fee schedule, so we cannot state it from the data we hold; the amounts above are the surgeon's, at the facility rate.";
  if (HOSPITAL_FEE.test(q.text))
    return "The hospital's own payment (a clinic visit is G0463) is made under the OPPS, not the physician fee schedule, so we cannot state it from the data we hold: check the OPPS Addendum B for the year.";
  return '';
}
