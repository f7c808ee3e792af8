import { describe, expect, it } from 'vitest';
import { mohsRule } from '../../../src/answers/rules/mohs.js';
import { bundlingRule } from '../../../src/answers/rules/bundling.js';
import { timeUnitsRule } from '../../../src/answers/rules/time-units.js';
import { countsRule } from '../../../src/answers/rules/counts.js';
import { ask, facts, pair } from './build.js';

describe('Mohs surgery beside other skin services (NCCI ch. III §F)', () => {
  it('a flap closing the Mohs defect is reported with the Mohs codes', () => {
    const q = ask(
      'Mohs on the nose 17311 with 2 additional stages 17312 x2, then flap repair 14060. Bill the flap?',
    );
    const [a] = mohsRule.answer(q, facts(q));
    expect(a!.conclusion).toMatch(
      /^Yes: repairs, grafts and flaps are reported separately with Mohs surgery, so report 14060/,
    );
    expect(a!.source).toBe('NCCI Policy Manual 2026, ch. III §F');
  });

  it('"2 additional stages" are three stages: 17311 once and 17312 twice', () => {
    const q = ask('Mohs on the nose 17311 with 2 additional stages 17312 x2');
    expect(countsRule.answer(q, facts(q))[0]!.conclusion).toMatch(
      /report 17311 x 1 unit and 17312 x 2 units/,
    );
  });

  it('pathology of the Mohs layers is part of Mohs, and the PTP rule adds no "no edit" beside it', () => {
    const q = ask('Mohs 17313 on the back, surgeon also billed 88305 for the Mohs layers. OK?');
    expect(mohsRule.answer(q, facts(q))[0]!.conclusion).toMatch(/^88305 is part of Mohs surgery/);
    expect(bundlingRule.answer(q, facts(q))).toEqual([]);
  });

  it('a biopsy done to diagnose before deciding on Mohs is reported with 59, XS or XU, and no PTP answer contradicts it', () => {
    const q = ask(
      'Mohs 17311; frozen section 88331 and biopsy 11102 done to confirm BCC before Mohs. Bill them?',
    );
    expect(mohsRule.answer(q, facts(q))[0]!.conclusion).toMatch(
      /^Yes: a biopsy and frozen section done to diagnose/,
    );
    expect(bundlingRule.answer(q, facts(q, { pairs: [pair('17311', '11102')] }))).toEqual([]);
  });
});

describe('prolonged hospital visits for Medicare (G0316)', () => {
  it('100 minutes with 99223 is 99223 and one unit of G0316 (it starts at 90)', () => {
    const q = ask('Hospitalist did 99223 and spent 100 minutes total. Anything extra for Medicare?');
    const [a] = timeUnitsRule.answer(q, facts(q));
    expect(a!.conclusion).toMatch(/^For 100 minutes, report 99223 x 1 unit and G0316 x 1 unit/);
  });

  it('50 minutes with 99233 is below the start of G0316 (65)', () => {
    const q = ask('Subsequent hospital visit 99233, 50 minutes total. Prolonged?');
    expect(timeUnitsRule.answer(q, facts(q))[0]!.conclusion).toMatch(
      /^50 minutes is below the first threshold/,
    );
  });
});
