// Critical care by two physicians of one group and specialty on one day: Medicare counts their time as
// one physician's. The minutes add up; the first to reach 30 minutes reports 99291 and another reports
// 99292 only once the day's total passes its threshold (Medicare Claims Processing Manual ch. 12
// §30.6.12). Physicians of different specialties each count their own time.

const TWO_PHYSICIANS =
  /\b(?:two|2|both)\s+(?:\w+\s+)?(?:doctors?|docs|physicians|providers|intensivists|hospitalists|attendings)\b|\bDr\.?\s+\w+\b[^]*\bDr\.?\s+\w+|\b(?:another|second|other)\s+(?:doctor|doc|physician|provider|intensivist|hospitalist|attending)\b/i;
const SAME_GROUP = /\b(?:same|our|one)\s+(?:group|practice)\b|\bsame\s+specialty\b|\bpartners?\b/i;
const OTHER_SPECIALTY = /\bdifferent\s+specialt(?:y|ies)\b|\b(?:other|another)\s+specialty\b/i;

// "50 min", "40 more min", "another 40 minutes": each statement of time, in order.
const STATED = /\b(\d{1,3})\s*(?:more\s+|additional\s+|further\s+)?(?:minutes?|mins?)\b/gi;

/** The minutes of each physician when the question describes same-group, same-specialty critical care
 *  shared on one day (two or more statements of time), else null. */
export function groupMinutes(text: string): number[] | null {
  if (!TWO_PHYSICIANS.test(text) || !SAME_GROUP.test(text) || OTHER_SPECIALTY.test(text)) return null;
  const each = [...text.matchAll(STATED)].map((m) => Number(m[1]));
  return each.length >= 2 ? each : null;
}

/** The sentence that leads the answer: whose time counts and who reports which code. */
export function groupSentence(each: readonly number[], total: number): string {
  const who =
    total >= 104
      ? 'the first physician to reach 30 minutes reports 99291 and the other reports the 99292 units the total reaches'
      : 'only one of them reports 99291 (the first to reach 30 minutes); the other reports no 99292, because the day\u2019s total has not reached 104 minutes';
  return `Physicians of the same specialty in the same group are counted as one for critical care on a date: their minutes add up (${each.join(' + ')} = ${total}), and ${who}.`;
}
