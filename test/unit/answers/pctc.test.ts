import { describe, expect, it } from 'vitest';
import { modifierRule } from '../../../src/answers/rules/modifiers.js';
import { ask, code, facts, rvu } from './build.js';

const chestXray = () => [code('71046', { rvu: rvu('71046', { pctcIndicator: '1' }) })];

describe('26 on a study the practice both performs and reads', () => {
  it('is not used: the code without a modifier is the global service, both components', () => {
    const q = ask('Urgent care doc read our own chest x-ray 71046, global billing. need 26?');
    const [a] = modifierRule.answer(q, facts(q, { codes: chestXray() }));
    expect(a!.conclusion).toMatch(/^No 26: .* report 71046 without a modifier/);
    expect(a!.notModifiers).toEqual(['26']);
  });

  it("still fits when another bills the technical part (the hospital's x-ray)", () => {
    const q = ask('Our radiologist reads chest x-rays taken at the hospital, 71046-26?');
    const [a] = modifierRule.answer(q, facts(q, { codes: chestXray() }));
    expect(a!.conclusion).toMatch(/^71046-26 fits/);
  });

  it('"global billing" asks no surgical global period', () => {
    expect(ask('we do global billing for 71046, need 26?').kinds).not.toContain('global-period');
  });
});
