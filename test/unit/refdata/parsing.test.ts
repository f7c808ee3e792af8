import { describe, expect, it } from 'vitest';
import { copyTextLine } from '../../../src/refdata/copy-in.js';
import { Fields, TermPath } from '../../../src/refdata/fields.js';
import { explainPtpLine } from '../../../src/refdata/ptp-copy.js';

describe('record validation', () => {
  const f = new Fields(['code', 'when', 'n']);

  it('turns CMS compact dates into ISO and treats * as no date', () => {
    expect(f.use(['32555', '20121231', '1']).date('when')).toBe('2012-12-31');
    expect(f.use(['32555', '*', '1']).date('when')).toBeNull();
  });

  it('names the column and the bad value', () => {
    expect(() => f.use(['32555', '2012-02-31x', '1']).date('when')).toThrow(
      'column "when": expected a date (got "2012-02-31x")',
    );
    expect(() => f.use(['32555', '', 'x']).int('n')).toThrow(/column "n": expected a whole number/);
  });

  it('index terms carry their parents, and a shallower term drops the deeper ones', () => {
    const p = new TermPath();
    expect(p.push(0, 'Effusion')).toBe('Effusion');
    expect(p.push(1, 'pleura')).toBe('Effusion, pleura');
    expect(p.push(2, 'malignant')).toBe('Effusion, pleura, malignant');
    expect(p.push(1, 'joint')).toBe('Effusion, joint');
  });

  it('a PTP line that fails the fast pattern is explained by column', () => {
    expect(explainPtpLine('ptp_hospital', '32555,76942,2024133,1,2', 9).message).toBe(
      'ptp_hospital: line 9, column "deletion_date": expected YYYYMMDD or * (got "2024133"); nothing was loaded',
    );
  });

  it('COPY text escapes tabs, newlines and backslashes and writes \\N for null', () => {
    expect(copyTextLine([1, 'a\tb', null, 'c\\d\ne'])).toBe('1\ta\\tb\t\\N\tc\\\\d\\ne\n');
  });
});
