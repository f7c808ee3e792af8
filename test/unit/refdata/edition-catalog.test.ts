import { describe, expect, it } from 'vitest';
import type { EditionRef } from '../../../src/refdata/refdata.types.js';
import { editionsInForce, type EditionCatalog } from '../../../src/refdata/edition-catalog.js';

const edition = (id: number, dataset: string, effectiveFrom: string): EditionRef => ({
  id,
  dataset,
  label: `${dataset} #${id}`,
  effectiveFrom,
  effectiveTo: null,
});

/** As readEditionCatalog orders them: by dataset, effective date, id. */
function catalogOf(...editions: EditionRef[]): EditionCatalog {
  const sorted = [...editions].sort(
    (a, b) =>
      a.dataset.localeCompare(b.dataset) || a.effectiveFrom.localeCompare(b.effectiveFrom) || a.id - b.id,
  );
  return { version: '1', editions: sorted, byId: new Map(sorted.map((e) => [e.id, e])) };
}

describe('editionsInForce', () => {
  const catalog = catalogOf(
    edition(1, 'ptp_practitioner', '2024-07-01'),
    edition(2, 'ptp_practitioner', '2024-10-01'),
    edition(3, 'mue_practitioner', '2024-07-01'),
    edition(4, 'ptp_practitioner', '2024-10-01'), // the same quarter loaded again from a corrected file
  );

  it('uses the latest edition that started on or before the date', () => {
    expect(editionsInForce(catalog, '2024-08-15').get('ptp_practitioner')?.id).toBe(1);
    expect(editionsInForce(catalog, '2024-09-30').get('ptp_practitioner')?.id).toBe(1);
  });

  it('starts an edition on its effective date, and the later load of a quarter wins', () => {
    expect(editionsInForce(catalog, '2024-10-01').get('ptp_practitioner')?.id).toBe(4);
    expect(editionsInForce(catalog, '2031-01-01').get('ptp_practitioner')?.id).toBe(4);
  });

  it('falls back to the earliest edition for a date before all of them', () => {
    expect(editionsInForce(catalog, '2019-03-04').get('ptp_practitioner')?.id).toBe(1);
  });

  it('keeps datasets apart, and has nothing for a dataset never loaded', () => {
    expect(editionsInForce(catalog, '2025-01-01').get('mue_practitioner')?.id).toBe(3);
    expect(editionsInForce(catalog, '2025-01-01').get('addon')).toBeUndefined();
  });

  it("prices a date with its own year's fee schedule, even a release that starts later that year", () => {
    const pfs = catalogOf(
      edition(10, 'pfs_rvu', '2025-10-01'),
      edition(11, 'pfs_rvu', '2026-07-01'),
      edition(12, 'ptp_practitioner', '2025-10-01'),
      edition(13, 'ptp_practitioner', '2026-07-01'),
    );
    expect(editionsInForce(pfs, '2026-03-10').get('pfs_rvu')?.id).toBe(11);
    expect(editionsInForce(pfs, '2025-12-31').get('pfs_rvu')?.id).toBe(10);
    expect(editionsInForce(pfs, '2027-02-01').get('pfs_rvu')?.id).toBe(11);
    // Quarterly edits are no calendar-year schedule: the quarter in force stays.
    expect(editionsInForce(pfs, '2026-03-10').get('ptp_practitioner')?.id).toBe(12);
  });
});
