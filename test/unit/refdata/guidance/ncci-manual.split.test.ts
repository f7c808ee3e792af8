import { describe, expect, it } from 'vitest';
import { splitNcciManual } from '../../../../src/refdata/guidance/ncci-manual.split.js';

// The manual's shape in miniature: a chapter's table of contents, its body with lettered sections and
// numbered items, page footers that fall mid-sentence, and the next chapter's cover.
const MANUAL = `CHAPTER IX
RADIOLOGY SERVICES
Table of Contents
A. Introduction ........................................ IX-3
C. Non-interventional Diagnostic Imaging ........... IX-5
Revision Date (Medicare): 1/1/2026
IX-2
Chapter IX
Radiology Services
CPT Codes 70000 - 79999
A. Introduction
The principles of correct coding apply to the codes in the range 70000-79999.
B. Evaluation & Management (E&M) Services
A separate E&M service is not reported for the limited interaction of an invasive
procedure.
C. Non-interventional Diagnostic Imaging
Diagnostic imaging includes standard radiographs.
1. If imaging studies are repeated due to substandard quality, only one unit of
Revision Date (Medicare): 1/1/2026
IX-5
service may be reported.
2. Fluoroscopy is inherent in many procedures. It is not reported separately. Views
3 and 4 are part of the series.
4. This number skips a step, so it is text of item 2.
CHAPTER X
PATHOLOGY
`;

describe('NCCI Policy Manual splitter', () => {
  const paragraphs = splitNcciManual(MANUAL);
  const bySection = Object.fromEntries(paragraphs.map((p) => [p.section, p]));

  it('cites lettered sections and their numbered items as a coder does', () => {
    expect(paragraphs.map((p) => p.section)).toEqual([
      'ch. IX §A',
      'ch. IX §B',
      'ch. IX §C',
      'ch. IX §C.1',
      'ch. IX §C.2',
    ]);
  });

  it('keeps the chapter, its code range and the section title with each paragraph', () => {
    expect(bySection['ch. IX §C.2']).toMatchObject({
      title: 'Non-interventional Diagnostic Imaging',
      chapter: 'Chapter IX – Radiology Services',
      codeRanges: ['70000-79999'],
    });
  });

  it('joins a sentence broken by a page footer and leaves the footer out', () => {
    expect(bySection['ch. IX §C.1']!.text).toBe(
      'If imaging studies are repeated due to substandard quality, only one unit of service may be reported.',
    );
  });

  it('reads a line that only looks like the next item as text', () => {
    expect(bySection['ch. IX §C.2']!.text).toBe(
      'Fluoroscopy is inherent in many procedures. It is not reported separately. Views 3 and 4 are part of the series. 4. This number skips a step, so it is text of item 2.',
    );
  });

  it('leaves out the table of contents and the next chapter cover', () => {
    expect(paragraphs.some((p) => /\.{5}|PATHOLOGY/.test(p.text))).toBe(false);
  });
});
