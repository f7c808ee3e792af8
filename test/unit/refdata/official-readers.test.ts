// The readers under the official importers: zip archives (stored and deflated entries, damage found by
// CRC-32), xlsx sheets (shared and inline strings, left-out empty cells), the values the files write.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Fields } from '../../../src/refdata/fields.js';
import { findHeader, stackedNames } from '../../../src/refdata/official/header-match.js';
import {
  dateField,
  julianField,
  numberField,
  parseCmsDate,
} from '../../../src/refdata/official/official-values.js';
import { fixedCells } from '../../../src/refdata/official/record-readers.js';
import { excelSerialDate, xlsxRows } from '../../../src/refdata/official/xlsx-reader.js';
import { readZipDirectory, readZipEntry } from '../../../src/refdata/official/zip-reader.js';
import { xlsxBytes, zipBytes } from '../../helpers/xlsx-writer.js';

const scratch = () => mkdtemp(join(tmpdir(), 'codedesk-readers-'));

describe('the zip reader', () => {
  it('lists entries and reads stored and deflated ones back', async () => {
    const file = join(await scratch(), 'RVU26C.zip');
    const text = 'HCPCS,MOD\n'.repeat(1000);
    await writeFile(
      file,
      zipBytes([
        { name: 'GPCI2026.csv', data: text },
        { name: 'docs/readme.txt', data: 'hi', store: true },
      ]),
    );
    const entries = await readZipDirectory(file);
    expect(entries.map((e) => [e.name, e.method, e.size])).toEqual([
      ['GPCI2026.csv', 8, text.length],
      ['docs/readme.txt', 0, 2],
    ]);
    expect((await readZipEntry(file, entries[0]!)).toString()).toBe(text);
    expect((await readZipEntry(file, entries[1]!)).toString()).toBe('hi');
  });

  it('refuses an entry whose bytes do not match its CRC-32', async () => {
    const file = join(await scratch(), 'bad.zip');
    const bytes = zipBytes([{ name: 'a.txt', data: 'abcdefgh', store: true }]);
    bytes[30 + 'a.txt'.length + 2] = 0x58; // one byte of the data
    await writeFile(file, bytes);
    const [entry] = await readZipDirectory(file);
    await expect(readZipEntry(file, entry!)).rejects.toThrow('entry a.txt is damaged');
  });

  it('says plainly when a file is not a zip', async () => {
    const file = join(await scratch(), 'not.zip');
    await writeFile(file, 'column1,column2\n');
    await expect(readZipDirectory(file)).rejects.toThrow('not a zip archive');
  });
});

describe('the xlsx reader', () => {
  const rows = [
    ['Notice & copyright', ''],
    ['AOC_Edit_Type', 'Add-On_Code', '', 'Primary_Code'],
    ['1', '0071U', '', '0070U'],
  ];

  it('reads shared and inline strings, numbers, and puts cells in their columns', async () => {
    for (const shared of [true, false]) {
      const file = join(await scratch(), 'AOC_V2026Q2-MCR.xlsx');
      await writeFile(file, xlsxBytes(rows, { shared }));
      const read = [];
      for await (const r of xlsxRows(file)) read.push(r);
      expect(read).toEqual([
        { line: 1, cells: ['Notice & copyright'] },
        { line: 2, cells: ['AOC_Edit_Type', 'Add-On_Code', '', 'Primary_Code'] },
        { line: 3, cells: ['1', '0071U', '', '0070U'] },
      ]);
    }
  });

  it('turns Excel serial dates into ISO dates', () => {
    expect(excelSerialDate('46204')).toBe('2026-07-01');
    expect(excelSerialDate('20260701')).toBeNull();
  });
});

describe('values as the official files write them', () => {
  const f = new Fields(['d', 'j', 'n']);

  it('reads CMS dates in their spellings, * as none, and refuses a date that does not exist', () => {
    expect(parseCmsDate('20260701')).toBe('2026-07-01');
    expect(parseCmsDate('07/01/2026')).toBe('2026-07-01');
    expect(dateField(f.use(['*', '', '']), 'd')).toBeNull();
    expect(() => dateField(f.use(['20260231', '', '']), 'd')).toThrow(
      'column "d": expected a date (YYYYMMDD) (got "20260231")',
    );
  });

  it('reads the add-on edits Julian dates (year and day of the year)', () => {
    expect(julianField(f.use(['', '2013091', '']), 'j')).toBe('2013-04-01');
    expect(julianField(f.use(['', '2024366', '']), 'j')).toBe('2024-12-31');
    expect(() => julianField(f.use(['', '2025366', '']), 'j')).toThrow(
      'expected a Julian date YYYYDDD (got "2025366")',
    );
  });

  it('rounds away the binary noise of xlsx numbers', () => {
    expect(numberField(f.use(['', '', '0.47999999999999998']), 'n')).toBe('0.48');
    expect(numberField(f.use(['', '', '33.4009']), 'n')).toBe('33.4009');
  });

  it('cuts fixed-width records at the record layout positions', () => {
    expect(
      fixedCells('00002 A000    1 Cholera', [
        [1, 5],
        [7, 7],
        [15, 1],
        [17, 60],
      ]),
    ).toEqual(['00002', 'A000', '1', 'Cholera']);
  });
});

describe('finding the header under the notice lines', () => {
  const line = (n: number, ...cells: string[]) => ({ line: n, cells });

  it('reads a header stacked over several rows column by column, from the row under the last blank one', () => {
    const records = [
      line(1, '', '', 'RELEASED'),
      line(2),
      line(3, '', 'NOT USED', 'WORK'),
      line(4, 'HCPCS', 'PAYMENT', 'RVU'),
    ];
    expect(stackedNames(records, 3)).toEqual([' HCPCS', 'NOT USED PAYMENT', 'WORK RVU']);
  });

  it('finds the first row naming every required column, in any order, optional ones allowed missing', () => {
    const columns = [
      { key: 'a', header: /^column 1$/ },
      { key: 'b', header: /^column 2$/ },
      { key: 'c', header: /rationale/, optional: true },
    ];
    const records = [line(1, 'CPT only copyright'), line(3, 'Column 2', 'Column  1')];
    expect(findHeader(records, columns)).toEqual({ line: 3, indexes: [1, 0, -1] });
    expect(findHeader([line(1, 'Column 1')], columns)).toBeNull();
  });
});
