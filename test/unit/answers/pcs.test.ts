import { describe, expect, it } from 'vitest';
import { pcsRule } from '../../../src/answers/rules/pcs.js';
import { facts, icd, question } from './diagnosis-fixtures.js';

const pcs = (code: string, title: string | null, status: 'valid' | 'unknown' = 'valid') => ({
  ...icd(code, title, status, status === 'valid' ? 'icd10pcs' : 'unknown'),
  edition: 'ICD-10-PCS FY2026',
});

describe('ICD-10-PCS', () => {
  it('a valid code: its fiscal year, its CMS title, its root operation, and its characters when asked', () => {
    const [a] = pcsRule.answer(
      question('What do the characters of 0DTJ4ZZ mean?', ['icd10pcs']),
      facts([pcs('0DTJ4ZZ', 'Resection of Appendix, Percutaneous Endoscopic Approach')]),
    );
    expect(a!.conclusion).toMatch(
      /valid code in the ICD-10-PCS FY2026 code set \(discharges October 1, 2025 to September 30, 2026\)/,
    );
    expect(a!.conclusion).toMatch(/root operation is Resection/);
    expect(a!.conclusion).toMatch(/5 approach 4 \(percutaneous endoscopic\)/);
    expect(a!.source).toContain('B3.1a');
  });

  it('PCS is for the hospital inpatient claim: the surgeon bills CPT', () => {
    const out = pcsRule.answer(
      question('Surgeon wants to bill 0SR9019 on his claim', ['icd10pcs']),
      facts([
        pcs(
          '0SR9019',
          'Replacement of Right Hip Joint with Metal Synthetic Substitute, Cemented, Open Approach',
        ),
      ]),
    );
    expect(
      out.some(
        (a) => /only on the hospital.s inpatient claim/.test(a.conclusion) && /CPT\/HCPCS/.test(a.conclusion),
      ),
    ).toBe(true);
  });

  it('two repair codes told apart by body part; the deepest layer repaired decides', () => {
    const out = pcsRule.answer(
      question('Perineal repair 0KQM0ZZ or 0HQ9XZZ?', ['icd10pcs']),
      facts([
        pcs('0KQM0ZZ', 'Repair Perineum Muscle, Open Approach'),
        pcs('0HQ9XZZ', 'Repair Perineum Skin, External Approach'),
      ]),
    );
    const a = out.find((x) => x.codes.length === 2)!;
    expect(a.conclusion).toMatch(/differ in body system, body part and approach/);
    expect(a.conclusion).toMatch(/deepest layer/);
    expect(a.source).toContain('B3.5');
  });

  it('a procedure in words with no matching title: the details a PCS code needs are asked for', () => {
    const [a] = pcsRule.answer(
      question('PCS code for the procedure yesterday?', ['icd10pcs']),
      facts([], { pcsSearch: [] }),
    );
    expect(a!.settled).toBe(false);
    expect(a!.conclusion).toMatch(/approach/);
  });

  const recipe = (code: string, title: string, also = false) => ({
    code,
    title,
    score: 1,
    matched: [],
    recipe: 'cholecystectomy',
    ...(also ? { also } : {}),
  });

  it('a procedure our recipes know: the code built from the words, the code reported with it, and the guideline', () => {
    const [a] = pcsRule.answer(
      question('lap chole converted to open, PCS?', ['icd10pcs']),
      facts([], {
        pcsSearch: [
          recipe('0FT40ZZ', 'Resection of Gallbladder, Open Approach'),
          recipe('0FJ44ZZ', 'Inspection of Gallbladder, Percutaneous Endoscopic Approach', true),
        ],
      }),
    );
    expect(a!.conclusion).toMatch(/^For the cholecystectomy described: 0FT40ZZ .*, and also 0FJ44ZZ/);
    expect(a!.source).toContain('B3.2d and B3.1a');
    expect(a!.settled).toBe(true);
  });

  it('characters the words leave open: every code they allow, and what decides', () => {
    const [a] = pcsRule.answer(
      question('cholecystectomy PCS?', ['icd10pcs']),
      facts([], {
        pcsSearch: [
          recipe('0FT44ZZ', 'Resection of Gallbladder, Percutaneous Endoscopic Approach'),
          recipe('0FT40ZZ', 'Resection of Gallbladder, Open Approach'),
        ],
      }),
    );
    expect(a!.conclusion).toMatch(/leave 2 codes open: 0FT44ZZ .* or 0FT40ZZ .* What decides: the approach/);
    expect(a!.settled).toBe(false);
  });
});
