import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/coding/extract.js';

describe('date of service', () => {
  const dos = (text: string, today?: string) => extractMentions(text, { today }).dateOfService;

  it('reads 03/04/2025, 2025-03-04, March 4, 2025, 4 March 2025 and DOS 3/4/25 as ISO', () => {
    for (const t of [
      'on 03/04/2025',
      'DOS 2025-03-04',
      'On March 4, 2025',
      'performed 4 March 2025',
      'DOS 3/4/25',
    ])
      expect(dos(t)).toBe('2025-03-04');
  });

  it('takes the year from today when the text gives none ("DOS 3/4")', () => {
    expect(dos('DOS 3/4 for 99214', '2026-05-01')).toBe('2026-03-04');
  });

  it('prefers the date called DOS over a date of birth', () => {
    expect(dos('DOB 07/22/1951, seen 02/10/2025')).toBe('2025-02-10');
  });

  it('is null when only a year is written', () => {
    expect(dos('Is 32420 still active for 2026?')).toBeNull();
  });
});

describe('setting', () => {
  const setting = (text: string) => extractMentions(text).setting;

  it('office, practitioner and professional billing read as practitioner', () => {
    expect(setting('in the office setting')).toBe('practitioner');
    expect(setting('pro fee billing')).toBe('practitioner');
  });

  it('hospital outpatient, facility, OPPS and ASC read as hospital', () => {
    for (const t of ['hospital outpatient claim', 'facility side', 'under OPPS', 'in the ASC'])
      expect(setting(t)).toBe('hospital');
  });

  it('is null when the text says neither', () => {
    expect(setting('Is 32555 bundled with 76942?')).toBeNull();
  });
});

describe('question types', () => {
  const types = (text: string) => extractMentions(text).questionTypes[0];

  it("labels the shared examples' kinds of questions", () => {
    expect(types('Is 76942 separately payable with 32555, and would modifier 59 get it paid?')).toBe(
      'bundling-PTP',
    );
    expect(types('What is the difference between 32554 and 32555?')).toBe('definition');
    expect(types('How many units of 62329 can we report?')).toBe('units-MUE');
    expect(types('Which ICD-10-CM goes with a malignant pleural effusion, J91.0 plus C34.91?')).toBe(
      'diagnosis-selection',
    );
    expect(types('Is 32960 payable by Medicare and what documentation do we need?')).toBe('coverage');
    expect(types('What is the global period of 32420?')).toBe('global-period');
    expect(types('Do we use 32557-50 or 32557-RT and 32557-LT?')).toBe('modifier');
    expect(types('Who do we call at the MAC?')).toBe('other');
  });

  it('gives a confidence between 0 and 1', () => {
    const c = extractMentions('Is 76942 separately payable with 32555?').questionTypeConfidence;
    expect(c).toBeGreaterThan(0.5);
    expect(c).toBeLessThanOrEqual(1);
  });
});
