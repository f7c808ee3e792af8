import { describe, expect, it } from 'vitest';
import { editionMeta, versionFromFileName } from '../../../src/refdata/edition-meta.js';

describe('edition version and effective date from a CMS/CDC file name', () => {
  it.each([
    ['ptp_practitioner_2024q3.csv', '2024 Q3', '2024-07-01'],
    ['aoc_2024q2_full.csv', '2024 Q2', '2024-04-01'],
    ['hcpcs_level2_2024jul.csv', 'Jul 2024', '2024-07-01'],
    ['icd10cm_fy2026_codes.csv', 'FY2026', '2025-10-01'],
    ['pprrvu_2025_oct_rvu25d.csv', '2025 D', '2025-10-01'],
  ])('%s is %s, in force from %s', (name, version, effectiveFrom) => {
    expect(versionFromFileName(name)).toEqual({ version, effectiveFrom });
  });

  it("an operator's label and date win over the file name", () => {
    expect(
      editionMeta('NCCI PTP practitioner', 'ptp_practitioner_2024q3.csv', {
        label: 'Custom',
        effective: '2024-07-15',
      }),
    ).toEqual({
      label: 'Custom',
      version: '2024 Q3',
      effectiveFrom: '2024-07-15',
    });
  });

  it('a file name without a date needs --effective', () => {
    expect(() => editionMeta('CPT descriptors (licensed)', 'LONGULT.txt', {})).toThrow(/pass --effective/);
  });
});
