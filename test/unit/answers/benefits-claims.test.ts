import { describe, expect, it } from 'vitest';
import { claimConventionsRule } from '../../../src/answers/rules/benefits-claims.js';
import { paymentRule } from '../../../src/answers/rules/payment.js';
import { ask, facts } from './build.js';

const answer = (text: string) => {
  const q = ask(text);
  return claimConventionsRule.answer(q, facts(q));
};

describe('Medicare claim conventions asked in words', () => {
  it('therapy above the yearly threshold takes KX when still necessary', () => {
    expect(answer('PT visits over the therapy threshold, need KX on 97110?')[0]!.conclusion).toMatch(
      /add KX to each therapy line that stays medically necessary/,
    );
  });

  it('a locum tenens physician is billed under the regular physician with Q6, for up to 60 days', () => {
    const [a] = answer('Locum tenens physician covering for 2 weeks. Which modifier?');
    expect(a!.conclusion).toMatch(/modifier Q6 on each line/);
    expect(a!.conclusion).toMatch(/no more than 60 continuous days/);
  });

  it('2% less than the fee schedule is sequestration, and no code is asked for', () => {
    const q = ask('Why is Medicare paying 2% less than the fee schedule?');
    expect(claimConventionsRule.answer(q, facts(q))[0]!.conclusion).toMatch(/^That is sequestration/);
    expect(paymentRule.answer(q, facts(q))).toEqual([]);
  });
});
