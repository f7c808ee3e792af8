// Body mass index: a Z68 code may come from a dietitian's or nurse's documentation, but only when the
// provider documents the associated condition (obesity, overweight, malnutrition); it is never coded
// alone (ICD-10-CM Official Guidelines I.B.14). The obesity class the provider writes names the E66 code.
import { ICD_GUIDELINES } from '../sources.js';
import type { Answer, AnswerQuestion } from '../types.js';

const BMI = /\bBMI\s*(?:of|is|was|=|:)?\s*(\d{2}(?:\.\d)?)\b/i;
const CONDITION = /\bobes\w*|\boverweight\b|\bmalnutrition\b|\bunderweight\b/i;
const CLASS = /\bclass\s*(1|2|3|I{1,3})\b/i;
const CLASSES: Record<string, string> = {
  '1': 'E66.811',
  I: 'E66.811',
  '2': 'E66.812',
  II: 'E66.812',
  '3': 'E66.813',
  III: 'E66.813',
};

/** The adult Z68 code for a BMI value (children under 20 take Z68.5-, by percentile). */
export function bmiCode(bmi: number): string {
  if (bmi < 20) return 'Z68.1';
  if (bmi < 40) return `Z68.${Math.floor(bmi)}`;
  if (bmi < 45) return 'Z68.41';
  if (bmi < 50) return 'Z68.42';
  if (bmi < 60) return 'Z68.43';
  if (bmi < 70) return 'Z68.44';
  return 'Z68.45';
}

export function bmiAnswers(q: AnswerQuestion): Answer[] {
  const m = BMI.exec(q.text);
  if (!m) return [];
  const bmi = Number(m[1]);
  const z = bmiCode(bmi);
  const condition = CONDITION.exec(q.text)?.[0];
  const cls = CLASS.exec(q.text)?.[1]?.toUpperCase();
  const obesity = cls && /obes/i.test(q.text) ? CLASSES[cls] : undefined;
  const conclusion = condition
    ? `Yes: report ${obesity ? `${obesity} for the obesity the provider documented, with ` : 'the code for the condition the provider documented first, with '}${z} for BMI ${bmi}; the BMI may come from a dietitian's or other clinician's note because the provider documented the associated condition (${condition.toLowerCase()}).`
    : `BMI ${bmi} is ${z}, but it is coded only when the provider documents an associated condition (obesity, overweight, malnutrition); a BMI alone is not reported.`;
  return [
    {
      kind: 'diagnosis-selection',
      codes: [...(obesity ? [obesity] : []), z],
      conclusion,
      rule: 'BMI codes are secondary codes, reported only with a provider-documented associated condition; the BMI value itself may be taken from other clinicians.',
      source: `${ICD_GUIDELINES}, I.B.14 and I.C.21.c.3`,
      settled: Boolean(condition),
      needs: condition ? undefined : "the provider's diagnosis the BMI goes with",
    },
  ];
}
