// Medicare's wellness visits: the IPPE (G0402) once, within the first 12 months of Part B; the first AWV
// (G0438) once in a lifetime and the subsequent AWV (G0439) once 11 full months have passed; the
// preventive medicine visits 99381-99397 are not a Medicare benefit; a problem-oriented visit the same
// day is reported with modifier 25; advance care planning at the AWV takes modifier 33.
import type { Answer, AnswerFacts, AnswerQuestion, AnswerRule } from '../types.js';
import {
  asked,
  BENEFIT_SOURCES,
  capital,
  yes,
  isPreventiveMedicine,
  otherPayer,
  problemVisits,
} from './benefits-common.js';

const AWV = /\b(AWV|annual\s+wellness|wellness\s+visit)\b/i;
const IPPE = /\b(IPPE|welcome\s+to\s+medicare|initial\s+preventive\s+physical)\b/i;
const PHYSICAL =
  /\b(?:annual|yearly|routine|preventive)\s+(?:physical|exam|check-?up|visit)\b|\bphysicals?\b/i;
const PROBLEM =
  /\b(problem|sick|separate(?:ly)?\s+identifiable|E\/?M|office\s+visit|same\s+day|HTN|diabetes|f\/u|follow-?up)\b/i;
const ACP = /\b(ACP|advance\s+care\s+planning)\b/i;
const AGAIN = /\b(again|twice|second\s+time|another\s+(?:practice|provider|doctor)|repeat|already\s+had)\b/i;

function answer(conclusion: string, rule: string, source: string, codes: string[], warning = false): Answer {
  return {
    kind: 'medicare-benefit',
    codes,
    conclusion,
    rule,
    source,
    settled: true,
    ...(warning ? { warning } : {}),
  };
}

function wellnessCode(q: AnswerQuestion): string | null {
  const code = q.codes.find((c) => ['G0402', 'G0438', 'G0439'].includes(c.code))?.code;
  return code ?? (IPPE.test(q.text) ? 'G0402' : AWV.test(q.text) ? 'the AWV (G0438 or G0439)' : null);
}

function withProblemVisit(q: AnswerQuestion, wellness: string): Answer {
  const em = problemVisits(q)[0]?.code ?? null;
  const visit = em ?? 'the problem-oriented office visit (99202-99215)';
  const misplaced = q.codes.find(
    (c) => ['G0402', 'G0438', 'G0439'].includes(c.code) && c.modifiers.includes('25'),
  );
  const fix = misplaced ? ` Modifier 25 goes on the ${em ?? 'E/M'}, not on ${misplaced.code}.` : '';
  const cost = `${capital(wellness)} has no deductible or coinsurance; ${em ?? 'the problem visit'} carries the usual Part B deductible and 20% coinsurance.`;
  // With both codes written, the E/M-same-day rule answers the pairing: this one adds what the patient pays.
  const codesWritten = Boolean(em) && asked(q, 'G0402', 'G0438', 'G0439');
  const pairing = `${yes(q)}${yes(q) ? 'report' : 'Report'} ${visit} with modifier 25 beside ${wellness} when a significant, separately identifiable problem was evaluated and managed beyond the wellness visit (never modifier 59 on an E/M).`;
  return answer(
    `${codesWritten && !misplaced ? '' : `${pairing}${fix} `}${cost} ${otherPayer(q)}`.trim(),
    'A medically necessary problem-oriented E/M on the day of a Medicare wellness visit is reported with modifier 25 on the E/M; the wellness visit is free to the patient, the E/M is not.',
    `${/G0402/.test(wellness) ? BENEFIT_SOURCES.ippe : BENEFIT_SOURCES.awv}; ${BENEFIT_SOURCES.preventiveWithProblem}`,
    [...q.codes.map((c) => c.code)],
    Boolean(misplaced),
  );
}

function preventiveMedicine(q: AnswerQuestion, code: string): Answer {
  const em = problemVisits(q)[0]?.code;
  const lead = em
    ? `Medicare pays only the problem-oriented ${em} (with modifier 25 when ${code} is on the same claim); ${code} is not a Medicare benefit (PFS status N): the patient may be charged your preventive fee less your fee for ${em}.`
    : `No: Medicare does not pay ${code}: routine physicals are excluded by statute (PFS status N), so the patient pays. No ABN is required for an excluded service (a voluntary notice is fine); report it with GY so it denies to the patient.`;
  return answer(
    `${lead} Medicare's covered alternatives are the IPPE (G0402) in the first 12 months of Part B and the annual wellness visit (G0438, then G0439). ${otherPayer(q)}`.trim(),
    'Preventive medicine visits are a statutory exclusion for Medicare; a covered problem visit on the same occasion is billed to Medicare and the rest of the preventive fee to the patient.',
    `${BENEFIT_SOURCES.preventiveWithProblem}; CMS PFS RVU file (status N)`,
    [code, ...(em ? [em] : [])],
  );
}

const MONTHS = /\b(\d{1,3})\s*(months?|mos?|years?|yrs?)\b/gi;

function monthsSinceEnrollment(text: string): number | null {
  if (!/\b(enroll\w*|part\s+b|medicare\s+(?:since|started|effective))\b/i.test(text)) return null;
  const all = [...text.matchAll(MONTHS)].map((m) => Number(m[1]) * (/^y/i.test(m[2]!) ? 12 : 1));
  return all.length ? Math.max(...all) : null;
}

function ippe(q: AnswerQuestion): Answer {
  const since = monthsSinceEnrollment(q.text);
  const lead =
    since === null
      ? 'The IPPE (G0402) is covered once in a lifetime, within the first 12 months after Part B coverage starts.'
      : since > 12
        ? `No: the IPPE (G0402) is covered only within the first 12 months after Part B coverage starts, so at ${since} months it has lapsed; the patient is now eligible for the first annual wellness visit, G0438.`
        : `Yes: at ${since} months the patient is within the first 12 months of Part B, when the IPPE (G0402) is covered once.`;
  const ekg = /\b(EKG|ECG|93000|electrocardiogram)\b/i.test(q.text)
    ? ' A screening EKG ordered with the IPPE is G0403 (or G0404 and G0405 when tracing and interpretation are split), not 93000, and the deductible and coinsurance apply to it.'
    : '';
  return answer(
    `${lead} The IPPE has no deductible or coinsurance; the first AWV (G0438) cannot follow within 12 months of it.${ekg} ${otherPayer(q)}`.trim(),
    'The IPPE is a once-per-lifetime benefit in the first 12 months of Part B; the AWVs follow it.',
    BENEFIT_SOURCES.ippe,
    ['G0402'],
  );
}

function awv(q: AnswerQuestion): Answer {
  const again = asked(q, 'G0438') && AGAIN.test(q.text);
  const lead = again
    ? 'No: G0438, the first AWV, is covered once in a lifetime, even when another practice billed it: bill G0439, the subsequent AWV.'
    : 'The first annual wellness visit (G0438) is covered once in a lifetime, not within 12 months of Part B starting or of an IPPE; after it, G0439 is the subsequent AWV.';
  return answer(
    `${lead} G0439 is covered once 11 full months have passed after the month of the last AWV; neither has a deductible or coinsurance. ${otherPayer(q)}`.trim(),
    'The AWV is G0438 once, then G0439 every year (11 full months after the month of the last one).',
    BENEFIT_SOURCES.awv,
    q.codes.filter((c) => ['G0438', 'G0439'].includes(c.code)).map((c) => c.code),
  );
}

function acp(q: AnswerQuestion): Answer {
  return answer(
    'Append modifier 33 to 99497 (and 99498) when advance care planning is done with the AWV: Medicare then waives the deductible and coinsurance for it; billed without the AWV (or without 33) it carries the usual cost sharing.',
    'Advance care planning furnished as an optional element of the AWV is a preventive service, marked with modifier 33.',
    BENEFIT_SOURCES.awv,
    q.codes.filter((c) => ['99497', '99498'].includes(c.code)).map((c) => c.code),
  );
}

export const wellnessRule: AnswerRule = {
  kind: 'medicare-benefit',
  name: 'Medicare wellness and preventive visits',
  answer(q: AnswerQuestion, _f: AnswerFacts): Answer[] {
    const preventive = q.codes.find((c) => isPreventiveMedicine(c.code))?.code;
    const medicare = !q.cues.payer || q.cues.payer.kind === 'medicare';
    const wellness = wellnessCode(q);
    const out: Answer[] = [];
    if (preventive && medicare) out.push(preventiveMedicine(q, preventive));
    else if (!preventive && !wellness && PHYSICAL.test(q.text) && /\bmedicare\b/i.test(q.text))
      out.push(preventiveMedicine(q, '99381-99397'));
    const acpAsked =
      Boolean(wellness) && wellness !== 'G0402' && (asked(q, '99497', '99498') || ACP.test(q.text));
    if (wellness && (problemVisits(q).length || (PROBLEM.test(q.text) && /\b25\b/.test(q.text))))
      out.push(withProblemVisit(q, wellness));
    else if (wellness === 'G0402') out.push(ippe(q));
    // The AWV's own limits only when the question is about the AWV, not a test done at it.
    else if (wellness && !acpAsked && q.codes.every((c) => ['G0438', 'G0439'].includes(c.code)))
      out.push(awv(q));
    if (acpAsked) out.push(acp(q));
    return out;
  },
};
