// Screening instruments are counted one unit each: 96127 (brief emotional or behavioral assessment),
// 96160 and 96161 (health risk assessments) are billed per standardized instrument scored, so three
// questionnaires are three units, within the code's MUE.
import { SOURCES } from '../sources.js';
import type { Answer, AnswerFacts, AnswerQuestion, AnswerRule } from '../types.js';

const PER_INSTRUMENT = ['96127', '96160', '96161'];
const INSTRUMENTS =
  /\b(?:PHQ-?[29]|PHQ-?A|GAD-?[27]|AUDIT(?:-?C)?|CRAFFT|M-?CHAT(?:-R)?|ASQ(?:-3|-SE)?|EPDS|Edinburgh|PSC-?(?:17|35)|Vanderbilt|SCARED|CAGE|DAST(?:-10)?|MDQ|PCL-?5|C-?SSRS|Columbia|MoCA|MMSE|SLUMS|Mini-?Cog)\b/gi;
const COUNTED =
  /\b(\d|two|three|four|five)\s+(?:standardized\s+)?(?:instruments|screen(?:er|ing)?s|questionnaires|tools|scales)\b/i;
const WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };

/** How many instruments the question names or counts. */
export function instrumentsIn(text: string): { count: number; names: string[] } {
  const names = [...new Set((text.match(INSTRUMENTS) ?? []).map((n) => n.toUpperCase()))];
  const stated = COUNTED.exec(text);
  const n = stated ? (WORDS[stated[1]!.toLowerCase()] ?? Number(stated[1])) : 0;
  return { count: Math.max(names.length, n), names };
}

export const perInstrumentRule: AnswerRule = {
  kind: 'units-MUE',
  name: 'screening instruments, one unit each',
  answer(q: AnswerQuestion, f: AnswerFacts): Answer[] {
    const code = q.codes.find((c) => PER_INSTRUMENT.includes(c.code))?.code;
    if (!code) return [];
    const { count, names } = instrumentsIn(q.text);
    if (count < 2) return [];
    const mue = f.mue.find((m) => m.code === code);
    const cap = mue
      ? ` (${count > mue.value ? `above its MUE of ${mue.value}: only ${mue.value} are paid` : `within its MUE of ${mue.value}`})`
      : '';
    return [
      {
        kind: 'units-MUE',
        codes: [code],
        conclusion: `Report ${code} x ${count}: it is billed per standardized instrument scored and documented${names.length ? ` (${names.join(', ')})` : ''}, so each instrument is one unit${cap}.`,
        rule: 'Codes defined per instrument take one unit for each instrument administered and scored.',
        source: `${SOURCES.mue}; the code's unit of service (per instrument)`,
        settled: true,
      },
    ];
  },
};
