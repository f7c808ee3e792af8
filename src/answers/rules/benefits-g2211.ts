// G2211, the visit complexity add-on: with an office/outpatient E/M (99202-99215; home or residence E/M
// 99341-99350 from 2026) when the practitioner is the continuing focal point of the patient's care or
// gives ongoing care for a single serious or complex condition. Not paid when the E/M carries modifier
// 25, except, from 2025, when the 25 is there for a same-day AWV, vaccine administration or Medicare
// Part B preventive service.
import { isEm } from '../question/code-families.js';
import type { Answer, AnswerFacts, AnswerQuestion, AnswerRule } from '../types.js';
import { BENEFIT_SOURCES, has25, isHomeVisit, isOfficeVisit, otherPayer, yearOf } from './benefits-common.js';

// Same-day services whose modifier 25 does not stop G2211 from 2025: AWV, IPPE, vaccine administration,
// and the Part B preventive services coders pair with a visit most often (screenings, counseling).
// prettier-ignore
const PREVENTIVE = new Set([
  'G0402', 'G0438', 'G0439', 'G0008', 'G0009', 'G0010', '90480', 'G0444', 'G0442', 'G0443', 'G0446',
  'G0447', 'G0136', 'G0101', 'G0102', 'G0103', 'Q0091', 'G0473', 'G0296',
]);
const PREVENTIVE_WORDS =
  /\b(AWV|annual\s+wellness|IPPE|welcome\s+to\s+medicare|vaccin\w*|flu\s+shot|immuniz\w*|screening|preventive\s+service)\b/i;
// Vaccine products ride with their administration code and are no procedure of their own here.
const VACCINE_PRODUCT = /^(90[67]\d\d|913\d\d)$/;
const PROCEDURE_WORDS =
  /\b(injection|inj|procedure|biopsy|excision|removal|debridement|laceration|repair|I&D|joint|aspiration)\b/i;
const ONE_TIME =
  /\b(one[- ]time|one[- ]off|single\s+visit|urgent\s+care|walk-?in|episodic|consult(?:ation)?)\b/i;

function reply(q: AnswerQuestion, conclusion: string, settled = true, needs?: string): Answer {
  return {
    kind: 'medicare-benefit',
    codes: q.codes.map((c) => c.code),
    conclusion: `${conclusion} ${otherPayer(q)}`.trim(),
    rule: 'G2211 is an add-on to an office/outpatient E/M (home or residence E/M from 2026) for a continuing relationship or ongoing care of a serious or complex condition; Medicare does not pay it with an E/M carrying modifier 25 unless the 25 is for a same-day AWV, vaccine administration or Part B preventive service (from 2025).',
    source: BENEFIT_SOURCES.g2211,
    settled,
    ...(needs ? { needs } : {}),
  };
}

const RELATION_NOTE =
  "It is billed when the practitioner is the continuing focal point for the patient's care or manages a single serious or complex condition over time, not for a one-time or time-limited visit, and the record should show that relationship.";

export const g2211Rule: AnswerRule = {
  kind: 'medicare-benefit',
  name: 'G2211 visit complexity add-on',
  answer(q: AnswerQuestion, _f: AnswerFacts): Answer[] {
    const asked = q.codes.some((c) => c.code === 'G2211') || /\bcomplexity\s+add-?on\b/i.test(q.text);
    if (!asked) return [];
    const year = yearOf(q);
    if (year !== null && year < 2024)
      return [reply(q, 'No: Medicare began paying G2211 on January 1, 2024.')];
    const visits = q.codes.filter(
      (c) => isEm(c.code) && !['G2211', 'G0402', 'G0438', 'G0439'].includes(c.code),
    );
    const office = visits.filter(
      (c) => isOfficeVisit(c.code) || (isHomeVisit(c.code) && (year ?? 2026) >= 2026),
    );
    const other = visits.find((c) => !office.includes(c));
    if (other && !office.length)
      return [
        reply(
          q,
          `No: G2211 is an add-on only to office/outpatient E/M visits (99202-99215)${(year ?? 2026) >= 2026 ? ' and, from 2026, home or residence visits (99341-99350)' : ''}, not to ${other.code}.`,
        ),
      ];
    if (!visits.length && q.codes.some((c) => ['G0438', 'G0439', 'G0402'].includes(c.code)))
      return [
        reply(
          q,
          'No: G2211 needs an office/outpatient E/M on the claim; it is never added to a wellness visit (G0402, G0438, G0439) alone.',
        ),
      ];
    const em = office[0]?.code ?? 'the office visit';
    const others = q.codes.filter(
      (c) =>
        c.code !== 'G2211' && !visits.includes(c) && !VACCINE_PRODUCT.test(c.code) && c.system !== 'icd10cm',
    );
    const procedures = others.filter((c) => !PREVENTIVE.has(c.code));
    const preventive = others.some((c) => PREVENTIVE.has(c.code)) || PREVENTIVE_WORDS.test(q.text);
    if (!has25(q, office[0]?.code)) {
      if (ONE_TIME.test(q.text))
        return [
          reply(
            q,
            `Not for a one-time or episodic visit: G2211 on ${em} needs a continuing relationship, the practitioner being the focal point of the patient's care or managing a single serious or complex condition over time.`,
          ),
        ];
      return [reply(q, `Yes: G2211 can be added to ${em} when the relationship qualifies. ${RELATION_NOTE}`)];
    }
    if (procedures.length || (!preventive && PROCEDURE_WORDS.test(q.text))) {
      const what = procedures.length ? procedures.map((c) => c.code).join(', ') : 'the same-day procedure';
      return [
        reply(
          q,
          `No: Medicare does not pay G2211 when ${em} carries modifier 25 for a same-day procedure (${what}); the only exceptions, from 2025, are an annual wellness visit, a vaccine administration or a Medicare Part B preventive service the same day.`,
        ),
      ];
    }
    if (preventive) {
      if (year !== null && year < 2025)
        return [
          reply(
            q,
            `No, not for a ${year} date of service: before 2025 G2211 was not paid with any E/M carrying modifier 25; from January 1, 2025 it is, when the 25 is for a same-day AWV, vaccine administration or Part B preventive service.`,
          ),
        ];
      return [
        reply(
          q,
          `Yes: from January 1, 2025 Medicare pays G2211 with ${em}-25 when the modifier 25 is there because of a same-day annual wellness visit, vaccine administration or Medicare Part B preventive service. ${RELATION_NOTE}`,
        ),
      ];
    }
    return [
      reply(
        q,
        `Only if the modifier 25 on ${em} is there for a same-day annual wellness visit, vaccine administration or Medicare Part B preventive service (paid from 2025); Medicare does not pay G2211 when the 25 is for a same-day procedure. Tell us what else was billed that day.`,
        false,
        'the other services billed that day',
      ),
    ];
  },
};
