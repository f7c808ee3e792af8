import { describe, expect, it } from 'vitest';
import { detectPhi, detectPhiInMessage } from '../../../src/mail/phi.js';

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

  const message = (m: Partial<Parameters<typeof detectPhiInMessage>[0]>) =>
    detectPhiInMessage({
      subject: '32555 and 76942',
      text: 'Is 76942 bundled?',
      html: null,
      attachmentNames: [],
      ...m,
    });
  const where = (flags: ReturnType<typeof detectPhiInMessage>) => flags.map((f) => `${f.part}:${f.kind}`);

  it('reads the whole body, quoted history and signature included, not only the question', () => {
    const text =
      'Is 76942 bundled with 32555?\n\nThanks, Dana\n\n> On Monday you wrote:\n> Patient: Mary Jones, MRN 99812345';
    expect(where(message({ text }))).toEqual(['body:patient_name', 'body:mrn']);
  });

  it('reads an HTML part whose text differs from the plain one', () => {
    const html = '<p>Is 76942 bundled?</p><table><tr><td>DOB:</td><td>04/12/1956</td></tr></table>';
    expect(where(message({ html }))).toEqual(['html:birth_date']);
  });

  it("reads the attachments' names", () => {
    const attachmentNames = [
      'Smith_John_DOB_04-12-1956.pdf',
      'MRN00451234 op note.docx',
      null,
      'op-note.pdf',
    ];
    expect(where(message({ attachmentNames }))).toEqual(['attachment:birth_date', 'attachment:mrn']);
  });

  it('flags the subject too', () => {
    expect(where(message({ subject: 'Mrs. Garcia, 99213 with 25?' }))).toEqual(['subject:patient_name']);
  });

  it('stays linear on hostile text: a long run of spaces after a label, a flood of unclosed tags', () => {
    const spaces = `MRN${' '.repeat(200_000)}x`;
    const tags = '<'.repeat(200_000);
    expect(message({ text: spaces, html: tags })).toEqual([]);
  });
});
