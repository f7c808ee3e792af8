// `refdata status`: the dates of service each edition covers, then the stale datasets for the day.
import { describe, expect, it } from 'vitest';
import { statusLines } from '../../../src/cli/refdata-status.output.js';
import type { EditionRow } from '../../../src/refdata/repositories/edition.repository.js';

const row = (id: number, dataset: string, label: string, from: string, to: string | null): EditionRow => ({
  id,
  dataset,
  label,
  version: '',
  effective_from: from,
  effective_to: to,
  source_file: '',
  sha256: '',
  row_count: 10,
  loaded_at: new Date(),
});

describe('refdata status', () => {
  it('shows the days each edition covers, a replaced load, and the stale datasets first', () => {
    const lines = statusLines(
      [
        row(1, 'pfs_gpci', 'PFS GPCI CY2026', '2026-01-01', null),
        row(2, 'ptp_practitioner', 'NCCI PTP practitioner 2024 Q3', '2024-07-01', '2026-10-01'),
        row(3, 'ptp_practitioner', 'NCCI PTP practitioner 2026 Q4', '2026-10-01', '2026-10-01'),
        row(4, 'ptp_practitioner', 'NCCI PTP practitioner 2026 Q4', '2026-10-01', null),
      ],
      '2026-12-03',
    );
    expect(lines.slice(1, 5).map((l) => l.replace(/\s+/g, ' ').trim())).toEqual([
      'pfs_gpci PFS GPCI CY2026 10 rows 2026-01-01 .. on',
      'ptp_practitioner NCCI PTP practitioner 2024 Q3 10 rows 2024-07-01 .. 2026-09-30',
      'ptp_practitioner NCCI PTP practitioner 2026 Q4 10 rows none (a later load of the same first day replaces it)',
      'ptp_practitioner NCCI PTP practitioner 2026 Q4 10 rows 2026-10-01 .. on',
    ]);
    expect(lines[5]).toBe('for 2026-12-03:');
    expect(lines[6]).toBe('  stale    NCCI PTP hospital: none loaded; 2026 Q4 applies from 2026-10-01');
    expect(lines.filter((l) => l.startsWith('  current'))).toEqual([
      '  current  NCCI PTP practitioner: 2026 Q4 is current (2026 Q4 applies from 2026-10-01)',
      '  current  PFS GPCI: CY2026 is current (CY2026 applies from 2026-01-01)',
    ]);
  });
});
