// Partner codes a code asks for, named from the question's words. A CKD combination code (hypertensive
// CKD I12-I13, diabetic CKD E08-E13 with .22) needs the N18 code for its stage ("use additional code";
// I.C.9.a.2, I.C.9.a.3), asked for when the words give none. An exam "with abnormal findings" needs the
// findings coded after it (I.C.21.c.13).
import { ICD_GUIDELINES } from '../sources.js';
import type { Answer, AnswerQuestion } from '../types.js';

// prettier-ignore
const STAGES: Record<string, [string, string]> = {
  '1': ['N18.1', 'chronic kidney disease, stage 1'],
  '2': ['N18.2', 'chronic kidney disease, stage 2 (mild)'],
  '3': ['N18.30', 'chronic kidney disease, stage 3 unspecified'],
  '3a': ['N18.31', 'chronic kidney disease, stage 3a'],
  '3b': ['N18.32', 'chronic kidney disease, stage 3b'],
  '4': ['N18.4', 'chronic kidney disease, stage 4 (severe)'],
  '5': ['N18.5', 'chronic kidney disease, stage 5'],
  esrd: ['N18.6', 'end stage renal disease'],
};

const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iiia: '3a', iiib: '3b', iv: '4', v: '5' };
const STAGE = '(3a|3b|[1-5]|iii[ab]?|ii|iv|v|i)\\b';
// The stage written next to the kidney disease: "CKD stage 4", "CKD 3b", "stage IV CKD", "ESRD".
const WRITTEN = [
  new RegExp(
    `\\b(?:CKD|kidney\\s+disease|renal\\s+disease)\\s*[,(:-]?\\s*(?:stage|stg\\.?)?\\s*${STAGE}`,
    'i',
  ),
  new RegExp(`\\bstage\\s*${STAGE}\\s*(?:chronic\\s+)?(?:CKD|kidney|renal)\\b`, 'i'),
];
const ESRD = /\bESRD\b|\bend[\s-]stage\s+(?:renal|kidney)\b/i;

/** Codes that name CKD without its stage: hypertensive CKD and diabetic CKD. */
const NEEDS_STAGE = /^(?:I12\.|I13\.|E(?:08|09|10|11|13)\.22)/;

/** The N18 code for the stage written next to the kidney disease, or null: a stage elsewhere in the
 *  question ("a stage 2 pressure ulcer") is not the kidney's. */
export function ckdStage(text: string): { code: string; title: string } | null {
  const token = ESRD.test(text)
    ? 'esrd'
    : WRITTEN.map((re) => re.exec(text)?.[1]?.toLowerCase()).find((t) => t !== undefined);
  const stage = token ? STAGES[ROMAN[token] ?? token] : undefined;
  return stage ? { code: stage[0], title: stage[1] } : null;
}

export function ckdStageAnswers(q: AnswerQuestion, codes: readonly string[]): Answer[] {
  const combined = codes.find((c) => NEEDS_STAGE.test(c));
  if (!combined || codes.some((c) => c.startsWith('N18'))) return [];
  const stage = ckdStage(q.text);
  const section = combined.startsWith('I') ? 'I.C.9.a.2 and I.C.9.a.3' : 'I.A.13 and I.C.4.a';
  return [
    {
      kind: 'diagnosis-selection',
      codes: stage ? [combined, stage.code] : [combined],
      conclusion: stage
        ? `Add ${stage.code} (${stage.title}) after ${combined}: the combination code names the kidney disease but not its stage.`
        : `${combined} needs an N18 code after it for the stage of the chronic kidney disease (N18.1-N18.6): tell us the stage documented.`,
      rule: 'A hypertensive or diabetic CKD code is followed by the N18 code for the documented stage of the kidney disease (a "use additional code" note).',
      source: `${ICD_GUIDELINES}, ${section}`,
      settled: stage !== null,
      ...(stage ? {} : { needs: 'the documented stage of the chronic kidney disease' }),
    },
  ];
}

// Exam codes "with abnormal findings": the findings are coded after them (I.C.21.c.13).
const WITH_FINDINGS = new Set(['Z00.01', 'Z00.121', 'Z01.01', 'Z01.110', 'Z01.411']);

export function examFindingAnswers(codes: readonly string[]): Answer[] {
  const exam = codes.find((c) => WITH_FINDINGS.has(c));
  if (!exam) return [];
  return [
    {
      kind: 'diagnosis-selection',
      codes: [exam],
      conclusion: `With ${exam}, also code each abnormal finding or new condition the exam found (as the provider documents it), after ${exam}.`,
      rule: 'A routine exam that finds something is the exam code "with abnormal findings", with the findings coded as additional diagnoses.',
      source: `${ICD_GUIDELINES}, I.C.21.c.13`,
      settled: true,
    },
  ];
}
