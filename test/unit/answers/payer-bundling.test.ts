import { describe, expect, it } from 'vitest';
import { payerBundlingRule } from '../../../src/answers/rules/payer-bundling.js';
import { keepOnly, otherSide } from '../../../src/answers/text.js';
import { question } from './diagnosis-fixtures.js';

const ask = (text: string) => payerBundlingRule.answer(question(text, ['bundling-PTP']), undefined as never);

describe("a commercial plan's own bundling", () => {
  it('a plan bundling what Medicare pays is settled by its own policy and contract, not by NCCI', () => {
    const [a] = ask(
      "BCBS of Illinois bundled 93000 into 99214 same day, said 'incidental'. Medicare pays both.",
    );
    expect(a!.conclusion).toMatch(
      /^BCBS applies its own bundling and payment policy: NCCI edits bind Medicare and Medicaid/,
    );
    expect(a!.conclusion).toMatch(/Check BCBS's payment policy for these codes/);
    expect(a!.settled).toBe(false);
    expect(a!.needs).toMatch(/reimbursement policy/);
  });

  it('a Medicaid claim is edited with the Medicaid NCCI files and the state rules, not Medicare values', () => {
    const [a] = ask(
      'Florida Medicaid pt, PT 97110 x 6 units one day. Medicare MUE ok? does Medicaid use same MUE',
    );
    expect(a!.conclusion).toMatch(/Medicaid programs use CMS's separate Medicaid NCCI PTP and MUE files/);
    expect(a!.conclusion).toMatch(/the Medicare edits and values here may not apply/);
  });

  it('says nothing for Medicare, or when the plan is named without a dispute', () => {
    expect(ask('Medicare bundled 93000 into 99214, can we appeal?')).toEqual([]);
    expect(ask('Aetna patient: units of J1100 for 8 mg?')).toEqual([]);
  });
});

describe('wording shared by the bundling answers', () => {
  it('dropping a bundled code never drops the drug billed with the kept one', () => {
    expect(keepOnly('96372', ['99211', '96372', 'J3420'], ['99211'])).toBe('96372 and J3420 only');
    expect(keepOnly('32550', ['32550', '32555'], ['32555'])).toBe('32550 alone');
  });

  it('names the other organ when the question names one', () => {
    expect(otherSide('66984-RT, intravitreal injection same eye')).toBe('the other eye');
    expect(otherSide('32555 with 32550')).toBe('the other side');
  });
});
