// New or established patient: new means no professional service from the physician, or from another
// physician of the exact same specialty and subspecialty in the same group, in the past three years;
// a PA or NP counts as the specialty of the physician they work with (Medicare Claims Processing
// Manual ch. 12 §30.6.7). The years the asker states decide it.
import { MCPM } from '../sources.js';
import type { Answer, AnswerQuestion, AnswerRule } from '../types.js';

const ASKS =
  /\bnew\s+(?:pt|patient)?\s*(?:or|vs\.?|versus|\/)\s*est(?:ablished|\.)?\b|\best(?:ablished|\.)?\s*(?:pt|patient)?\s*(?:or|vs\.?|versus|\/)\s*new\b|\b(?:is\s+(?:this|she|he|the\s+pt|the\s+patient)|count\s+as)\s+(?:a\s+)?(?:new|established)\b/i;
const YEARS = /\b(\d+(?:\.\d+)?|one|two|three|four|five|six)\s*(?:\+\s*)?(?:years?|yrs?)\b/i;
const MONTHS = /\b(\d+)\s*(?:months?|mos?)\b/i;
const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
const OTHER_SPECIALTY =
  /\bdifferent\s+(?:specialty|specialties)\b|\bother\s+specialty\b|\bnot\s+the\s+same\s+specialty\b/i;

/** Years since the last professional service, as the question states them. */
export function yearsSince(text: string): number | null {
  const y = YEARS.exec(text);
  if (y) return WORDS[y[1]!.toLowerCase()] ?? Number(y[1]);
  const m = MONTHS.exec(text);
  return m ? Number(m[1]) / 12 : null;
}

export const newPatientRule: AnswerRule = {
  kind: 'definition',
  name: 'new or established patient',
  answer(q: AnswerQuestion): Answer[] {
    if (!ASKS.test(q.text)) return [];
    const years = yearsSince(q.text);
    const rule =
      'a patient is new when neither the physician nor another physician of the exact same specialty and subspecialty in the same group gave them a professional service in the past three years (a PA or NP counts as the specialty of the physician they work with)';
    const conclusion = OTHER_SPECIALTY.test(q.text)
      ? `New patient (99202-99205), as long as no one of the same specialty and subspecialty in the group saw them in the past three years: ${rule}.`
      : years === null
        ? `It turns on the last professional service in the group: ${rule}. Tell us when, and by whom, the patient was last seen.`
        : years > 3
          ? `New patient (99202-99205): the last professional service was more than three years ago, and ${rule}.`
          : `Established patient (99211-99215): the last professional service was within three years, and ${rule}.`;
    return [
      {
        kind: 'definition',
        codes: q.codes.map((c) => c.code),
        conclusion,
        rule: 'New versus established is decided by any professional service from the same physician or same-specialty group member in the past three years.',
        source: `${MCPM} ch. 12 §30.6.7`,
        settled: years !== null || OTHER_SPECIALTY.test(q.text),
        needs: years === null ? 'the date and provider of the last professional service' : undefined,
      },
    ];
  },
};
