import { describe, expect, it } from 'vitest';
import { hourRange, statedHours } from '../../../src/answers/rules/pcs-near.js';
import { pcsRule } from '../../../src/answers/rules/pcs.js';
import { facts, icd, question } from './diagnosis-fixtures.js';

const invalidPcs = (code: string) => icd(code, null, 'unknown', 'unknown');
const near = (code: string, titles: [string, string][]) => ({
  tabular: {
    notes: [],
    ancestors: [],
    under: {},
    placeholderFixes: {},
    pcsTables: [],
    pcsNear: { [code]: titles.map(([c, title]) => ({ code: c, title, billable: true })) },
  },
});

describe('an invalid PCS code is answered with the valid codes nearest it', () => {
  it('a wrong qualifier: the codes sharing its first six characters, told apart by the qualifier', () => {
    const knee = 'Replacement of Right Knee Joint with Synthetic Substitute, ';
    const [a] = pcsRule.answer(
      question('encoder gave 0SRC0J0 for R TKA?? grouper says invalid', ['icd10pcs']),
      facts(
        [invalidPcs('0SRC0J0')],
        near('0SRC0J0', [
          ['0SRC0J9', `${knee}Cemented, Open Approach`],
          ['0SRC0JA', `${knee}Uncemented, Open Approach`],
          ['0SRC0JZ', `${knee}Open Approach`],
        ]),
      ),
    );
    expect(a!.conclusion).toMatch(
      /differ only in the qualifier \(7th character\): 0SRC0J9 \(Cemented, Open Approach\), 0SRC0JA \(Uncemented/,
    );
  });

  it('a deleted dialysis code: the current codes of its body part, and the one the stated hours fit', () => {
    const [a] = pcsRule.answer(
      question('Inpt HD 4 hours, coder used 5A1D00Z and it fails edits', ['icd10pcs']),
      facts(
        [invalidPcs('5A1D00Z')],
        near('5A1D00Z', [
          ['5A1D70Z', 'Performance of Urinary Filtration, Intermittent, Less than 6 Hours Per Day'],
          ['5A1D80Z', 'Performance of Urinary Filtration, Prolonged Intermittent, 6-18 hours Per Day'],
          ['5A1D90Z', 'Performance of Urinary Filtration, Continuous, Greater than 18 hours Per Day'],
        ]),
      ),
    );
    expect(a!.conclusion).toMatch(/first four characters 5A1D/);
    expect(a!.conclusion).toMatch(/For the duration stated, 5A1D70Z \(/);
  });

  it('reads hour ranges from titles and durations from the question', () => {
    expect(hourRange('Respiratory Ventilation, 24-96 Consecutive Hours')).toEqual([24, 96]);
    expect(hourRange('Respiratory Ventilation, Greater than 96 Consecutive Hours')![0]).toBeGreaterThan(96);
    expect(hourRange('Resection of Appendix, Open Approach')).toBeNull();
    expect(statedHours('on the vent for 72 hrs total')).toBe(72);
    expect(statedHours('vented 3 days')).toBe(72);
    expect(statedHours('no duration')).toBeNull();
  });
});
