// The same procedure or test repeated on one day: 76 when the same physician repeats it, 77 when another
// physician does, 91 for a clinical lab test repeated for a new result; never 59, which is for a
// different service, not the same one again (NCCI Policy Manual 2026, ch. I §E).
import { isDrugCode, isEm } from '../question/code-families.js';
import { NCCI } from '../sources.js';
import { isInitialInfusion } from './infusion-hierarchy.js';
import { onAnotherDay } from './global-cues.js';
import type { AnswerRule } from '../types.js';

const REPEAT =
  /\b(?:again|twice|repeat(?:ed)?|second\s+(?:one|time|EKG|ECG|x-?ray|film|study|read)|2nd\s+(?:one|time|EKG|ECG|x-?ray|study|read)|(?:two|2)\s+times)\b/i;
const OTHER_PHYSICIAN =
  /\b(?:different|another|other|second)\s+(?:physician|doctor|doc|cardiologist|radiologist|provider|reader)\b/i;

const LATER_DATE =
  /\b(?:after|in|within|every)\s+(?:\d+|one|two|three|six|a\s+few)\s+(?:days?|weeks?|wks?|months?|mos?|years?|yrs?)\b|\b(?:last|next)\s+(?:week|month|year)\b|\b(?:months?|years?)\s+(?:ago|later)\b/i;

export const repeatRule: AnswerRule = {
  kind: 'modifier',
  name: 'repeated procedures and tests',
  answer(q) {
    const procs = q.codes.filter(
      (c) => (c.system === 'cpt' || c.system === 'hcpcs') && !isEm(c.code) && !isDrugCode(c.code),
    );
    // "Again after 6 months" is a frequency question, not a same-day repeat.
    if (procs.length !== 1 || !REPEAT.test(q.text) || LATER_DATE.test(q.text) || onAnotherDay(q)) return [];
    const code = procs[0]!.code;
    // Venipuncture counts by episode of care, and a second infusion is an add-on: never repeats.
    if (code === '36415' || isInitialInfusion(code)) return [];
    const lab = /^8\d{4}$/.test(code);
    const mod = lab ? '91' : OTHER_PHYSICIAN.test(q.text) ? '77' : '76';
    return [
      {
        kind: 'modifier',
        codes: [code],
        conclusion: lab
          ? `Report the second ${code} with modifier 91: a clinical lab test repeated the same day for a new result (not to confirm the first result, rerun a failed test, or because of a test problem). Not 59.`
          : `Report the second ${code} on its own line with modifier ${mod}: the same service repeated the same day by ${mod === '76' ? 'the same physician (77 if another physician did the repeat)' : 'another physician (76 if the same physician repeated it)'}. Not 59: 59 is for a different service, not the same one again. The note should show the time and reason for each.`,
        rule: 'A repeat of the same service on one day is reported with 76, 77 or (lab) 91; 59 and the X modifiers are for distinct services.',
        source: `${NCCI}, ch. I §E`,
        settled: true,
      },
    ];
  },
};
