import { describe, expect, it } from 'vitest';
import { placeholderReadings, ancestorsOf } from '../../../src/coding/icd-facts.js';
import { diagnosticWords } from '../../../src/coding/icd-index-words.js';
import { walkIndex, type IndexRow } from '../../../src/coding/icd-index-walk.js';
import { indexRow, nextRowId } from './index-rows.js';
import { pcsWords, scorePcsTitles } from '../../../src/coding/pcs-search.js';

// A slice of the Alphabetic Index under "Effusion" and "Diabetes", in row order.
const EFFUSION = [
  indexRow(1, 0, 'Effusion', 'Effusion', null),
  indexRow(1, 1, 'chest', 'Effusion, chest', null, 'Effusion, pleura'),
  indexRow(1, 1, 'malignant pleural', 'Effusion, malignant pleural', 'J91.0'),
  indexRow(
    1,
    1,
    'pleura, pleurisy, pleuritic, pleuropericardial',
    'Effusion, pleura, pleurisy, pleuritic, pleuropericardial',
    'J90',
  ),
  indexRow(1, 2, 'malignant', 'Effusion, pleura, pleurisy, pleuritic, pleuropericardial, malignant', 'J91.0'),
];
const DIABETES = [
  indexRow(2, 0, 'Diabetes, diabetic', 'Diabetes, diabetic', 'E11.9'),
  indexRow(2, 1, 'type 2', 'Diabetes, diabetic, type 2', 'E11.9'),
  indexRow(2, 2, 'with', 'Diabetes, diabetic, type 2, with', null),
  indexRow(
    2,
    3,
    'chronic kidney disease',
    'Diabetes, diabetic, type 2, with, chronic kidney disease',
    'E11.22',
  ),
  indexRow(3, 0, 'Disease, diseased', 'Disease, diseased', null),
  indexRow(3, 1, 'kidney', 'Disease, diseased, kidney', 'N28.9'),
  indexRow(3, 2, 'chronic', 'Disease, diseased, kidney, chronic', 'N18.9'),
  indexRow(3, 3, 'stage 2 (mild)', 'Disease, diseased, kidney, chronic, stage 2 (mild)', 'N18.2'),
  indexRow(3, 3, 'stage 3a', 'Disease, diseased, kidney, chronic, stage 3a', 'N18.31'),
];

const walk = (text: string, rows: IndexRow[]) => walkIndex(diagnosticWords(text), rows);

describe('the Alphabetic Index walk', () => {
  it('main term, then the subterms the question names: malignant pleural effusion -> J91.0', () => {
    const [s] = walk('ICD-10 for malignant pleural effusion?', EFFUSION);
    expect(s).toMatchObject({ code: 'J91.0', source: 'index' });
    expect(s!.score).toBe(1);
  });

  it('a subterm whose words the question lacks is not taken: pleural effusion NOS -> J90, not J91.0', () => {
    const found = walk('dx code for pleural effusion nos', EFFUSION);
    expect(found.map((s) => s.code)).toEqual(['J90']);
  });

  it('a number counts only with its label: "type 2" is not "stage 2"', () => {
    const found = walk('type 2 diabetes with chronic kidney disease stage 3a', DIABETES);
    expect(found.map((s) => s.code)).toEqual(['E11.22', 'N18.31']);
  });

  it('the narrower term the question names wins a tie: polyneuropathy over neuropathy', () => {
    const rows = [
      ...DIABETES.slice(0, 3),
      indexRow(2, 3, 'complication', 'Diabetes, diabetic, type 2, with, complication', 'E11.8'),
      indexRow(2, 3, 'hyperglycemia', 'Diabetes, diabetic, type 2, with, hyperglycemia', 'E11.65'),
      indexRow(2, 3, 'neuropathy', 'Diabetes, diabetic, type 2, with, neuropathy', 'E11.40'),
      indexRow(2, 3, 'polyneuropathy', 'Diabetes, diabetic, type 2, with, polyneuropathy', 'E11.42'),
    ];
    expect(walk('diabetic neuropathy code: DM2 w/ peripheral polyneuropathy', rows)[0]!.code).toBe('E11.42');
    // What the patient does not have names no entry.
    expect(walk('type 2 diabetes with hyperglycemia, no other complications', rows)[0]!.code).toBe('E11.65');
  });

  it('words that reach no entry give no suggestion (never an unrelated code)', () => {
    expect(walk('the thing the doctor wrote yesterday', [...EFFUSION, ...DIABETES])).toEqual([]);
  });

  it('the Table of Drugs column follows the intent: accidental overdose -> poisoning, accidental', () => {
    const drug: IndexRow = {
      source: 'drugs',
      main: 9,
      rowId: 99,
      level: 0,
      term: 'Acetaminophen',
      see: null,
      nonessential: null,
      code: null,
      path: 'Acetaminophen',
      cells: {
        poisoning_accidental: 'T39.1X1',
        poisoning_self_harm: 'T39.1X2',
        poisoning_assault: 'T39.1X3',
        poisoning_undetermined: 'T39.1X4',
        adverse_effect: 'T39.1X5',
        underdosing: 'T39.1X6',
      },
    };
    expect(walk('accidental overdose of acetaminophen', [drug])[0]).toMatchObject({
      code: 'T39.1X1',
      column: 'poisoning, accidental',
    });
    expect(walk('adverse reaction to acetaminophen', [drug])[0]).toMatchObject({ code: 'T39.1X5' });
  });
});

describe('reading an asked code', () => {
  it('a code missing its placeholder X is read with the X in each place', () => {
    expect(placeholderReadings('T39.11A')).toContain('T39.1X1A');
    expect(placeholderReadings('J91.0')).toEqual([]);
  });

  it('a code has its category and subcategories above it', () => {
    expect(ancestorsOf('S93.401A')).toEqual(['S93', 'S93.4', 'S93.40', 'S93.401', 'S93.401A']);
  });
});

describe('PCS titles for a procedure asked in words', () => {
  it('"laparoscopic appendectomy" is a resection of the appendix, percutaneous endoscopic', () => {
    expect(pcsWords('laparoscopic appendectomy')).toEqual(
      expect.arrayContaining(['resection', 'appendix', 'percutaneous', 'endoscopic']),
    );
    const ranked = scorePcsTitles('laparoscopic appendectomy', [
      { code: '0DTJ0ZZ', title: 'Resection of Appendix, Open Approach' },
      { code: '0DTJ4ZZ', title: 'Resection of Appendix, Percutaneous Endoscopic Approach' },
    ]);
    expect(ranked[0]!.code).toBe('0DTJ4ZZ');
  });
});

describe('the walk across the index and the tables', () => {
  const drug = (term: string, adverse: string): IndexRow => ({
    source: 'drugs',
    main: 90,
    rowId: nextRowId(),
    level: 0,
    term,
    see: null,
    nonessential: null,
    code: null,
    path: term,
    cells: { adverse_effect: adverse, poisoning_accidental: 'T36.0X1' },
  });
  const RASH = [indexRow(80, 0, 'Rash', 'Rash', 'R21'), indexRow(80, 1, 'drug', 'Rash, drug', 'L27.0')];

  it('a drug the Table of Drugs knows makes the condition a drug one: rash from amoxicillin -> Rash, drug', () => {
    const found = walk('generalized rash from amoxicillin taken as prescribed', [
      ...RASH,
      drug('Amoxicillin', 'T36.0X5-'),
    ]);
    expect(found.map((s) => s.code)).toEqual(['L27.0', 'T36.0X5']);
    expect(found[1]).toMatchObject({ source: 'drugs', column: 'adverse effect', needsMore: true });
  });

  it('a table row read after the index does not inherit the index levels above it', () => {
    const liver: IndexRow = {
      source: 'neoplasm',
      main: 95,
      rowId: nextRowId(),
      level: 1,
      term: 'liver',
      see: null,
      nonessential: null,
      code: null,
      path: 'Neoplasm, neoplastic, liver',
      cells: { malignant_primary: 'C22.9', malignant_secondary: 'C78.7' },
    };
    expect(walk('ICD-10 for liver mets', [...EFFUSION, liver]).map((s) => s.code)).toEqual(['C78.7']);
  });
});

describe('a history is not a current condition', () => {
  it('"family history of breast cancer" leads to the family-history code, not a breast cancer code', () => {
    const history = [
      indexRow(70, 0, 'History', 'History', null),
      indexRow(70, 1, 'family', 'History, family', null),
      indexRow(70, 2, 'malignant neoplasm', 'History, family, malignant neoplasm', 'Z80.9'),
      indexRow(70, 3, 'breast', 'History, family, malignant neoplasm, breast', 'Z80.3'),
    ];
    const breast: IndexRow = {
      source: 'neoplasm',
      main: 71,
      rowId: nextRowId(),
      level: 1,
      term: 'breast',
      see: null,
      nonessential: null,
      code: null,
      path: 'Neoplasm, neoplastic, breast',
      cells: { malignant_primary: 'C50.91-', malignant_secondary: 'C79.81' },
    };
    expect(
      walk('Pt has family history of breast cancer. dx codes?', [...history, breast]).map((s) => s.code),
    ).toEqual(['Z80.3']);
  });
});
