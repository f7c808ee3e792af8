// "Which 7th character?" asked in words, with no injury code to check: the encounter the words describe
// decides it (ICD-10-CM Official Guidelines I.C.19.a): A while the injury is actively treated, D for
// care in the healing or recovery phase after it (for fractures D is routine healing; G delayed
// healing, K nonunion, P malunion), S for a sequela.
import { ICD_GUIDELINES } from '../sources.js';
import type { Answer, AnswerQuestion } from '../types.js';

const ASKS = /\b(?:7th|seventh)\s+(?:character|char|digit)\b/i;
const FRACTURE = /\bfx\b|\bfracture\b/i;

const SAYS: Record<string, (fracture: boolean) => string> = {
  subsequent: (fx) =>
    `D: a visit in the healing or recovery phase after the active treatment is a subsequent encounter${fx ? ' (for a fracture, D is routine healing; G delayed healing, K nonunion, P malunion)' : ''}, not A: A is only for the encounters of active treatment`,
  initial: () =>
    'A: the patient is receiving active treatment for the injury (the first evaluation, surgery, the emergency visit); later visits for healing take D',
  sequela: () =>
    'S: the visit is for a late effect of the injury, coded after the code of the condition treated',
};

export function seventhCharacterAnswers(
  q: AnswerQuestion,
  words: string[],
  codes: readonly string[],
): Answer[] {
  if (!ASKS.test(q.text) || codes.some((c) => /^[ST]/.test(c))) return [];
  const encounter = ['subsequent', 'initial', 'sequela'].filter((w) => words.includes(w));
  if (encounter.length !== 1) return [];
  return [
    {
      kind: 'diagnosis-selection',
      codes: [],
      conclusion: `The 7th character is ${SAYS[encounter[0]!]!(FRACTURE.test(q.text))}. Send the code for all seven characters to be checked.`,
      rule: 'The 7th character of an injury code states the encounter: active treatment, healing or recovery, or sequela.',
      source: `${ICD_GUIDELINES}, I.C.19.a`,
      settled: true,
    },
  ];
}
