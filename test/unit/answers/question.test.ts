import { describe, expect, it } from 'vitest';
import { questionCues } from '../../../src/answers/question/cues.js';
import { ask } from './build.js';

describe('question cues', () => {
  it('reads doses with their units', () => {
    expect(questionCues('Kenalog 40 mg and 1,000 units of heparin, 0.5mg').doses).toEqual([
      { amount: 40, unit: 'mg', text: '40 mg' },
      { amount: 1000, unit: 'units', text: '1,000 units' },
      { amount: 0.5, unit: 'mg', text: '0.5mg' },
    ]);
  });

  it('reads minutes, hours and hours with minutes', () => {
    expect(questionCues('56 minutes of critical care').minutes).toBe(56);
    expect(questionCues('infusion ran 1 hr 40 min').minutes).toBe(100);
    expect(questionCues('about 2 hours').minutes).toBe(120);
  });

  it('reads levels, sides and the payer', () => {
    const c = questionCues('Bilateral facet injections at three levels, right and left, BCBS denied');
    expect(c.levels).toBe(3);
    expect(c.bilateral).toBe(true);
    expect(c.sides).toEqual(['right', 'left']);
    expect(c.payer).toEqual({ kind: 'commercial', name: 'BCBS' });
  });

  it('counts spinal levels written as interspaces', () => {
    expect(questionCues('Bilateral L4-5 and L5-S1 facet injections').levels).toBe(2);
    expect(questionCues('ACDF C4/5, C5-6 and C6-7').levels).toBe(3);
    expect(questionCues('TFESI at L4-5 only').levels).toBeNull();
  });

  it('knows a denial code from a diagnosis only with denial words around', () => {
    expect(questionCues('claim denied CO-97 with remark N290').denialCodes).toEqual(['CO-97', 'N290']);
    expect(questionCues('dx N290 for the biopsy').denialCodes).toEqual([]);
  });

  it('tells a physician’s claim from the facility’s', () => {
    expect(questionCues('the physician billed 76942-26 in the HOPD').claim).toEqual({
      professional: true,
      facility: false,
    });
    expect(questionCues('facility coding for chest tubes, UB-04').claim.facility).toBe(true);
  });
});

describe('kinds asked', () => {
  it('a drug code with a dose is a drug-units question', () => {
    expect(ask('Kenalog 40 mg: J3301 quantity 4, or 1?').kinds).toContain('drug-units');
  });

  it('an E/M with a procedure is an E/M-same-day question', () => {
    expect(ask('99213 and 20610 on the same day').kinds).toContain('em-same-day');
  });

  it('a question about paying is a payment question', () => {
    expect(ask('how much does Medicare pay for 99214?').kinds).toContain('payment');
  });

  it('"PCS?" or a PCS table by its first characters asks for ICD-10-PCS; "CPT code" does not', () => {
    expect(ask('R total knee, cemented components, inpatient. PCS?').kinds).toContain('icd10pcs');
    expect(ask('on the vent 72 hrs, which 5A19 code').kinds).toContain('icd10pcs');
    expect(ask('What CPT code for a laparoscopic appendectomy?').kinds).not.toContain('icd10pcs');
  });

  it('conditions named and codes asked for, with no procedure described, is a diagnosis question', () => {
    expect(ask('Patient has confirmed COVID with pneumonia. Codes?').kinds).toContain('diagnosis-selection');
    expect(ask('What CPT code for a laparoscopic appendectomy?').kinds).not.toContain('diagnosis-selection');
  });

  it('asking which goes first, or for the codes and their order, is a diagnosis question', () => {
    expect(ask('sepsis due to E coli, source UTI. which first and codes?').kinds).toContain(
      'diagnosis-selection',
    );
    expect(ask('rash from amoxicillin taken as prescribed. codes + order').kinds).toContain(
      'diagnosis-selection',
    );
  });
});
