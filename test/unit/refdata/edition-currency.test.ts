// Which datasets are stale for a date: the edition a look-up uses then, against the one CMS or CDC put
// in force by their publication cadence. "Today" is fixed here: 3 December 2026.
import { describe, expect, it } from 'vitest';
import type { EditionRef } from '../../../src/refdata/refdata.types.js';
import { dueEdition, editionCurrency } from '../../../src/refdata/edition-currency.js';

const TODAY = '2026-12-03';
let id = 0;
const e = (dataset: string, label: string, effectiveFrom: string): EditionRef => ({
  id: ++id,
  dataset,
  label,
  effectiveFrom,
  effectiveTo: null,
});

const SHIPPED = [
  e('ptp_practitioner', 'NCCI PTP practitioner 2024 Q3', '2024-07-01'),
  e('ptp_hospital', 'NCCI PTP hospital 2024 Q3', '2024-07-01'),
  e('mue_practitioner', 'NCCI MUE practitioner 2024 Q3', '2024-07-01'),
  e('addon', 'NCCI add-on code edits 2024 Q3', '2024-07-01'),
  e('addon', 'NCCI add-on code edits 2026 Q2', '2026-04-01'),
  e('hcpcs', 'HCPCS Level II Jul 2024', '2024-07-01'),
  e('icd10cm', 'ICD-10-CM FY2026', '2025-10-01'),
  e('icd10pcs', 'ICD-10-PCS FY2026', '2025-10-01'),
  e('pfs_rvu', 'PFS RVU 2025 D', '2025-10-01'),
  e('pfs_rvu', 'PFS RVU 2026 C', '2026-07-01'),
  e('pfs_gpci', 'PFS GPCI CY2026', '2026-01-01'),
];

const byDataset = (date: string, editions = SHIPPED) =>
  Object.fromEntries(editionCurrency(editions, date).map((c) => [c.dataset, c]));

describe('the edition due on a date', () => {
  it('follows each publisher cadence', () => {
    expect(dueEdition('ptp_practitioner', 'quarterly', TODAY)).toEqual({
      version: '2026 Q4',
      effectiveFrom: '2026-10-01',
    });
    expect(dueEdition('hcpcs', 'quarterly', '2026-05-31')).toEqual({
      version: 'Apr 2026',
      effectiveFrom: '2026-04-01',
    });
    expect(dueEdition('icd10cm', 'fiscal-year', '2026-09-30')).toEqual({
      version: 'FY2026',
      effectiveFrom: '2025-10-01',
    });
    expect(dueEdition('icd10cm', 'fiscal-year', '2026-10-01')).toEqual({
      version: 'FY2027',
      effectiveFrom: '2026-10-01',
    });
    expect(dueEdition('pfs_rvu', 'pfs-release', TODAY)).toEqual({
      version: '2026 D',
      effectiveFrom: '2026-10-01',
    });
    expect(dueEdition('pfs_gpci', 'yearly', TODAY)).toEqual({
      version: 'CY2026',
      effectiveFrom: '2026-01-01',
    });
  });
});

describe('stale datasets for a fixed today', () => {
  it('says which edition is loaded and which applies, for each dataset with a cadence', () => {
    const c = byDataset(TODAY);
    expect(c.ptp_practitioner!.message).toBe(
      'NCCI PTP practitioner: newest loaded 2024 Q3; 2026 Q4 applies from 2026-10-01',
    );
    expect(c.addon!.message).toBe(
      'NCCI add-on code edits: newest loaded 2026 Q2; 2026 Q4 applies from 2026-10-01',
    );
    expect(c.hcpcs!.message).toBe('HCPCS Level II: newest loaded Jul 2024; Oct 2026 applies from 2026-10-01');
    expect(c.icd10cm!.message).toBe('ICD-10-CM: newest loaded FY2026; FY2027 applies from 2026-10-01');
    expect(c.pfs_rvu!.message).toBe('PFS RVU: newest loaded 2026 C; 2026 D applies from 2026-10-01');
    expect(c.pfs_gpci).toMatchObject({
      stale: false,
      message: 'PFS GPCI: CY2026 is current (CY2026 applies from 2026-01-01)',
    });
    expect(c.mue_dme).toMatchObject({
      stale: true,
      inForce: null,
      message: 'NCCI MUE DME supplier: none loaded; 2026 Q4 applies from 2026-10-01',
    });
    expect(
      Object.values(c)
        .filter((x) => !x.stale)
        .map((x) => x.dataset),
    ).toEqual(['pfs_gpci']);
  });

  it('judges a date of service by the edition in force then, not the newest', () => {
    const c = byDataset('2026-05-15');
    expect(c.addon).toMatchObject({ stale: false, inForceVersion: '2026 Q2' });
    expect(c.pfs_rvu!.message).toBe(
      'PFS RVU: 2026 C (from 2026-07-01) used for 2026-05-15, the nearest release of that year; 2026 B applies from 2026-04-01',
    );
    expect(c.icd10cm!.stale).toBe(false);
  });

  it('flags a date earlier than every loaded edition', () => {
    expect(byDataset('2023-02-01').ptp_hospital!.message).toBe(
      'NCCI PTP hospital: nothing loaded for 2023-02-01 (the earliest loaded is 2024 Q3, from 2024-07-01); 2023 Q1 applies from 2023-01-01',
    );
  });

  it('is current once the due edition is loaded, even one loaded ahead of its date', () => {
    const loaded = [
      ...SHIPPED,
      e('ptp_practitioner', 'NCCI PTP practitioner 2026 Q4', '2026-10-01'),
      e('ptp_practitioner', 'NCCI PTP practitioner 2027 Q1', '2027-01-01'),
    ];
    expect(byDataset(TODAY, loaded).ptp_practitioner).toMatchObject({
      stale: false,
      inForceVersion: '2026 Q4',
    });
  });
});
