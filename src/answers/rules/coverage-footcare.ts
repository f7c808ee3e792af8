// Routine foot care (nail debridement, corns and calluses) is excluded by statute unless a systemic
// condition such as diabetes with circulatory or neurologic disease puts the patient at risk: then it is
// covered when the record shows the class findings, marked with Q7, Q8 or Q9 (Medicare Benefit Policy
// Manual ch. 15 §290).
import type { Answer, AnswerQuestion } from '../types.js';
import { otherPayer } from './benefits-common.js';

const FOOT_CARE =
  /\broutine\s+foot\s+care\b|\b(?:nail|toenail)s?\s+debrid\w*|\bdebrid\w*\s+(?:of\s+)?(?:\d+\s+)?(?:toe)?nails?\b|\bcorns?\b|\bcallus\w*/i;
const FOOT_CODES = /^(1171[9]|1172[01]|11055|11056|11057|G0127|S0390)$/;

export function footCareAnswer(q: AnswerQuestion): Answer | null {
  const codes = q.codes.filter((c) => FOOT_CODES.test(c.code)).map((c) => c.code);
  if (!codes.length && !FOOT_CARE.test(q.text)) return null;
  const which = codes.length ? codes.join(' and ') : 'the foot care';
  return {
    kind: 'coverage',
    codes,
    conclusion:
      `Medicare covers ${which} only when a systemic condition (diabetes with peripheral vascular disease or neuropathy, for example) puts the patient at risk and the record documents the class findings: append Q7 (one class A finding), Q8 (two class B findings) or Q9 (one class B and two class C findings), whichever the note supports, with the systemic diagnosis. Without them it is routine foot care, excluded by statute (GY). ${otherPayer(q)}`.trim(),
    rule: 'Routine foot care is a statutory exclusion; for patients with a qualifying systemic condition it is covered when the class findings are documented and shown by Q7, Q8 or Q9.',
    source: 'Medicare Benefit Policy Manual ch. 15 §290; HCPCS modifiers Q7, Q8, Q9',
    settled: true,
  };
}
