// A malformed file loads nothing, and the error says which line and column, and why.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../src/refdata/import.service.js';
import { scratchSuite } from '../../helpers/for-file.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/refdata/${name}`, import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'codedesk-refdata-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const replaceLine = (text: string, lineNo: number, line: string) =>
  text
    .split('\n')
    .map((l, i) => (i === lineNo - 1 ? line : l))
    .join('\n');

describe('refdata importers on malformed files', () => {
  const s = scratchSuite();

  const nothingLoaded = async () => {
    const editions = await s.db.selectFrom('refdata_editions').select('id').execute();
    const { rows } = await sql<{
      n: string;
    }>`select count(*) as n from pg_class where relname like 'ptp_edits_e%'`.execute(s.db);
    expect(editions).toEqual([]);
    expect(Number(rows[0]!.n)).toBe(0);
  };

  it('rejects a PTP file whose modifier indicator is not 0, 1 or 9, naming line and column', async () => {
    const file = write(
      'ptp_practitioner_bad_2024q3.csv',
      replaceLine(fixture('ptp_practitioner_slice_2024q3.csv'), 12, '32554,12041,*,7,7'),
    );
    await expect(importFile(s.db, { dataset: 'ptp_practitioner', file })).rejects.toThrow(
      'ptp_practitioner: line 12, column "modifier_indicator": expected one of 0, 1, 9 (got "7"); nothing was loaded',
    );
    await nothingLoaded();
  });

  it('rejects a PTP file cut off in the middle of its last line', async () => {
    const text = fixture('ptp_practitioner_slice_2024q3.csv').trimEnd();
    const file = write('ptp_practitioner_cut_2024q3.csv', text.slice(0, text.length - 12));
    await expect(importFile(s.db, { dataset: 'ptp_practitioner', file })).rejects.toThrow(
      /line 36: expected 5 columns, found 3 \(truncated or malformed line\?\)/,
    );
    await nothingLoaded();
  });

  it('rejects a file with the wrong header', async () => {
    const file = write(
      'mue_practitioner_hdr_2024q3.csv',
      fixture('mue_practitioner_slice_2024q3.csv').replace('mue_value', 'units'),
    );
    await expect(importFile(s.db, { dataset: 'mue_practitioner', file })).rejects.toThrow(
      /line 1: unexpected header/,
    );
    await nothingLoaded();
  });

  it('rejects an MUE file with a bad value on line 5 and keeps none of the good lines before it', async () => {
    const file = write(
      'mue_practitioner_val_2024q3.csv',
      replaceLine(fixture('mue_practitioner_slice_2024q3.csv'), 5, '32553,two,3,x,y'),
    );
    await expect(importFile(s.db, { dataset: 'mue_practitioner', file })).rejects.toThrow(
      /line 5, column "mue_value": expected a whole number/,
    );
    await nothingLoaded();
  });

  it('rejects a CSV line with a missing column', async () => {
    const file = write(
      'mue_practitioner_cols_2024q3.csv',
      replaceLine(fixture('mue_practitioner_slice_2024q3.csv'), 3, '32551,2,3'),
    );
    await expect(importFile(s.db, { dataset: 'mue_practitioner', file })).rejects.toThrow(
      /line 3: expected 5 columns, found 3/,
    );
    await nothingLoaded();
  });
});
