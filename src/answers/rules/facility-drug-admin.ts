// Drug administration in a facility: in a hospital outpatient department, emergency department or ASC
// the hospital (or ASC) reports the infusion, injection or push; the practitioner reports none of
// 96360-96379, 96401-96425 or 96521-96523 there, only in the office (NCCI Policy Manual 2026, ch. XI §B.7).
import { NCCI } from '../sources.js';
import { listing } from '../text.js';
import type { Answer, AnswerQuestion, AnswerRule } from '../types.js';

const FACILITY =
  /\bED\b|\bER\b|\bemergency\s+(?:department|room|dept)\b|\bHOPD\b|\bhospital\s+outpatient\b|\boutpatient\s+(?:hospital|department)\b|\bobservation\b|\binpatient\b|\bASC\b|\bsurgery\s+center\b/i;
const FACILITY_CLAIM =
  /\bfacility\s+(?:claim|side|billing)\b|\bUB-?04\b|\b837I\b|\bhospital(?:'s)?\s+claim\b|\bwe\s+are\s+the\s+(?:hospital|ASC|facility)\b/i;

export const isDrugAdministration = (code: string): boolean => {
  const n = Number(code);
  return (
    /^\d{5}$/.test(code) &&
    ((n >= 96360 && n <= 96379) || (n >= 96401 && n <= 96425) || (n >= 96521 && n <= 96523))
  );
};

/** Drug administration the practitioner does not report: done in a facility the question names. */
export const facilityAdministration = (code: string, text: string): boolean =>
  isDrugAdministration(code) && FACILITY.test(text) && !FACILITY_CLAIM.test(text);

export const facilityDrugAdminRule: AnswerRule = {
  kind: 'bundling-PTP',
  name: 'drug administration in a facility',
  answer(q: AnswerQuestion): Answer[] {
    const admin = q.codes.map((c) => c.code).filter(isDrugAdministration);
    if (!admin.length || !FACILITY.test(q.text)) return [];
    const codes = listing(admin);
    const facilityClaim = FACILITY_CLAIM.test(q.text);
    return [
      {
        kind: 'bundling-PTP',
        codes: admin,
        conclusion: facilityClaim
          ? `Yes, on the facility claim: in a hospital department the hospital reports ${codes} for the administration its staff performed; the practitioner does not.`
          : `No: in a hospital department (emergency or outpatient) or an ASC the practitioner does not report ${codes}: drug administration there is reported by the facility on its own claim. The practitioner reports their own services (the E/M) only; ${codes} belong on a claim only in the office setting.`,
        rule: 'Practitioners report drug administration codes only for services in their office; in a facility the facility reports them.',
        source: `${NCCI}, ch. XI §B.7`,
        settled: true,
        warning: !facilityClaim,
      },
    ];
  },
};
