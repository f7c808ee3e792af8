// Claim adjustment reason codes (CARC, with their group code: CO-97, PR-204) and remittance advice
// remark codes (RARC: N290, M80, MA130) are not diagnoses, though N and M codes look like ICD-10-CM
// categories. The answer names the family and where the wording is read; a few well-known CARCs get
// their gist in our own words.
import type { Answer, AnswerQuestion } from '../types.js';
import { listing } from '../text.js';

const GROUPS: Record<string, string> = {
  CO: 'contractual obligation: the provider cannot bill the patient for it',
  PR: 'patient responsibility',
  OA: 'other adjustment',
  PI: 'payer-initiated reduction',
  CR: 'correction or reversal of a prior claim',
};

// Our own short gist of a few reason codes coders meet most; the X12 list has the exact wording.
// prettier-ignore
const GIST: Record<string, string> = {
  '4': 'the modifier is inconsistent with the procedure or missing',
  '11': 'the diagnosis is inconsistent with the procedure',
  '16': 'the claim lacks information needed to adjudicate it (see the remark code)',
  '18': 'a duplicate claim or service',
  '29': 'the time limit for filing has expired',
  '50': 'the payer does not deem the service medically necessary',
  '96': 'a non-covered charge',
  '97': 'the service is included in the payment for another service already adjudicated',
  '167': 'the diagnosis is not covered',
  '204': "the service is not covered under the patient's current benefit plan",
  '236': 'the procedure or its modifier combination is not compatible with another procedure on the same day (an NCCI edit)',
};

/** Denial codes as written, without a diagnosis the text writes with a dot ("M51.16" is not RARC M51). */
export function denialCodesIn(q: AnswerQuestion): string[] {
  return q.cues.denialCodes.filter((d) =>
    [...q.text.matchAll(new RegExp(`\\b${d.replace('-', '\\s?-?\\s?')}\\b(.?)`, 'gi'))].some(
      (m) => m[1] !== '.',
    ),
  );
}

function describe(code: string): string {
  const carc = /^(CO|PR|OA|PI|CR)-?(\d{1,3})$/.exec(code);
  if (carc) {
    const [, group, reason] = carc;
    const gist = GIST[reason!];
    return `${code} is a claim adjustment: group ${group} (${GROUPS[group!]}) with reason code (CARC) ${reason}${gist ? `, in short: ${gist}` : ''}`;
  }
  return `${code} is a remittance advice remark code (RARC), not an ICD-10-CM diagnosis`;
}

export function denialAnswers(q: AnswerQuestion): Answer[] {
  const codes = denialCodesIn(q);
  if (!codes.length) return [];
  return [
    {
      kind: 'diagnosis-selection',
      codes,
      conclusion: `${listing(codes.map(describe), 'and')}. These are remittance codes, not diagnosis codes; the exact wording of each is read from the X12 CARC and RARC code lists, and the payer's remittance (835/EOB) says which line and service it applies to.`,
      rule: 'CARCs (with a group code) explain why a line was paid differently from billed; RARCs add detail; both come from the X12 code lists, not from ICD-10-CM.',
      source:
        'X12 Claim Adjustment Reason Codes and Remittance Advice Remark Codes lists; Medicare Claims Processing Manual ch. 22 (remittance advice)',
      settled: false,
      needs: 'the remittance advice (835/EOB) lines with their CARC and RARC',
    },
  ];
}
