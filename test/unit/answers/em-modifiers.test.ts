import { describe, expect, it } from 'vitest';
import { emSameDayRule } from '../../../src/answers/rules/em-same-day.js';
import { globalPeriodRule } from '../../../src/answers/rules/global-period.js';
import { globalServicesRule } from '../../../src/answers/rules/global-services.js';
import { modifierRule } from '../../../src/answers/rules/modifiers.js';
import { repeatRule } from '../../../src/answers/rules/repeat.js';
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

  it('a major surgery: the visit the day before that decided it takes 57', () => {
    const q = ask('99223 and 27130 next morning, decision for surgery');
    const codes = [
      code('99223', { rvu: rvu('99223', { globalDays: 'XXX' }) }),
      code('27130', { rvu: rvu('27130', { globalDays: '090' }) }),
    ];
    expect(emSameDayRule.answer(q, facts(q, { codes }))).toEqual([]);
    const [a] = globalServicesRule.answer(q, facts(q, { codes }));
    expect(a!.conclusion).toMatch(/^Report 99223 with modifier 57/);
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

  it('tobacco counseling beside a visit is a service of its own, not a second visit: no edit, both reported', () => {
    const q = ask('99406 at a 99213 visit, do I need 25?');
    const codes = [
      code('99213', { rvu: rvu('99213', { globalDays: 'XXX' }) }),
      code('99406', { rvu: rvu('99406', { globalDays: 'XXX' }) }),
    ];
    const [a] = emSameDayRule.answer(q, facts(q, { codes }));
    expect(a!.conclusion).toMatch(/no NCCI edit pairs it with 99213, so both are reported/);
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

describe('services in a global period', () => {
  const tka = () => code('27447', { rvu: rvu('27447', { globalDays: '090' }) });

  it('a routine post-op visit is part of the package: 99024, not an E/M', () => {
    const q = ask('pt 4 wks s/p TKA 27447, routine wound check, is 99213 billable?');
    const [a] = globalServicesRule.answer(
      q,
      facts(q, { codes: [tka(), code('99213', { rvu: rvu('99213', { globalDays: 'XXX' }) })] }),
    );
    expect(a!.conclusion).toMatch(/^No: 27447 has a 90-day global period/);
    expect(a!.conclusion).toMatch(/99024/);
  });

  it('a visit for an unrelated problem in the global takes 24', () => {
    const q = ask('30 days out from 27447, came in for new shoulder pain, unrelated. E/M billable?');
    const [a] = globalServicesRule.answer(q, facts(q, { codes: [tka()] }));
    expect(a!.conclusion).toMatch(/modifier 24/);
  });

  it('back on a later date for an illness, with no operation named, is a visit: 24, never 79', () => {
    const q = ask('Patient had 27447 on 06/02/2025, came back 07/10/2025 for an unrelated cold. Modifier?');
    const [a] = globalServicesRule.answer(q, facts(q, { codes: [tka()] }));
    expect(a!.conclusion).toMatch(/modifier 24/);
    expect(a!.conclusion).not.toMatch(/79/);
  });

  it('the surgery code written again on a later date is a later procedure of that code', () => {
    const q = ask('66984 RT on 10/01/2025 and 66984 on 10/15/2025, which modifiers?');
    const cataract = code('66984', { modifiers: ['RT'], rvu: rvu('66984', { globalDays: '090' }) });
    const [a] = globalServicesRule.answer(q, facts(q, { codes: [cataract] }));
    expect(a!.conclusion).toMatch(/^66984 falls in 66984's 90-day global period/);
  });

  it('a return to the OR for a complication takes 78; a planned stage 58', () => {
    const back = ask('27447 on 01/10/2026, back to the OR 01/20/2026 for wound dehiscence repair 13160');
    expect(
      globalServicesRule.answer(back, facts(back, { codes: [tka(), code('13160')] }))[0]!.conclusion,
    ).toMatch(/^Report 13160-78:/);
    const staged = ask('28805 on 9/1/2025, planned debridement 11042 on 9/15/2025, modifier?');
    const amp = code('28805', { rvu: rvu('28805', { globalDays: '090' }) });
    expect(
      globalServicesRule.answer(staged, facts(staged, { codes: [amp, code('11042')] }))[0]!.conclusion,
    ).toMatch(/^Report 11042-58:/);
  });

  it('a complication treated in the office is in the global, even when the note says "no OR"', () => {
    const q = ask(
      '27447 on 01/10/2026; on 01/24/2026 hematoma drained 10140 in the office, no return to the OR. 78?',
    );
    const [a] = globalServicesRule.answer(q, facts(q, { codes: [tka(), code('10140')] }));
    expect(a!.conclusion).toMatch(/^No: treating a complication of 27447 without a return/);
  });

  it('a 0-day global ends on the day of the procedure: a later visit needs no 24', () => {
    const q = ask('Did 20610 on 3/2/2026, pt back 3/9/2026 for a follow-up visit 99213. Modifier 24?');
    const inj = code('20610', { rvu: rvu('20610', { globalDays: '000' }) });
    const [a] = globalServicesRule.answer(q, facts(q, { codes: [inj, code('99213')] }));
    expect(a!.conclusion).toMatch(/^Yes: 20610 has a 0-day global period .* no modifier 24/);
  });

  it('a replaced cast in a fracture global is billed; the visits are not', () => {
    const q = ask('Closed tx 25600 on 2/1/2026, cast change 29075 at a post-op visit 2/20/2026, billable?');
    const fx = code('25600', { rvu: rvu('25600', { globalDays: '090' }) });
    const [a] = globalServicesRule.answer(q, facts(q, { codes: [fx, code('29075')] }));
    expect(a!.conclusion).toMatch(
      /^Yes: 29075 may be reported for a cast or splint replaced during 25600's 90-day global period, with the supply code/,
    );
  });

  it("the surgeon's H&P the day before a major surgery is in its global, unless it decided the surgery", () => {
    const chole = code('47562', { rvu: rvu('47562', { globalDays: '090' }) });
    const q = ask("Surgeon's H&P the day before a lap chole 47562, billable?");
    expect(globalServicesRule.answer(q, facts(q, { codes: [chole] }))[0]!.conclusion).toMatch(
      /^No: the surgeon's visit or H&P the day before or the day of 47562 .* is part of its global package/,
    );
    const d = ask('Saw her the day before 47562 and decided to operate: 99223?');
    expect(globalServicesRule.answer(d, facts(d, { codes: [chole, code('99223')] }))[0]!.conclusion).toMatch(
      /^Report 99223-57/,
    );
  });

  it('post-op care by another practitioner splits the package with 54 and 55', () => {
    const q = ask('Surgeon did 66984-RT, an outside optometrist will do the post-op care. how do both bill?');
    const [a] = globalServicesRule.answer(
      q,
      facts(q, { codes: [code('66984', { rvu: rvu('66984', { globalDays: '090' }) })] }),
    );
    expect(a!.conclusion).toMatch(/modifier 54 .* modifier 55/);
  });
});

describe('repeated procedures', () => {
  it('the same physician repeating a test the same day takes 76, not 59', () => {
    const q = ask('EKG at 0800 and again at 1500, same cardiologist read both 93010. 2nd one modifier? 59?');
    const [a] = repeatRule.answer(q, facts(q));
    expect(a!.conclusion).toMatch(/^Report the second 93010 on its own line with modifier 76/);
    expect(a!.conclusion).toMatch(/Not 59/);
  });

  it('a lab test repeated for a new result takes 91', () => {
    const q = ask('potassium 84132 drawn twice today to follow the replacement');
    expect(repeatRule.answer(q, facts(q))[0]!.conclusion).toMatch(/modifier 91/);
  });
});

describe('global-only tests', () => {
  it('26 on a global-only ECG code points to the interpretation code', () => {
    const q = ask('we sent 93000-26 and it rejected. ??');
    const [a] = modifierRule.answer(
      q,
      facts(q, { codes: [code('93000', { rvu: rvu('93000', { pctcIndicator: '4' }) })] }),
    );
    expect(a!.conclusion).toMatch(/interpretation and report alone as 93010/);
  });
});
