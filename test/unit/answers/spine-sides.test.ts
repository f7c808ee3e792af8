import { describe, expect, it } from 'vitest';
import { bilateralRule } from '../../../src/answers/rules/bilateral.js';
import { mixedSides, spineLevelSides } from '../../../src/answers/question/spine-sides.js';
import { ask, code, facts, rvu } from './build.js';

describe('the side of each spinal level, as written', () => {
  it('a side word covers the levels after it in its clause; a later clause adds the other side', () => {
    const map = spineLevelSides('right L4-5 and L5-S1 TFESI. Pt also had left L5-S1 done.');
    expect([...map.get('L4-5')!]).toEqual(['right']);
    expect([...map.get('L5-S1')!].sort()).toEqual(['left', 'right']);
  });

  it("a side written after its level is that level's, and a side before a level is its own", () => {
    expect(mixedSides('L4-5 on the left and L5-S1 bilateral')).toEqual({
      both: ['L5-S1'],
      one: [['L4-5', 'left']],
    });
    expect(mixedSides('right L4-5 and left L5-S1')).toBeNull();
  });
});

describe('a level on both sides beside a level on one side', () => {
  it('50 goes only on the level done on both sides; the other level is the add-on with its side', () => {
    const q = ask(
      'right L4-5 and L5-S1 TFESI 64483 + 64484. Pt also had left L5-S1 done. How do we code the left side?',
    );
    const [a] = bilateralRule.answer(
      q,
      facts(q, {
        codes: [
          code('64483', { rvu: rvu('64483', { bilatSurg: '1' }) }),
          code('64484', { rvu: rvu('64484', { bilatSurg: '1' }) }),
        ],
        addOns: [{ addOn: '64484', primary: '64483', type: 1, edition: 'NCCI add-on code edits 2026 Q2' }],
      }),
    );
    expect(a!.conclusion).toMatch(
      /^L5-S1 was done on both sides and L4-5 on the right only: report 64483-50 for L5-S1 .* and 64484-RT for L4-5/,
    );
    expect(a!.conclusion).toMatch(/not 64484-50/);
  });
});
