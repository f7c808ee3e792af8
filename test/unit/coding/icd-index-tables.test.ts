import { describe, expect, it } from 'vitest';
import { tableColumn } from '../../../src/coding/icd-index-tables.js';
import { diagnosticWords } from '../../../src/coding/icd-index-words.js';
import { mainWords } from '../../../src/coding/icd-facts.js';

const COLON = { malignant_primary: 'C18.7', malignant_secondary: 'C78.5' };
const LIVER = { malignant_primary: 'C22.9', malignant_secondary: 'C78.7' };

describe('the column of the Table of Neoplasms a question chooses', () => {
  const words = diagnosticWords('sigmoid colon ca, still under treatment, now liver mets');

  it('with a primary and a metastasis both named, the behavior word beside each site decides', () => {
    expect(tableColumn('neoplasm', words, COLON, ['sigmoid', 'colon'])).toEqual({
      code: 'C18.7',
      column: 'malignant primary',
    });
    expect(tableColumn('neoplasm', words, LIVER, ['liver'])).toEqual({
      code: 'C78.7',
      column: 'malignant secondary',
    });
  });

  it('when no behavior word follows the site, no column is chosen: the documentation says which is primary', () => {
    const w = diagnosticWords('ICD-10 for metastatic cancer to the liver?');
    expect(tableColumn('neoplasm', w, LIVER, ['liver'])).toBeNull();
  });
});

describe('the words a coder reads for the index', () => {
  it('spells out organisms as the index files them', () => {
    expect(diagnosticWords('sepsis due to E. coli')).toEqual(expect.arrayContaining(['escherichia', 'coli']));
    expect(diagnosticWords('MRSA pneumonia')).toEqual(
      expect.arrayContaining(['methicillin', 'resistant', 'staphylococcus', 'aureus', 'pneumonia']),
    );
  });

  it('looks a condition named by its adjective up under its noun: diabetic -> Diabetes, septic -> Sepsis', () => {
    const words = diagnosticWords('type 2 diabetic, septic, anemic');
    expect(mainWords('type 2 diabetic, septic, anemic', words)).toEqual(
      expect.arrayContaining(['diabetes', 'sepsis', 'anemia']),
    );
  });

  it('reads a drug "taken as prescribed" as an adverse effect, the Table of Drugs column', () => {
    expect(diagnosticWords('rash from amoxicillin taken as prescribed')).toContain('adverse');
  });
});
