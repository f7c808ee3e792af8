import { describe, expect, it } from 'vitest';
import { castingRule } from '../../../src/answers/rules/casting.js';
import { firstByDate } from '../../../src/answers/rules/global-cues.js';
import { globalPeriodRule } from '../../../src/answers/rules/global-period.js';
import { globalServicesRule } from '../../../src/answers/rules/global-services.js';
import { ask, code, facts } from './build.js';

const STAGED =
  'Surgeon did an excisional debridement 11043 of a sacral ulcer 4/1/2026 and planned a flap 15734 for 4/15/2026. modifier on the flap?';

describe('two procedures on two dates', () => {
  it('each code takes the date written nearest to it; the earlier one is the first surgery', () => {
    expect(firstByDate(STAGED, ['15734', '11043'])).toBe('11043');
    expect(firstByDate('27447 on 1/5/2026, then 64721 on 2/10/2026', ['64721', '27447'])).toBe('27447');
    expect(firstByDate('11043 and 15734 on 4/1/2026', ['11043', '15734'])).toBeNull();
  });

  it('a later procedure after a 0-day procedure needs no global modifier, even a 90-day one', () => {
    const q = ask(STAGED);
    const f = facts(q, {
      codes: [code('11043', { globalDays: '000' }), code('15734', { globalDays: '090' })],
    });
    const [a] = globalServicesRule.answer(q, f);
    expect(a!.conclusion).toMatch(
      /^11043 has a 0-day global period: .* 15734 on a later day needs no global-period modifier/,
    );
    const periods = globalPeriodRule.answer(q, f).map((x) => x.codes[0]);
    expect(periods).toEqual(['11043']);
  });
});

describe('a cast replaced on a later day', () => {
  it('is not the first cast the fracture care includes', () => {
    const q = ask(
      'Cast for a radius fx (25600) 3/2/2026. Pt came back 3/30/2026, cast changed. Can we bill 29075?',
    );
    expect(castingRule.answer(q, facts(q))).toEqual([]);
    const same = ask('Closed radius fx 25600 and the doc put on the cast, 29075 too?');
    expect(castingRule.answer(same, facts(same))[0]!.conclusion).toMatch(/report 25600 only/);
  });
});
