// Pregnant-uterus ultrasound by gestational age: the first-trimester codes (76801, with 76802 for
// each further fetus) are for a study before 14 weeks 0 days, the codes after the first trimester
// (76805, with 76810) from 14 weeks 0 days on. The two are alternatives for one study.
import { NCCI } from '../sources.js';
import type { Answer, AnswerQuestion, AnswerRule } from '../types.js';

const FIRST = ['76801', '76802'];
const LATER = ['76805', '76810'];
const AGE = /\b(\d{1,2})\s*(?:w|wks?|weeks?)\s*(?:(\d)\s*d(?:ays?)?)?\b/i;

/** Gestational age in days, from "13w6d", "13 weeks 6 days" or "20 wks". */
export function gestationDays(text: string): number | null {
  const m = AGE.exec(text);
  return m ? Number(m[1]) * 7 + Number(m[2] ?? 0) : null;
}

export const obUltrasoundRule: AnswerRule = {
  kind: 'bundling-PTP',
  name: 'pregnant-uterus ultrasound by gestational age',
  answer(q: AnswerQuestion): Answer[] {
    const asked = q.codes.map((c) => c.code);
    if (!asked.some((c) => FIRST.includes(c)) || !asked.some((c) => LATER.includes(c))) return [];
    const days = gestationDays(q.text);
    if (days === null) return [];
    const first = days < 14 * 7;
    const age = `${Math.floor(days / 7)} weeks ${days % 7} days`;
    return [
      {
        kind: 'bundling-PTP',
        codes: ['76801', '76805'],
        conclusion: `Report ${first ? '76801' : '76805'} only: at ${age} the study is ${first ? 'in the first trimester (before 14 weeks 0 days), so the first-trimester code 76801 applies' : 'after the first trimester (14 weeks 0 days or later), so 76805 applies'}; the two codes are alternatives for one study and are never both paid.`,
        rule: 'The obstetric ultrasound code follows the gestational age on the date of the study.',
        source: `${NCCI}, ch. I §P (mutually exclusive codes); NCCI PTP edit 76801/76805`,
        settled: true,
        warning: true,
      },
    ];
  },
};
