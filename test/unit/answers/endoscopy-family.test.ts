import { describe, expect, it } from 'vitest';
import { multipleProceduresRule } from '../../../src/answers/rules/multiple-procedures.js';
import { amountsAt, paidLines } from '../../../src/answers/rules/payment-lines.js';
import { ask, code, facts, rvu } from './build.js';

const scope = (c: string, total: number, endoBase: string | null, multProc = '3') =>
  code(c, { rvu: rvu(c, { multProc, endoBase, nonFacilityTotal: total, facilityTotal: total }) });
const base = (c: string, total: number) =>
  rvu(c, { multProc: '2', nonFacilityTotal: total, facilityTotal: total });

describe('endoscopies of one family (multiple procedure indicator 3, the PFS file’s endoscopic base)', () => {
  it('the highest is paid in full and each other one its value minus the base’s, not 50%', () => {
    const q = ask('45380 and 45385 on separate polyps, same session. How does Medicare pay the second one?');
    const f = facts(q, {
      codes: [scope('45380', 14.37, '45378'), scope('45385', 14.97, '45378')],
      endoscopyBases: [base('45378', 11.32)],
    });
    const [a] = multipleProceduresRule.answer(q, f);
    expect(a!.conclusion).toMatch(/^45380 and 45385 are one endoscopy family, endoscopic base 45378/);
    expect(a!.conclusion).toMatch(
      /45385 has the highest non-facility value \(14\.97 RVUs\) and is paid in full/,
    );
    expect(a!.conclusion).toMatch(
      /45380 only for its value minus 45378's \(14\.37 - 11\.32 = 3\.05 non-facility RVUs\), not at 50%/,
    );
    expect(a!.source).toMatch(/ENDO BASE.*ch\. 12 §40\.6 and §40\.6\.2/);
  });

  it('the base code asked beside a member of its family is not paid', () => {
    const q = ask('31628 and 31622 same session, how is it paid?');
    const f = facts(q, { codes: [scope('31628', 12.23, '31622'), scope('31622', 8.45, null, '2')] });
    expect(multipleProceduresRule.answer(q, f)[0]!.conclusion).toMatch(
      /31622, the family's base, is not paid beside 31628/,
    );
  });

  it('families with different bases are not reduced by each other’s base: ranked as separate procedures', () => {
    const q = ask('45385 and 43239 same session - how will Medicare reduce them?');
    const f = facts(q, { codes: [scope('45385', 14.97, '45378'), scope('43239', 12.54, '43235')] });
    const [a] = multipleProceduresRule.answer(q, f);
    expect(a!.conclusion).toMatch(/bases 45378 and 43235\) are not reduced by each other's base/);
    expect(a!.conclusion).toMatch(/the highest-valued in full and each other at 50%/);
  });
});

describe('the amounts of endoscopies of one family', () => {
  it('the further endoscopy is paid its amount minus the base’s; the highest in full', () => {
    const q = ask('45380-XS and 45385 same session, what does Medicare pay for each?');
    const row = (c: string, work: number, base: string | null, multProc = '3') =>
      rvu(c, { multProc, endoBase: base, workRvu: work, nonFacilityPeRvu: 0, facilityPeRvu: 0, mpRvu: 0 });
    const f = facts(q, {
      codes: [
        code('45380', { rvu: row('45380', 4, '45378') }),
        code('45385', { rvu: row('45385', 5, '45378') }),
      ],
      endoscopyBases: [row('45378', 3, null, '2')],
    });
    f.rvu = [row('45380', 4, '45378'), row('45385', 5, '45378')];
    const [biopsy, snare] = paidLines(q, f, q.codes);
    expect(snare!.adjustments[0]!.reason).toMatch(
      /paid in full as the highest-valued endoscopy of its family \(base 45378/,
    );
    expect(biopsy!.adjustments[0]!.reason).toMatch(/its amount minus the base endoscopy 45378's/);
    // (4 - 3) work RVUs at the 2026 conversion factor
    expect(amountsAt(biopsy!, null).nonFacility).toBeCloseTo(33.4009, 4);
    expect(amountsAt(snare!, null).nonFacility).toBeCloseTo(5 * 33.4009, 4);
  });
});
