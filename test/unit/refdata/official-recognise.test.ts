// Files of a release are recognised by their CMS/CDC names: dataset, edition and first day; the parts
// of a PTP edition are gathered, and one packaging of an edition is chosen.
import { describe, expect, it } from 'vitest';
import { recognise } from '../../../src/refdata/official/recognise.js';
import { planRelease } from '../../../src/refdata/official/release-plan.js';

const identity = (name: string) => {
  const r = recognise(name);
  return r.kind === 'layout'
    ? {
        dataset: r.identity.dataset,
        version: r.identity.version,
        from: r.identity.effectiveFrom,
        format: r.format.kind,
      }
    : r;
};

describe('recognising official files by name', () => {
  it.each([
    ['ccipra-v322r0-f1.txt', 'ptp_practitioner', '2026 Q3', '2026-07-01', 'tsv'],
    ['ccioph-v323r0-f4.xlsx', 'ptp_hospital', '2026 Q4', '2026-10-01', 'xlsx'],
    ['ccipra-v310r1-f2.TXT', 'ptp_practitioner', '2025 Q1', '2025-01-01', 'tsv'],
    ['MCR_MUE_PractitionerServices_Eff_07-01-2026.csv', 'mue_practitioner', '2026 Q3', '2026-07-01', 'csv'],
    [
      'MCR_MUE_OutpatientHospitalServices_Eff_10-01-2026.xlsx',
      'mue_hospital',
      '2026 Q4',
      '2026-10-01',
      'xlsx',
    ],
    ['MCR_MUE_DMESupplierServices_Eff_01-01-2026.csv', 'mue_dme', '2026 Q1', '2026-01-01', 'csv'],
    ['AOC_V2026Q2-MCR.xlsx', 'addon', '2026 Q2', '2026-04-01', 'xlsx'],
    ['PPRRVU2026_Jul_nonQPP.csv', 'pfs_rvu', '2026 C', '2026-07-01', 'csv'],
    ['PPRRVU25_OCT.xlsx', 'pfs_rvu', '2025 D', '2025-10-01', 'xlsx'],
    ['GPCI2026.csv', 'pfs_gpci', 'CY2026', '2026-01-01', 'csv'],
    ['25LOCCO.csv', 'pfs_locality', 'CY2025', '2025-01-01', 'csv'],
    ['ANES2025.xlsx', 'pfs_anesthesia', 'CY2025', '2025-01-01', 'xlsx'],
    ['HCPC2026_OCT_ANWEB.txt', 'hcpcs', 'Oct 2026', '2026-10-01', 'fixed'],
    ['HCPC2024_JUL_ANWEB_v3.xlsx', 'hcpcs', 'Jul 2024', '2024-07-01', 'xlsx'],
    ['icd10cm-order-2026.txt', 'icd10cm', 'FY2026', '2025-10-01', 'fixed'],
    ['icd10cm_order_2025.txt', 'icd10cm', 'FY2025', '2024-10-01', 'fixed'],
    ['icd10pcs_order_2026.txt', 'icd10pcs', 'FY2026', '2025-10-01', 'fixed'],
  ])('%s is %s %s from %s', (name, dataset, version, from, format) => {
    expect(identity(name)).toEqual({ dataset, version, from, format });
  });

  it.each([
    ['PPRRVU2026_Jul_QPP.csv', /QPP variant/],
    ['PPRRVU2026_Jul_nonQPP.txt', /fixed-width copy/],
    ['icd10cm-codes-2026.txt', /repeats the order file/],
    ['icd10cm-order-addenda-2026.txt', /addenda/],
    ['icd10OrderFiles.pdf', /documentation/],
    ['OPPSCAP_JUL.csv', /OPPS payment caps/],
  ])('%s is passed over, and says why', (name, why) => {
    const r = recognise(name);
    expect(r.kind).toBe('skip');
    expect(r.kind === 'skip' && r.reason).toMatch(why);
  });

  it('does not take a layout sample or an unknown file for a release file', () => {
    expect(recognise('ccipra-v322r0-f1.LAYOUT-SAMPLE.txt').kind).toBe('unknown');
    expect(recognise('ccipra-v324r0-f1.txt').kind).toBe('unknown'); // there is no fifth quarter
    expect(recognise('notes.csv').kind).toBe('unknown');
  });
});

const file = (name: string) => ({ shownAs: `release.zip: ${name}`, name });

describe('planning a release', () => {
  it('gathers the four parts of a PTP edition in part order, preferring text to xlsx', () => {
    const names = [4, 2, 1, 3].flatMap((k) => [`ccipra-v323r0-f${k}.txt`, `ccipra-v323r0-f${k}.xlsx`]);
    const plan = planRelease(names.map(file));
    expect(plan.editions).toHaveLength(1);
    expect(plan.editions[0]!.files.map((f) => f.name)).toEqual(
      [1, 2, 3, 4].map((k) => `ccipra-v323r0-f${k}.txt`),
    );
    expect(plan.passedOver.map((p) => p.reason)).toEqual(
      Array(4).fill('the same edition in another packaging (ccipra-v323r0-f1.txt is loaded)'),
    );
  });

  it('refuses a PTP edition with a part missing or given twice, naming the parts', () => {
    const plan = planRelease(
      ['ccioph-v323r0-f1.txt', 'ccioph-v323r0-f2.txt', 'ccioph-v323r0-f4.txt'].map(file),
    );
    expect(plan.editions).toEqual([]);
    expect(plan.refused.map((r) => r.reason)).toEqual(
      Array(3).fill('part f3 of this edition missing: all 4 are needed'),
    );
  });

  it('loads the csv of an edition given as csv and xlsx, older editions first, and lists what it passes over', () => {
    const plan = planRelease(
      [
        'GPCI2026.xlsx',
        'GPCI2026.csv',
        'PPRRVU2026_Jul_nonQPP.csv',
        'PPRRVU2026_Apr_nonQPP.csv',
        'README.txt',
        'x.bin',
      ].map(file),
    );
    expect(plan.editions.map((e) => e.files[0]!.name)).toEqual([
      'PPRRVU2026_Apr_nonQPP.csv',
      'PPRRVU2026_Jul_nonQPP.csv',
      'GPCI2026.csv',
    ]);
    expect(plan.passedOver.map((p) => p.file.name)).toEqual(['README.txt', 'GPCI2026.xlsx']);
    expect(plan.refused).toEqual([]);
    expect(plan.unrecognised.map((f) => f.name)).toEqual(['x.bin']);
  });
});
