// readLookup turns refdata_lookup's rows, which come unsorted, into facts in the order a reply lists them.
import { describe, expect, it } from 'vitest';
import { readLookup } from '../../../src/coding/lookup-read.js';
import type { LookupEditions, LookupRow } from '../../../src/coding/lookup-sql.js';
import type { EditionRef } from '../../../src/refdata/refdata.types.js';

const edition = (id: number, dataset: string, label: string): EditionRef => ({
  id,
  dataset,
  label,
  effectiveFrom: '2024-07-01',
  effectiveTo: null,
});
const EDITIONS = [
  edition(2, 'ptp_practitioner', 'PTP 2024 Q3'),
  edition(1, 'ptp_rationale', 'Rationales 2024 Q3'),
  edition(4, 'mue_practitioner', 'MUE practitioner 2024 Q3'),
  edition(6, 'mue_dme', 'MUE DME 2024 Q3'),
  edition(8, 'addon', 'Add-on 2024 Q3'),
  edition(23, 'pfs_rvu', 'RVU 2025 D'),
];
const editions: LookupEditions = {
  catalog: { version: '1', editions: EDITIONS, byId: new Map(EDITIONS.map((e) => [e.id, e])) },
  inForce: new Map(EDITIONS.map((e) => [e.dataset, e])),
};

const rvu = (code: string, modifier: string | null, endoBase = '') => [
  code,
  modifier,
  'A',
  '1.00',
  '1.00',
  '1.00',
  '0.10',
  '2.10',
  '2.10',
  '1',
  'XXX',
  '0',
  '0',
  '0',
  '0',
  '0',
  '32.3465',
  endoBase,
];

const rows: LookupRow[] = [
  {
    section: 'ptp',
    facts: [
      ['32555', '76942', '1', null, '7', 'true'],
      ['32554', '32555', '0', '2020-12-31', '7', 'false'],
      ['32554', '32555', '0', null, '12', 'true'],
      ['32554', '32555', '0', '2023-06-30', '7', 'false'],
    ],
  },
  {
    section: 'rationale',
    facts: [
      ['7', 'Mutually exclusive procedures'],
      ['12', 'Standards of medical practice'],
    ],
  },
  {
    section: 'mue',
    facts: [
      ['76942', '4', '1', '2', null],
      ['76942', '6', '1', '1', null],
      ['32555', '4', '2', '3', 'Anatomic'],
    ],
  },
  {
    section: 'addon',
    facts: [
      ['64484', '64483', '1'],
      ['64484', '64480', '1'],
      ['22552', '22551', '1'],
    ],
  },
  { section: 'rvu', facts: [rvu('76942', 'TC'), rvu('76942', null), rvu('76942', '26'), rvu('32555', null)] },
  { section: 'rvu', facts: [rvu('45385', null, '45378')] },
  { section: 'rvu_base', facts: [rvu('45378', null)] },
];

describe('readLookup', () => {
  const result = readLookup(rows, '2024-08-15', 'practitioner', editions);

  it("lists a pair's edits together, the one in force longest first, with its rationale text", () => {
    expect(result.ptp.map((p) => [p.column1, p.column2, p.deleted, p.rationale])).toEqual([
      ['32554', '32555', null, 'Standards of medical practice'],
      ['32554', '32555', '2023-06-30', 'Mutually exclusive procedures'],
      ['32554', '32555', '2020-12-31', 'Mutually exclusive procedures'],
      ['32555', '76942', null, 'Mutually exclusive procedures'],
    ]);
    expect(result.ptp.every((p) => p.edition === 'PTP 2024 Q3' && p.setting === 'practitioner')).toBe(true);
  });

  it("lists MUEs by code, a code's DME value before the setting's own", () => {
    expect(result.mue.map((m) => [m.code, m.setting, m.value, m.edition])).toEqual([
      ['32555', 'practitioner', 2, 'MUE practitioner 2024 Q3'],
      ['76942', 'dme', 1, 'MUE DME 2024 Q3'],
      ['76942', 'practitioner', 1, 'MUE practitioner 2024 Q3'],
    ]);
  });

  it('lists add-on edits by add-on code, then primary', () => {
    expect(result.addOns.map((a) => `${a.addOn}<${a.primary}`)).toEqual([
      '22552<22551',
      '64484<64480',
      '64484<64483',
    ]);
  });

  it('lists RVU rows by code, the unmodified row before the modifiers', () => {
    expect(result.rvu.map((v) => [v.code, v.modifier])).toEqual([
      ['32555', null],
      ['45385', null],
      ['76942', null],
      ['76942', '26'],
      ['76942', 'TC'],
    ]);
    expect(result.rvu[0]).toMatchObject({
      workRvu: 1,
      mpRvu: 0.1,
      conversionFactor: 32.3465,
      edition: 'RVU 2025 D',
    });
  });

  it("reads an endoscopy's base code, and the base's own row apart from the asked codes' rows", () => {
    expect(result.rvu.find((v) => v.code === '45385')!.endoBase).toBe('45378');
    expect(result.rvu.find((v) => v.code === '32555')!.endoBase).toBeNull();
    expect(result.endoscopyBases!.map((v) => [v.code, v.edition])).toEqual([['45378', 'RVU 2025 D']]);
  });
});
