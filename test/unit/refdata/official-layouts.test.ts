// Each official layout read from a fixture built to CMS's published layout (header blocks and notice
// lines included), or from an xlsx of the same rows; a file that breaks its layout is refused with its
// line and the reason.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OfficialLayout, RowValues } from '../../../src/refdata/official/layout.types.js';
import { HCPCS_LAYOUT, HCPCS_XLSX_HEADER } from '../../../src/refdata/official/layouts-codes.js';
import { fixedCells } from '../../../src/refdata/official/record-readers.js';
import { officialRows } from '../../../src/refdata/official/official-rows.js';
import { readPtpText } from '../../../src/refdata/official/ptp-text.js';
import { recognise } from '../../../src/refdata/official/recognise.js';
import { writeXlsx } from '../../helpers/xlsx-writer.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/refdata/official');
const scratch = () => mkdtemp(join(tmpdir(), 'codedesk-layouts-'));

async function rows(path: string): Promise<{ line: number; values: RowValues }[]> {
  const r = recognise(basename(path));
  if (r.kind !== 'layout') throw new Error(`${path} not recognised`);
  const out = [];
  for await (const row of officialRows(path, r.layout as OfficialLayout, r.format, {
    dataset: r.identity.dataset,
  }))
    out.push(row);
  return out;
}

/** The fixture's text records as xlsx rows (tab- or fixed-separated files re-laid as cells). */
const tsvAsSheet = async (path: string) =>
  (await readFile(path, 'latin1'))
    .split(/\r?\n/)
    .filter(Boolean)
    .map((l) => l.split('\t'));

describe('NCCI PTP parts', () => {
  it('skip the copyright and four header lines and keep dates, indicator and rationale words', async () => {
    const read = await rows(join(FIXTURES, 'ccipra-v323r0-f1.txt'));
    expect(read[0]).toEqual({
      line: 7,
      values: ['0001A', '0591T', '20231231', '1', 'CPT Manual or CMS manual coding instruction', '20100101'],
    });
    expect(read.find((r) => r.values[0] === '20610')!.values).toEqual([
      '20610',
      '76942',
      '*',
      '1',
      'CPT Manual or CMS manual coding instruction',
      '20100101',
    ]);
  });

  it('read the same from the xlsx, its header in one row', async () => {
    const sheet = await tsvAsSheet(join(FIXTURES, 'ccipra-v323r0-f2.txt'));
    const header = [
      'Column 1',
      'Column 2',
      '*=in existence\nprior to 1996',
      'Effective\nDate',
      'Deletion\nDate\n*=no data',
      'Modifier\n0=not allowed\n1=allowed\n9=not applicable',
      'PTP Edit Rationale',
    ];
    const file = join(await scratch(), 'ccipra-v323r0-f2.xlsx');
    await writeXlsx(file, [sheet[0]!, header, ...sheet.slice(6)], { shared: true });
    expect((await rows(file)).map((r) => r.values)).toEqual(
      (await rows(join(FIXTURES, 'ccipra-v323r0-f2.txt'))).map((r) => r.values),
    );
  });

  it('refuse a line with a bad date, naming the line and the column', async () => {
    const text = await readFile(join(FIXTURES, 'ccipra-v323r0-f2.txt'), 'latin1');
    const lines = text.split('\r\n');
    lines[8] = lines[8]!.replace(/\t\d{8}\t/, '\t2010133\t');
    const file = join(await scratch(), 'ccipra-v323r0-f2.txt');
    await writeFile(file, lines.join('\r\n'), 'latin1');
    await expect(rows(file)).rejects.toThrow(
      'ptp_practitioner: line 9, column "effective": expected a date (YYYYMMDD) (got "2010133"); nothing was loaded',
    );
  });
});

describe('the PTP text reader (the fast path of the text parts)', () => {
  const viaText = async (path: string) => {
    const edits: string[][] = [];
    await readPtpText(
      path,
      'ptp_practitioner',
      (e) => edits.push(e),
      async () => {},
    );
    return edits;
  };

  it('gives the edits the layout gives, for every part', async () => {
    for (const k of [1, 2, 3, 4]) {
      const path = join(FIXTURES, `ccioph-v323r0-f${k}.txt`);
      expect(await viaText(path)).toEqual((await rows(path)).map((r) => r.values));
    }
  });

  it('refuses a malformed line with the same line, column and reason', async () => {
    const text = await readFile(join(FIXTURES, 'ccipra-v323r0-f4.txt'), 'latin1');
    const dir = await scratch();
    for (const [i, from, to] of [
      [7, /^\w{5}/, '3255'],
      [8, /\t\d{8}\t/, '\t\t'],
      [9, /\t[019]\t/, '\t2\t'],
      [10, /\t[^\t]+$/, '\t'],
    ] as const) {
      const lines = text.split('\r\n');
      lines[i] = lines[i]!.replace(from, to);
      const path = join(dir, 'ccipra-v323r0-f4.txt');
      await writeFile(path, lines.join('\r\n'), 'latin1');
      const generic = await rows(path).then(
        () => 'loaded',
        (e: Error) => e.message,
      );
      expect(
        await viaText(path).then(
          () => 'loaded',
          (e: Error) => e.message,
        ),
      ).toBe(generic);
      expect(generic).toMatch(new RegExp(`^ptp_practitioner: line ${i + 1}, column`));
    }
  });
});

describe('MUE files', () => {
  it('read past the AMA notice cell and the two-line code header; the indicator is split from its meaning', async () => {
    const read = await rows(join(FIXTURES, 'MCR_MUE_PractitionerServices_Eff_10-01-2026.csv'));
    expect(read.find((r) => r.values[0] === '32555')!.values).toEqual([
      '32555',
      '2',
      '3',
      'Date of Service Edit: Clinical',
      'Clinical: Data',
    ]);
    expect(read[0]!.line).toBe(10);
  });

  it('refuse a file whose header is not the MUE header', async () => {
    const file = join(await scratch(), 'MCR_MUE_DMESupplierServices_Eff_10-01-2026.csv');
    await writeFile(file, 'hcpcs_code,mue_value,mai\nA4206,0,3\n');
    await expect(rows(file)).rejects.toThrow(
      /line 1: no NCCI MUE header in the first 40 lines \(expected columns code, value, mai, rationale\)/,
    );
  });

  it('read the xlsx the same way', async () => {
    const file = join(await scratch(), 'MCR_MUE_DMESupplierServices_Eff_10-01-2026.xlsx');
    await writeXlsx(file, [
      ['CPT copyright notice'],
      ['HCPCS/\nCPT Code', 'DME Supplier Services MUE Values', 'MUE Adjudication Indicator', 'MUE Rationale'],
      ['A4206', '0', '3 Date of Service Edit: Clinical', 'CMS Policy'],
    ]);
    expect((await rows(file)).map((r) => r.values)).toEqual([
      ['A4206', '0', '3', 'Date of Service Edit: Clinical', 'CMS Policy'],
    ]);
  });
});

describe('HCPCS Level II', () => {
  it('reads the fixed-width ANWEB records: continuation records join the long description; modifiers, CPT and D rows are dropped', async () => {
    const read = await rows(join(FIXTURES, 'HCPC2026_OCT_ANWEB.txt'));
    expect(read.map((r) => r.values[0])).toEqual([
      'A0021',
      'A4206',
      'E0100',
      'G0471',
      'J1100',
      'K0001',
      'L3000',
      'V2020',
    ]);
    const cane = read.find((r) => r.values[0] === 'E0100')!.values;
    expect(cane.slice(0, 10)).toEqual([
      'E0100',
      'Cane, includes canes of all materials, adjustable or fixed, with tip',
      'Cane adjust/fixed with tip',
      '32',
      'A',
      'D',
      'D1E',
      'A:P:R',
      'N',
      '60-3, 60-9',
    ]);
    expect(cane.slice(-4)).toEqual([null, '1986-01-01', null, '1996-01-01']);
    const long = read.find((r) => r.values[0] === 'G0471')!.values[1]!;
    expect(long.length).toBeGreaterThan(80); // continued on a RECID 4 record
  });

  it('reads the xlsx of the same layout, one row per record', async () => {
    const text = await readFile(join(FIXTURES, 'HCPC2026_OCT_ANWEB.txt'), 'latin1');
    const format = HCPCS_LAYOUT.format('txt');
    const fields = format?.kind === 'fixed' ? format.fields : [];
    const sheet = text
      .split(/\r\n/)
      .filter(Boolean)
      .map((l) => fixedCells(l, fields));
    const file = join(await scratch(), 'HCPC2026_OCT_ANWEB.xlsx');
    await writeXlsx(file, [HCPCS_XLSX_HEADER, ...sheet]);
    expect((await rows(file)).map((r) => r.values)).toEqual(
      (await rows(join(FIXTURES, 'HCPC2026_OCT_ANWEB.txt'))).map((r) => r.values),
    );
  });
});

describe('ICD-10-PCS order file', () => {
  it('reads code, valid flag and long title by position', async () => {
    const read = await rows(join(FIXTURES, 'icd10pcs_order_2026.txt'));
    expect(read[0]!.values).toEqual(['001', 'f', 'Central Nervous System and Cranial Nerves, Bypass']);
    expect(read[1]!.values[0]).toBe('0016070');
    expect(read[1]!.values[1]).toBe('t');
  });

  it('refuses a line whose flag is neither 0 nor 1', async () => {
    const text = await readFile(join(FIXTURES, 'icd10pcs_order_2026.txt'), 'latin1');
    const file = join(await scratch(), 'icd10pcs_order_2026.txt');
    await writeFile(file, text.replace('00003 0016071 1', '00003 0016071 X'), 'latin1');
    await expect(rows(file)).rejects.toThrow(
      'icd10pcs: line 3, column "valid": expected one of 0, 1 (got "X")',
    );
  });
});
