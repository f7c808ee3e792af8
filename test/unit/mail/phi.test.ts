import { describe, expect, it } from 'vitest';
import { detectPhi } from '../../../src/mail/phi.js';

describe('possible patient identifiers', () => {
  it('flags record numbers, birth dates, SSNs, Medicare ids and patient names with their spans', () => {
    const text =
      'Pt name: John Smith, MRN: 00451234, DOB 04/12/1956, SSN 123-45-6789, MBI 1EG4-TE5-MK73. Coding 32555.';
    const kinds = detectPhi(text).map((f) => f.kind);
    expect(kinds).toEqual(expect.arrayContaining(['patient_name', 'mrn', 'birth_date', 'ssn', 'mbi']));
    const mrn = detectPhi(text).find((f) => f.kind === 'mrn')!;
    expect(text.slice(mrn.start, mrn.end)).toBe('MRN: 00451234');
  });

  it('does not flag codes, dates of service or modifiers', () => {
    expect(detectPhi('Can 32555 be billed with 76942-26 on DOS 03/04/2025? J91.0, modifier 59.')).toEqual([]);
  });
});
