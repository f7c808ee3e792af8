import { describe, expect, it } from 'vitest';
import { applicableEdition, cadenceOf, staleFor } from '../../../src/coding/edition-currency.js';
import type { EditionRef } from '../../../src/refdata/refdata.types.js';

const edition = (dataset: string, label: string, effectiveFrom: string): EditionRef => ({
  id: 1,
  dataset,
  label,
  effectiveFrom,
  effectiveTo: null,
});

describe('which edition applies to a date', () => {
  it('NCCI, MUE, add-on edits and HCPCS change every quarter', () => {
    expect(cadenceOf('ptp_practitioner')).toBe('quarterly');
    expect(cadenceOf('mue_dme')).toBe('quarterly');
    expect(applicableEdition('quarterly', '2026-12-03')).toEqual({ from: '2026-10-01', label: '2026 Q4' });
  });

  it('ICD-10 changes on October 1, the start of the fiscal year', () => {
    expect(applicableEdition('fiscal-year', '2026-12-03')).toEqual({ from: '2026-10-01', label: 'FY2027' });
    expect(applicableEdition('fiscal-year', '2026-09-30')).toEqual({ from: '2025-10-01', label: 'FY2026' });
  });

  it('the PFS has quarterly releases A to D', () => {
    expect(applicableEdition('pfs', '2026-05-10')).toEqual({ from: '2026-04-01', label: '2026 B' });
  });

  it('an edition older than the one that applies is stale; a current one is not', () => {
    const ptp = edition('ptp_practitioner', 'NCCI PTP practitioner 2024 Q3', '2024-07-01');
    expect(staleFor(ptp, '2026-12-03')?.applies.label).toBe('2026 Q4');
    expect(staleFor(ptp, '2024-08-15')).toBeNull();
    expect(staleFor(edition('icd10cm', 'ICD-10-CM FY2026', '2025-10-01'), '2026-03-01')).toBeNull();
  });
});
