// The byte-level PTP line check is a faster spelling of the line pattern: it must accept exactly the
// lines the pattern accepts, and compare codes in the byte order PostgreSQL's "C" collation uses.
import { describe, expect, it } from 'vitest';
import {
  compareCode,
  PTP_LINE,
  PTP_LINE_EFFECTIVE,
  PTP_LINE_MAX,
  ptpLineEnd,
  ptpLineOk,
} from '../../../src/refdata/ptp-split-line.js';

const bytesOk = (line: string, effective = false) => {
  // Surrounded by other bytes, as inside a chunk of the file.
  const b = Buffer.from(`9X,\n${line}\nAB`, 'latin1');
  const ok = ptpLineOk(b, 4, 4 + Buffer.byteLength(line, 'latin1'), effective);
  // The fast path finds the newline itself; it may read PTP_LINE_MAX bytes whatever the line's length.
  const padded = Buffer.from(`${line}\n${'9,'.repeat(PTP_LINE_MAX)}`, 'latin1');
  const end = ptpLineEnd(padded, 0, effective);
  if (end !== (ok ? line.length : -1)) expect.fail(`the fast path disagrees on ${JSON.stringify(line)}`);
  return ok;
};

const REAL = [
  '0001A,0591T,20231231,1,2',
  '32555,76942,*,1,2',
  '32554,0228T,20201231,0,12',
  'G0471,36415,19960101,9,999',
  'J1100,96372,*,0,7\r',
];
const CRAFTED = [
  '',
  ',,,,',
  '32555,76942,*,1',
  '32555,76942,*,1,2,3',
  '32555,76942,*,1,',
  '32555,76942,*,1,1000',
  '32555,76942,*,2,2',
  '3255,76942,*,1,2',
  '325555,76942,*,1,2',
  '32555,7694,*,1,2',
  '32555,76942,,1,2',
  '32555,76942,**,1,2',
  'a2555,76942,*,1,2',
  '32555,76942,18991231,1,2',
  '32555,76942,21000101,1,2',
  '32555,76942,20241301,1,2',
  '32555,76942,20240001,1,2',
  '32555,76942,20240100,1,2',
  '32555,76942,20240132,1,2',
  '32555,76942,20240131,1,2',
  '32555,76942,20240229,1,2',
  '32555,76942,2024013,1,2',
  '32555,76942,202401311,1,2',
  '32555,76942,*,1,2\r\r',
  '32555;76942,*,1,2',
  '32555,76942,*,1,-2',
  ' 32555,76942,*,1,2',
  '32555,76942,*,1,2 ',
  '32555,76942,*,1,2x',
  '32555,76942,*,9,0',
  '32555,76942,*,0,00',
];

describe('the PTP line check on bytes (with and without finding the newline)', () => {
  it('accepts the lines of the CMS file and rejects the malformed ones, as the pattern does', () => {
    for (const line of [...REAL, ...CRAFTED])
      expect([line, bytesOk(line)]).toEqual([line, PTP_LINE.test(line)]);
    expect(REAL.every((l) => bytesOk(l))).toBe(true);
  });

  it('agrees with the pattern on every single-character change of a real line', () => {
    const alphabet = '0123456789AZaz*,\r -/:';
    let compared = 0;
    for (const line of REAL) {
      for (let i = 0; i <= line.length; i++) {
        for (const c of alphabet) {
          for (const variant of [
            line.slice(0, i) + c + line.slice(i + 1),
            line.slice(0, i) + c + line.slice(i),
            line.slice(0, i) + line.slice(i + 1),
          ]) {
            compared++;
            if (bytesOk(variant) !== PTP_LINE.test(variant))
              expect.fail(`disagree on ${JSON.stringify(variant)}`);
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(5000);
  });

  it('with the effective-date column, agrees with its pattern on every single-character change', () => {
    const alphabet = '0123456789AZ*,\r -';
    const real = [
      ...REAL.map((l) => l.replace(/\r$/, '')).map((l) => `${l},20220101`),
      '32555,76942,*,1,2,19960101\r',
    ];
    let compared = 0;
    for (const line of [...real, ...CRAFTED, ...REAL]) {
      for (let i = 0; i <= line.length; i++) {
        for (const c of alphabet) {
          for (const variant of [
            line.slice(0, i) + c + line.slice(i + 1),
            line.slice(0, i) + line.slice(i + 1),
          ]) {
            compared++;
            if (bytesOk(variant, true) !== PTP_LINE_EFFECTIVE.test(variant))
              expect.fail(`disagree on ${JSON.stringify(variant)}`);
          }
        }
      }
    }
    expect(real.every((l) => bytesOk(l, true))).toBe(true);
    expect(REAL.some((l) => bytesOk(l, true))).toBe(false);
    expect(compared).toBeGreaterThan(5000);
  });

  it('orders codes by bytes: digits before letters, as collation "C" does', () => {
    const b = Buffer.from('0001A,x\n32555,x\nG0471,x', 'latin1');
    expect(Math.sign(compareCode(b, 0, Buffer.from('32555')))).toBe(-1);
    expect(compareCode(b, 8, Buffer.from('32555'))).toBe(0);
    expect(Math.sign(compareCode(b, 16, Buffer.from('99999')))).toBe(1);
  });
});
