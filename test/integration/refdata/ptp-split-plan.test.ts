// Where a PTP file is cut for a parallel load: at the first line of a new column1 after each near-equal
// byte offset, so that every column1 falls in exactly one part. (File I/O only, no server.)
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linesBefore, planPtpSplit } from '../../../src/refdata/ptp-split-plan.js';

const dir = mkdtempSync(join(tmpdir(), 'codedesk-ptp-plan-'));
const HEADER = 'column1,column2,deletion_date,modifier_indicator,rationale_id';
const file = (name: string, codes: string[]) => {
  const path = join(dir, name);
  writeFileSync(path, [HEADER, ...codes.map((c, i) => `${c},${String(10000 + i)},*,1,2`)].join('\n') + '\n');
  return path;
};
const plan = async (path: string, parts: number) => {
  const text = readFileSync(path, 'latin1');
  const slices = await planPtpSplit(path, text.length, parts);
  return { text, slices };
};

describe('cutting a PTP file into parts', () => {
  it('cuts where column1 changes, into parts that cover the file end to end with their column1 ranges', async () => {
    const codes = [
      '10021',
      '10021',
      '10021',
      '10030',
      '10030',
      '10035',
      '10035',
      '10035',
      '10035',
      '11000',
      '11001',
      '11001',
    ];
    const { text, slices } = await plan(file('sorted.csv', codes), 3);
    expect(slices).toHaveLength(3);
    expect(slices![0]!.start).toBe(0);
    expect(slices!.at(-1)!.end).toBe(text.length);
    for (const [k, s] of slices!.entries()) {
      if (k > 0) {
        expect(s.start).toBe(slices![k - 1]!.end);
        expect(text[s.start - 1]).toBe('\n');
        expect(text.slice(s.start, s.start + 5)).toBe(s.lo);
        expect(
          text
            .slice(s.start - 30, s.start)
            .split('\n')
            .at(-2)!
            .slice(0, 5) < s.lo!,
        ).toBe(true);
      }
      expect(s.hi).toBe(slices![k + 1]?.lo ?? null);
    }
    expect(slices![0]!.lo).toBeNull();
  });

  it('does not cut a file whose column1 goes down at a cut (not sorted)', async () => {
    const codes = [
      '20000',
      '20000',
      '20000',
      '20000',
      '20000',
      '20000',
      '10000',
      '10000',
      '10000',
      '10000',
      '10000',
      '10000',
    ];
    expect((await plan(file('unsorted.csv', codes), 2)).slices).toBeNull();
  });

  it('does not cut a file with a single column1', async () => {
    expect((await plan(file('one-code.csv', Array(40).fill('32555')), 4)).slices).toBeNull();
  });

  it('counts the lines before a part, for the absolute line of an error', async () => {
    const path = file('count.csv', ['10021', '10030', '10035']);
    const second = readFileSync(path, 'latin1').indexOf('10030');
    expect(await linesBefore(path, second)).toBe(2);
    expect(await linesBefore(path, 0)).toBe(0);
  });
});
