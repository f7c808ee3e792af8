import { describe, expect, it } from 'vitest';
import { diagnosisRule } from '../../../src/answers/rules/diagnosis.js';
import { facts, icd, question } from './diagnosis-fixtures.js';

describe('diagnosis selection: remittance codes are not diagnoses', () => {
  it('N290 with denial words is a remark code (RARC), CO-16 a reason code (CARC)', () => {
    const out = diagnosisRule.answer(
      question('Claim denied with CO-16 and remark N290, what diagnosis is N290?'),
      facts([]),
    );
    const a = out.find((x) => x.codes.includes('N290'))!;
    expect(a.conclusion).toMatch(
      /N290 is a remittance advice remark code \(RARC\), not an ICD-10-CM diagnosis/,
    );
    expect(a.conclusion).toMatch(/CO-16 is a claim adjustment/);
    expect(a.conclusion).toMatch(/X12/);
  });

  it('"RARC M51" is a remark code while M51.16 beside it stays a diagnosis', () => {
    const out = diagnosisRule.answer(
      question('Denied with RARC M51 - dx M51.16 wrong?'),
      facts([icd('M51.16', 'Intervertebral disc disorders with radiculopathy, lumbar region')]),
    );
    expect(out.some((a) => a.codes.includes('M51') && /RARC/.test(a.conclusion))).toBe(true);
    expect(out.some((a) => a.codes.includes('M51.16') && /billable/.test(a.conclusion))).toBe(true);
  });
});
