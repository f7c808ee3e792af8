// The PTP line check sees the file in chunks that end anywhere, even inside a line; what it accepts,
// counts and refuses must not depend on where they end.
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { silentProgress } from '../../../src/refdata/progress.js';
import { PTP_HEADER, PTP_HEADER_EFFECTIVE } from '../../../src/refdata/datasets-ncci.js';
import { PtpLineCheck, PtpOutOfRange } from '../../../src/refdata/ptp-copy.js';

const FILE = [
  'column1,column2,deletion_date,modifier_indicator,rationale_id',
  '0001A,0591T,20231231,1,2',
  '32554,0213T,*,0,7',
  '32554,0228T,20201231,0,12\r',
  '32555,76942,*,1,2',
  'G0471,36415,19960101,9,999',
].join('\n');

async function run(
  text: string,
  chunk: number,
  slice?: { lo: string | null; hi: string | null },
  columns: readonly string[] = PTP_HEADER,
) {
  const bytes = Buffer.from(text, 'latin1');
  const chunks = Array.from({ length: Math.ceil(bytes.length / chunk) }, (_, i) =>
    bytes.subarray(i * chunk, (i + 1) * chunk),
  );
  const out: Buffer[] = [];
  const check = new PtpLineCheck('ptp_practitioner', silentProgress, {
    header: !slice,
    columns,
    slice: slice && { start: 0, end: bytes.length, ...slice },
  });
  await pipeline(Readable.from(chunks), check, new Writable({ write: (c, _e, cb) => (out.push(c), cb()) }));
  return { rows: check.rows, passed: Buffer.concat(out).toString('latin1') };
}

// The same rows converted from the official CMS layout, with each edit's effective date.
const EFFECTIVE = [
  PTP_HEADER_EFFECTIVE.join(','),
  '0001A,0591T,20231231,1,2,20220101',
  '32554,0213T,*,0,7,20030101',
  '32554,0228T,20201231,0,12,20080101\r',
  '32555,76942,*,1,2,19960101',
  'G0471,36415,19960101,9,999,19950101',
].join('\n');

describe('the PTP line check, fed in chunks', () => {
  it('reads the layout with effective dates the same way, and refuses a line without its date', async () => {
    for (const size of [1, 7, 28, 37, 38, 1 << 20]) {
      expect(await run(EFFECTIVE, size, undefined, PTP_HEADER_EFFECTIVE)).toEqual({
        rows: 5,
        passed: EFFECTIVE,
      });
    }
    await expect(
      run(
        FILE.replace(PTP_HEADER.join(','), PTP_HEADER_EFFECTIVE.join(',')),
        64,
        undefined,
        PTP_HEADER_EFFECTIVE,
      ),
    ).rejects.toThrow('line 2: expected 6 columns, found 5');
    await expect(
      run(EFFECTIVE.replace('2,19960101', '2,19961301'), 64, undefined, PTP_HEADER_EFFECTIVE),
    ).rejects.toThrow('line 5, column "effective_date": expected YYYYMMDD (got "19961301")');
  });

  it('counts every row and passes the bytes through unchanged, whatever the chunk size', async () => {
    for (const size of [1, 2, 7, 27, 28, 29, 64, 1 << 20]) {
      expect(await run(FILE, size)).toEqual({ rows: 5, passed: FILE });
      expect((await run(`${FILE}\n`, size)).rows).toBe(5);
    }
  });

  it('names the line of a bad value even when a chunk ends inside it', async () => {
    const bad = FILE.replace('32555,76942,*,1,2', '32555,76942,*,7,2');
    for (const size of [1, 5, 30, 100, 1 << 20]) {
      await expect(run(bad, size)).rejects.toThrow(
        'ptp_practitioner: line 5, column "modifier_indicator": expected one of 0, 1, 9 (got "7"); nothing was loaded',
      );
    }
  });

  it('refuses a row outside the column1 range of its slice', async () => {
    const body = FILE.split('\n').slice(1).join('\n');
    expect((await run(body, 10, { lo: '0001A', hi: 'G0472' })).rows).toBe(5);
    await expect(run(body, 10, { lo: '0001A', hi: 'G0471' })).rejects.toBeInstanceOf(PtpOutOfRange);
    await expect(run(body, 10, { lo: '32554', hi: null })).rejects.toBeInstanceOf(PtpOutOfRange);
  });
});
