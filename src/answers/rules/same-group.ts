// Two physicians of one group and specialty seeing a patient the same day: Medicare treats them as one
// physician, so the visits are combined into one E/M at the level of the day's combined work
// (Medicare Claims Processing Manual ch. 12 §30.6.5).
import { isEm } from '../question/code-families.js';
import { MCPM } from '../sources.js';
import type { AnswerRule } from '../types.js';

const TWO_PHYSICIANS =
  /\b(?:two|2|both)\s+(?:\w+\s+)?(?:doctors?|docs|physicians|providers|internists|hospitalists|cardiologists|surgeons|NPs?|PAs?)\b|\b(?:another|second|other)\s+(?:doctor|doc|physician|provider|hospitalist|internist)\s+(?:in|from|of)\s+(?:our|the\s+same)\s+(?:group|practice)/i;
const SAME_GROUP = /\b(?:same|our|one)\s+(?:group|practice)\b|\bsame\s+specialty\b/i;

export const sameGroupRule: AnswerRule = {
  kind: 'em-same-day',
  name: 'visits by physicians of one group and specialty',
  answer(q) {
    const ems = q.codes.filter((c) => isEm(c.code)).map((c) => c.code);
    if (
      !TWO_PHYSICIANS.test(q.text) ||
      !SAME_GROUP.test(q.text) ||
      !(ems.length || /\bE\/?M\b|\bvisits?\b/i.test(q.text))
    )
      return [];
    return [
      {
        kind: 'em-same-day',
        codes: ems,
        conclusion: `Generally one E/M for the day: physicians of the same specialty in the same group are paid as one physician, so their same-day visits are combined into a single E/M whose level reflects the combined work. Two E/Ms are paid only when the physicians are of different specialties (and each visit is necessary).`,
        rule: 'Same-group, same-specialty physicians bill as a single physician for visits on one day.',
        source: `${MCPM} ch. 12 §30.6.5`,
        settled: true,
      },
    ];
  },
};
