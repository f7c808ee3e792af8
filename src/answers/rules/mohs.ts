// Mohs micrographic surgery beside other skin services (NCCI Policy Manual ch. III §F): repairs, grafts
// and flaps are reported with it; the biopsies, excisions and pathology of the Mohs session are part of
// it, except a diagnostic biopsy that decided on the surgery.
import { NCCI } from '../sources.js';
import { listing } from '../text.js';
import type { Answer, AnswerRule } from '../types.js';

const inRange = (code: string, from: string, to: string) =>
  /^\d{5}$/.test(code) && code >= from && code <= to;
const isMohs = (code: string) => inRange(code, '17311', '17315');
// Repairs (12001-13160), adjacent tissue transfers (14000-14350), grafts and flaps (15040-15770).
const isRepair = (code: string) =>
  inRange(code, '12001', '13160') || inRange(code, '14000', '14350') || inRange(code, '15040', '15770');
const isIncluded = (code: string) =>
  inRange(code, '11102', '11107') ||
  inRange(code, '11600', '11646') ||
  inRange(code, '17260', '17286') ||
  inRange(code, '88300', '88309') ||
  inRange(code, '88329', '88332');

const SOURCE = `${NCCI}, ch. III §F`;
// A biopsy (and its frozen section) done to diagnose the cancer before deciding on Mohs.
const DIAGNOSTIC_FIRST =
  /\bbefore\s+(?:the\s+)?mohs\b|\bto\s+(?:confirm|diagnose|establish)\b|\bdiagnostic\s+biops\w*|\bno\s+prior\s+(?:biopsy|path\w*|diagnosis)\b/i;

/** A pair of the asker's codes this rule settles: Mohs with a service it includes (the PTP answer would
 *  only restate it, or invite a modifier the manual reserves for the diagnostic biopsy). */
export const mohsSettles = (a: string, b: string): boolean =>
  (isMohs(a) && isIncluded(b)) || (isMohs(b) && isIncluded(a));

export const mohsRule: AnswerRule = {
  kind: 'bundling-PTP',
  name: 'Mohs surgery with repairs, biopsies and pathology',
  answer(q) {
    const codes = q.codes.map((c) => c.code);
    const mohs = codes.filter(isMohs);
    if (!mohs.length) return [];
    const out: Answer[] = [];
    const repairs = codes.filter(isRepair);
    if (repairs.length)
      out.push({
        kind: 'bundling-PTP',
        codes: [...mohs, ...repairs],
        conclusion: `Yes: repairs, grafts and flaps are reported separately with Mohs surgery, so report ${listing(repairs)} for the closure of the Mohs defect beside ${listing(mohs)}.`,
        rule: 'Mohs codes include the excision and the pathology of the session, not the repair of the defect.',
        source: SOURCE,
        settled: true,
      });
    const included = codes.filter(isIncluded);
    if (included.length && DIAGNOSTIC_FIRST.test(q.text))
      out.push({
        kind: 'bundling-PTP',
        codes: [...mohs, ...included],
        conclusion: `Yes: a biopsy and frozen section done to diagnose the skin cancer before deciding on Mohs are reported with ${listing(mohs)}: report ${listing(included)} with modifier 59, XS or XU (or 58 when the Mohs surgery was planned after the diagnosis), and keep the note showing the diagnosis was not known before. Biopsies, excisions and pathology done as part of the Mohs session itself are not reported.`,
        rule: 'Mohs codes include the biopsies, excisions and pathology of the session; a diagnostic biopsy that decided on the surgery is separately reportable.',
        source: SOURCE,
        settled: true,
      });
    else if (included.length)
      out.push({
        kind: 'bundling-PTP',
        codes: [...mohs, ...included],
        conclusion: `${listing(included)} ${included.length === 1 ? 'is' : 'are'} part of Mohs surgery when done in the Mohs session (its biopsies, excisions and pathology): not reported. Only a diagnostic biopsy, with its frozen section, done to decide on the surgery before Mohs is reported, with modifier 59, XS or XU (or 58 when the surgery was planned after it).`,
        rule: 'The Mohs surgeon examines the specimens: biopsy, excision and pathology codes of the session are included.',
        source: SOURCE,
        settled: true,
      });
    return out;
  },
};
