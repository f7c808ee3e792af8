import { describe, expect, it } from 'vitest';
import { reviewFlags } from '../../../src/drafting/review-flags.js';
import { draftInput, findingsFixture } from './findings-fixture.js';

const codes = (flags: { code: string }[]) => flags.map((f) => f.code);

describe('review flags (for the desk, never sent)', () => {
  it('flags unknown codes, a missing date of service and low confidence in the question type', () => {
    const flags = reviewFlags(draftInput('request_info', findingsFixture('request-info')));
    expect(codes(flags)).toEqual(
      expect.arrayContaining(['unknown_code', 'no_date_of_service', 'low_confidence']),
    );
    expect(flags.find((f) => f.code === 'unknown_code')?.message).toBe('Unknown codes: 32559');
  });

  it('flags a deleted code with its date, and a not-billable diagnosis', () => {
    expect(reviewFlags(draftInput('answer', findingsFixture('deleted-32420')))).toContainEqual({
      code: 'deleted_code',
      severity: 'warning',
      message: 'Deleted codes: 32420 (deleted 2019-01-01)',
    });
    expect(codes(reviewFlags(draftInput('answer', findingsFixture('dx-j91-not-billable'))))).toContain(
      'not_billable',
    );
  });

  it('flags editions older than their update cycle, or newer than the date of service', () => {
    const flag = reviewFlags(draftInput('answer', findingsFixture('ex-01-thoracentesis-guidance'))).find(
      (f) => f.code === 'stale_edition',
    );
    expect(flag?.message).toContain(
      'NCCI PTP practitioner 2024 Q3 is older than the 2025 Q1 edition that applies from 2025-01-01',
    );
    expect(flag?.message).toContain('PFS RVU 2025 D starts 2025-10-01, after 2025-03-04');
  });

  it('flags codes read from different editions of one code set', () => {
    const f = findingsFixture('dx-j91-not-billable');
    const mixed = {
      ...f,
      codes: f.codes.map((c, i) => (i === 0 ? { ...c, edition: 'ICD-10-CM FY2025' } : c)),
    };
    expect(reviewFlags(draftInput('answer', mixed)).find((x) => x.code === 'mixed_editions')?.message).toBe(
      'Codes from different icd10cm editions: ICD-10-CM FY2026, ICD-10-CM FY2025',
    );
  });

  it('flags possible patient identifiers by kind, never by content', () => {
    const input = draftInput('answer', findingsFixture('ex-01-thoracentesis-guidance'), {
      phiFlags: [{ kind: 'dob' }, { kind: 'mrn' }, { kind: 'dob' }],
    });
    expect(reviewFlags(input)).toContainEqual({
      code: 'possible_phi',
      severity: 'warning',
      message: 'Possible patient identifiers in the message: dob, mrn',
    });
  });

  it('a clean answer for a current date raises nothing', () => {
    const f = findingsFixture('dx-j91-not-billable');
    const clean = { ...f, codes: f.codes.slice(1), dateOfService: '2025-11-03', effectiveDate: '2025-11-03' };
    expect(reviewFlags(draftInput('answer', clean))).toEqual([]);
  });

  it('a rejection only carries what concerns the mail itself', () => {
    const input = draftInput('rejection', findingsFixture('rejection'), { phiFlags: [{ kind: 'name' }] });
    expect(codes(reviewFlags(input))).toEqual(['possible_phi']);
  });
});
