// Hospital care: observation stays coded with the hospital care codes since 2023, an admission the day
// of the physician's own ED visit, and transitional care management after a discharge, chosen by the
// day of the face-to-face visit and the decision making (CY2023 PFS final rule; MCPM ch. 12 §30.6.9.1;
// CMS MLN booklet Transitional Care Management Services).
import type { Answer, AnswerQuestion, AnswerRule } from '../types.js';

const OBSERVATION = /\bobservation\b|\bobs\s+(?:stay|status|patient|pt)\b/i;
const ASKS_CODES = /\bcodes?\b|\bbill\b|\bwhat\s+do\s+we\s+use\b/i;
const FACILITY_HOURS = /\bG037[89]\b|\bhours?\b|\bfacility\b|\bUB-?04\b/i;

function observation(q: AnswerQuestion): Answer[] {
  // The hospital's own observation hours (G0378) are a facility question, not the physician's codes.
  if (!OBSERVATION.test(q.text) || !ASKS_CODES.test(q.text) || FACILITY_HOURS.test(q.text)) return [];
  return [
    {
      kind: 'definition',
      codes: [
        '99221',
        '99222',
        '99223',
        '99231',
        '99232',
        '99233',
        '99234',
        '99235',
        '99236',
        '99238',
        '99239',
      ],
      conclusion:
        'Observation stays are coded with the hospital inpatient or observation care codes: 99221-99223 for the first day, 99231-99233 for each later day, and 99238 (30 minutes or less) or 99239 (more than 30 minutes) for the discharge day; a stay admitted and discharged on the same date is 99234-99236 instead. The old observation codes (99217-99220, 99224-99226) were deleted in 2023. The level of each day follows the decision making or the total time documented that day.',
      rule: 'Since 2023 observation and inpatient stays share the hospital care codes.',
      source: 'CY2023 PFS final rule; Medicare Claims Processing Manual ch. 12 §30.6.8',
      settled: true,
    },
  ];
}

const DAY_OF_VISIT =
  /\b(?:day|on\s+day)\s+(\d{1,2})\b|\b(\d{1,2})\s+days?\s+(?:after|post|from)\s+(?:the\s+)?(?:discharge|d\/c)\b/i;

function transitionalCare(q: AnswerQuestion): Answer[] {
  const tcm = q.codes.map((c) => c.code).filter((c) => c === '99495' || c === '99496');
  const m = DAY_OF_VISIT.exec(q.text);
  if (!tcm.length || !m) return [];
  const day = Number(m[1] ?? m[2]);
  const conclusion =
    day <= 7
      ? `A visit on day ${day} after discharge fits either code: 99496 when the decision making was high, 99495 when it was moderate (both also need the contact within 2 business days of discharge).`
      : day <= 14
        ? `Not 99496: its face-to-face visit must fall within 7 days of discharge. A visit on day ${day} supports 99495 (face-to-face within 14 days, at least moderate decision making), with the contact within 2 business days of discharge.`
        : `Neither: a face-to-face visit on day ${day} is past the 14 days 99495 allows (7 for 99496), so report the visit as an office visit instead.`;
  return [
    {
      kind: 'definition',
      codes: ['99495', '99496'],
      conclusion,
      rule: 'Transitional care management needs contact within 2 business days of discharge and a face-to-face visit within 7 days (99496, high decision making) or 14 days (99495, moderate); it is billed once in the 30 days after discharge.',
      source: 'CMS MLN booklet Transitional Care Management Services (MLN908628)',
      settled: true,
    },
  ];
}

const ED_VISIT = /^9928[1-5]$/;
const FIRST_HOSPITAL_DAY = /^(?:9922[1-3]|9923[4-6])$/;

/** Seen in the emergency department and admitted by the same physician that day: one E/M, the admission. */
function admittedFromEd(q: AnswerQuestion): Answer[] {
  const ed = q.codes.find((c) => ED_VISIT.test(c.code))?.code;
  const admit = q.codes.find((c) => FIRST_HOSPITAL_DAY.test(c.code))?.code;
  if (!ed || !admit) return [];
  return [
    {
      kind: 'em-same-day',
      codes: [admit, ed],
      conclusion: `Report ${admit} only: when the physician who sees the patient in the emergency department admits them that day, Medicare pays the initial hospital care and not the ED visit; the ED work counts toward the level of ${admit}. An ED visit is billed only by another physician (the emergency physician who did not admit).`,
      rule: 'A physician who admits a patient the day of the ED visit bills the initial hospital care alone.',
      source: 'Medicare Claims Processing Manual ch. 12 §30.6.9.1.A',
      settled: true,
    },
  ];
}

export const hospitalVisitsRule: AnswerRule = {
  kind: 'definition',
  name: 'observation stays, admissions from the ED and transitional care',
  answer: (q) => [...observation(q), ...admittedFromEd(q), ...transitionalCare(q)],
};
