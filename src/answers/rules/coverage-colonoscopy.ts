// A screening colonoscopy that turns therapeutic (a polyp removed, a biopsy taken): billed by what was
// done, with modifier PT marking its screening start; no Part B deductible, and coinsurance reduced by
// the phase-in of the Consolidated Appropriations Act, 2021 §122 (Medicare Claims Processing Manual ch. 18
// §60). The diagnosis list opens with the screening encounter.
import type { Answer, AnswerQuestion } from '../types.js';
import { MCPM } from '../sources.js';
import { otherPayer } from './benefits-common.js';

const SCREENING = /\bscreening\s+colonoscop\w*|\bG01(?:21|05)\b/i;
const TURNED = /\bpolyp\w*|\bbiops\w*|\bsnare\w*|\bremov\w*|\b4538[0-8]\b/i;

function codeDone(q: AnswerQuestion): string {
  const asked = q.codes.find((c) => /^4538[0-8]$/.test(c.code))?.code;
  if (asked) return asked;
  if (/\bsnare\w*/i.test(q.text)) return '45385 (snare removal)';
  if (/\bhot\s+biops\w*/i.test(q.text)) return '45384 (hot biopsy forceps removal)';
  if (/\bbiops\w*/i.test(q.text)) return '45380 (biopsy)';
  return 'the colonoscopy code for what was done (45380 biopsy, 45384 hot forceps, 45385 snare)';
}

/** The coinsurance share for a screening turned therapeutic in the date of service's year. */
function coinsurance(year: number): string {
  if (year >= 2030) return 'none from 2030';
  if (year >= 2027) return '10% for 2027-2029';
  return '15% for 2023-2026, 10% for 2027-2029, none from 2030';
}

const turnedTherapeutic = (q: AnswerQuestion) => SCREENING.test(q.text) && TURNED.test(q.text);

/** The screening code and the colonoscopy done, when the screening turned therapeutic: this rule says
 *  which one is billed, so the PTP rule's "report one of them" says nothing of the pair. */
export const screeningSettles = (a: string, b: string, q: AnswerQuestion): boolean =>
  turnedTherapeutic(q) &&
  [a, b].some((c) => /^G01(?:21|05)$/.test(c)) &&
  [a, b].some((c) => /^4537[89]$|^453[89]\d$/.test(c));

export function screeningTurnedTherapeutic(q: AnswerQuestion): Answer | null {
  if (!turnedTherapeutic(q)) return null;
  const code = codeDone(q);
  const year = q.dateOfService ? Number(q.dateOfService.slice(0, 4)) : 2026;
  return {
    kind: 'coverage',
    codes: q.codes.map((c) => c.code),
    conclusion:
      `Bill ${/^\d{5}$/.test(code) ? `${code}-PT` : `${code} with modifier PT`}, not G0121: a screening colonoscopy that becomes therapeutic is reported by what was done, and PT marks that it began as a screening. The Part B deductible does not apply; coinsurance does, reduced under the phase-in (${coinsurance(year)}). List Z12.11 first, then the polyp's diagnosis. ${otherPayer(q)}`.trim(),
    rule: 'A colorectal screening that turns diagnostic or therapeutic is billed with the procedure code and modifier PT: the deductible is waived and the coinsurance phased down.',
    source: `${MCPM} ch. 18 §60; Consolidated Appropriations Act, 2021 §122`,
    settled: true,
  };
}
