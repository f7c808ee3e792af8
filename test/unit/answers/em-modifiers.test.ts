import { describe, expect, it } from 'vitest';
import { emSameDayRule } from '../../../src/answers/rules/em-same-day.js';
import { globalPeriodRule } from '../../../src/answers/rules/global-period.js';
import { modifierRule } from '../../../src/answers/rules/modifiers.js';
import { ask, code, facts, pair, rvu } from './build.js';

describe('E/M on the day of a procedure', () => {
  it('a minor procedure: 25 on the E/M only for separately identifiable work; the decision alone is not enough', () => {
    const q = ask('99204 and 32555 same day, decision made at the visit. 25 on the E/M?');
    const [a] = emSameDayRule.answer(
      q,
      facts(q, { codes: [code('99204', { rvu: rvu('99204', { globalDays: 'XXX' }) }), code('32555')] }),
    );
    expect(a!.conclusion).toMatch(/Report 99204-25 with 32555 only when/);
    expect(a!.conclusion).toMatch(/not by itself a reason for 25/);
  });

  it('a major surgery: the visit that decided it takes 57', () => {
    const q = ask('99223 and 27130 next morning, decision for surgery');
    const [a] = emSameDayRule.answer(
      q,
      facts(q, {
        codes: [
          code('99223', { rvu: rvu('99223', { globalDays: 'XXX' }) }),
          code('27130', { rvu: rvu('27130', { globalDays: '090' }) }),
        ],
      }),
    );
    expect(a!.conclusion).toMatch(/99223-57/);
  });

  it('59 on an E/M is corrected to 25', () => {
    const q = ask('99213-59 with 20610 same day?');
    const [a] = emSameDayRule.answer(
      q,
      facts(q, {
        codes: [code('99213', { rvu: rvu('99213', { globalDays: 'XXX' }) }), code('20610')],
        pairs: [pair('20610', '99213')],
      }),
    );
    expect(a!.conclusion).toMatch(/59 never goes on an E\/M; 25 is the E\/M modifier/);
    expect(a!.warning).toBe(true);
  });

  it('a preventive visit with a problem visit: both, 25 on the problem visit', () => {
    const q = ask('99396 and 99213 same day for a new problem?');
    const [a] = emSameDayRule.answer(q, facts(q));
    expect(a!.conclusion).toMatch(/99396 for the preventive visit and 99213-25/);
    expect(a!.conclusion).toMatch(/not covered/);
  });
});

describe('modifier choice', () => {
  it('59 on an E/M is never right', () => {
    const q = ask('Is 99214-XU ok with the injection 96372?');
    const answers = modifierRule.answer(q, facts(q));
    expect(answers[0]!.conclusion).toMatch(/Do not put XU on the E\/M 99214/);
  });

  it('26 on a code with PC/TC indicator 1 fits, and a hospital department makes it a practitioner claim', () => {
    const q = ask('Physician did 76942-26 in the hospital outpatient department');
    const [a] = modifierRule.answer(
      q,
      facts(q, { codes: [code('76942', { rvu: rvu('76942', { pctcIndicator: '1' }) })] }),
    );
    expect(a!.conclusion).toMatch(/^76942-26 fits/);
    expect(a!.conclusion).toMatch(/practitioner claim/);
  });

  it('26 on a professional-only code is wrong', () => {
    const q = ask('99213-26?');
    const [a] = modifierRule.answer(
      q,
      facts(q, { codes: [code('99213', { rvu: rvu('99213', { pctcIndicator: '0' }) })] }),
    );
    expect(a!.conclusion).toMatch(/^Modifier 26 does not fit 99213/);
  });
});

describe('global surgery period', () => {
  it('says the global days and whether a later date falls inside them', () => {
    const q = ask(
      '29881 on 01/05/2026, seen 01/20/2026 for an unrelated problem, global period? modifier 24?',
    );
    const [a] = globalPeriodRule.answer(
      q,
      facts(q, { codes: [code('29881', { rvu: rvu('29881', { globalDays: '090' }) })] }),
    );
    expect(a!.conclusion).toMatch(/29881 has a 90-day global period/);
    expect(a!.conclusion).toMatch(/runs to 2026-04-05, so 2026-01-20 is inside it/);
    expect(a!.conclusion).toMatch(/modifier 24: an unrelated E\/M/);
  });
});
