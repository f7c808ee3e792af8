import { describe, expect, it } from 'vitest';
import { castingRule, includedCast } from '../../../src/answers/rules/casting.js';
import { ask, facts } from './build.js';

describe('casts and splints beside fracture care (NCCI ch. IV §G)', () => {
  it('one physician splints and treats the fracture: the fracture code only, no modifier makes the splint payable', () => {
    const q = ask(
      'Ortho applied a short arm splint 29125 and did closed treatment of the radius fracture 25600. 59?',
    );
    const [a] = castingRule.answer(q, facts(q));
    expect(a!.conclusion).toMatch(
      /^When the same physician applies the first cast or splint and treats the fracture, report 25600 only/,
    );
    expect(a!.conclusion).toMatch(/29125 is not reported with it, with or without a modifier/);
    expect(a!.source).toContain('ch. IV §G');
    expect(includedCast(q)).toBe('29125');
  });

  it('the ER physician splints, an orthopedist treats later: each bills their own service', () => {
    const q = ask(
      'ER doc splinted a distal radius fracture, 29125, no reduction. Can ortho bill 25600 later?',
    );
    const [a] = castingRule.answer(q, facts(q));
    expect(a!.conclusion).toMatch(/^Yes, each physician bills their own service/);
    expect(a!.conclusion).toMatch(/29125 by one and 25600 by the other do not meet/);
    expect(includedCast(q)).toBeNull();
  });

  it('says nothing without both a casting code and a fracture care code', () => {
    const q = ask('Can we bill 29125 with 99283?');
    expect(castingRule.answer(q, facts(q))).toEqual([]);
  });
});
