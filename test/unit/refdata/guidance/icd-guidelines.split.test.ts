import { describe, expect, it } from 'vitest';
import { splitIcdGuidelines } from '../../../../src/refdata/guidance/icd-guidelines.split.js';

// pdftotext -layout of the guidelines in miniature: contents, page headers, nested headings from
// Section down to (i), a chapter heading with its code range wrapped onto a second line.
const GUIDELINES = `Section I. Conventions, general coding guidelines and chapter specific guidelines ........ 7
Section I. Conventions, general coding guidelines and chapter
specific guidelines
  A. Conventions for the ICD-10-CM
      1.   The Alphabetic Index and Tabular List
           The Index lists terms. See Section I.C.2. Neoplasms
  B. General Coding Guidelines
      1.   Locating a code in the ICD-10-CM
           Use both the Index and the Tabular List.
  C. Chapter-Specific Coding Guidelines
      1.   Chapter 1: Certain Infectious and Parasitic Diseases (A00-B99), U07.1,
           U09.9
           Code only confirmed cases.
      2.   Chapter 2: Neoplasms
           (C00-D49)
           General Guidelines
           To code a neoplasm, determine its behavior.
              a. Sequencing of neoplasm codes
                   1)   Encounter for treatment of primary malignancy
                        Sequence the primary malignancy first.
                                      ICD-10-CM Official Guidelines for Coding and Reporting
                                                                                   FY 2026
                                                                             Page 37 of 121
                        unless the encounter is for radiotherapy.
                   2)   Encounter for complication
                        (a) Anemia
                             Code the anemia first.
                        (b) Dehydration
                             (i) Intravenous rehydration
                             Code the dehydration first.
Section II. Selection of Principal Diagnosis
The circumstances of admission govern the selection.
Appendix I
Present on Admission Reporting Guidelines
`;

describe('ICD-10-CM Official Guidelines splitter', () => {
  const paragraphs = splitIcdGuidelines(GUIDELINES);
  const bySection = Object.fromEntries(paragraphs.map((p) => [p.section, p]));

  it('writes ids the way the guidelines cite themselves', () => {
    expect(paragraphs.map((p) => p.section)).toEqual([
      'I.A.1',
      'I.B.1',
      'I.C.1',
      'I.C.2',
      'I.C.2.a.1',
      'I.C.2.a.2.a',
      'I.C.2.a.2.b.i',
      'II',
    ]);
  });

  it('keeps a sentence across a page break whole and drops the page header', () => {
    expect(bySection['I.C.2.a.1']!.text).toBe(
      'Sequence the primary malignancy first. unless the encounter is for radiotherapy.',
    );
  });

  it('gives chapter paragraphs the chapter code range and general ones none', () => {
    expect(bySection['I.C.2.a.1']).toMatchObject({
      chapter: 'Chapter 2: Neoplasms',
      codeRanges: ['C00-D49'],
    });
    expect(bySection['I.C.1']!.codeRanges).toEqual(['A00-B99', 'U07.1-U07.1', 'U09.9-U09.9']);
    expect(bySection['I.A.1']!.codeRanges).toBeNull();
    expect(bySection['I.A.1']!.text).toBe('The Index lists terms. See Section I.C.2. Neoplasms');
  });

  it('titles each paragraph with its own heading', () => {
    expect(bySection['I.C.2.a.2.b.i']!.title).toBe('Intravenous rehydration');
    expect(bySection['II']!.title).toBe('Selection of Principal Diagnosis');
  });

  it('stops before the appendix', () => {
    expect(paragraphs.some((p) => /Present on Admission/.test(p.text))).toBe(false);
  });
});
