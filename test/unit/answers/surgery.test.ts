import { describe, expect, it } from 'vitest';
import { addOnRule } from '../../../src/answers/rules/add-on.js';
import { areaUnitsRule } from '../../../src/answers/rules/area-units.js';
import { bilateralRule } from '../../../src/answers/rules/bilateral.js';
import { countsRule } from '../../../src/answers/rules/counts.js';
import { multipleProceduresRule } from '../../../src/answers/rules/multiple-procedures.js';
import { surgicalRulesRule } from '../../../src/answers/rules/surgical-rules.js';
import type { AddOnFact } from '../../../src/coding/lookup.types.js';
import { ask, code, facts, rvu } from './build.js';

const addOn = (a: string, primary: string): AddOnFact => ({
  addOn: a,
  primary,
  type: 1,
  edition: 'NCCI add-on code edits 2026 Q2',
});

describe('bilateral procedures', () => {
  it('indicator 1: one line with 50 and 1 unit, paid at 150%', () => {
    const q = ask('Bilateral chest tubes 32557: 32557-50 or RT and LT?');
    const [a] = bilateralRule.answer(
      q,
      facts(q, { codes: [code('32557', { rvu: rvu('32557', { bilatSurg: '1' }) })] }),
    );
    expect(a!.conclusion).toMatch(/report 32557-50 on one line with 1 unit/);
    expect(a!.conclusion).toMatch(/150%/);
  });

  it("an ASC's own facility claim reports a bilateral procedure on two lines, RT and LT", () => {
    const q = ask('We are the ASC (facility claim), bilateral carpal tunnel 64721. Should ours also be -50?');
    const [a] = bilateralRule.answer(
      q,
      facts(q, { codes: [code('64721', { rvu: rvu('64721', { bilatSurg: '1' }) })] }),
    );
    expect(a!.conclusion).toMatch(
      /^On the ASC's facility claim, report a bilateral 64721 on two lines, 64721-RT and 64721-LT/,
    );
    expect(a!.conclusion).toMatch(/the surgeon reports 64721-50 on one line/);
    expect(a!.source).toMatch(/ch\. VIII §H/);
  });

  it('indicator 2: the code is already bilateral, so 50 is wrong', () => {
    const q = ask('76700-50 for both kidneys?');
    const [a] = bilateralRule.answer(
      q,
      facts(q, { codes: [code('76700', { rvu: rvu('76700', { bilatSurg: '2' }) })] }),
    );
    expect(a!.conclusion).toMatch(/Report 76700 once, without 50/);
    expect(a!.warning).toBe(true);
  });

  it('modifier 50 never stands for extra levels: they are add-on codes', () => {
    const q = ask('64493-50 at L4-L5 and L5-S1, paid for one level only. What did we do wrong?');
    const [a] = bilateralRule.answer(
      q,
      facts(q, { codes: [code('64493', { rvu: rvu('64493', { bilatSurg: '1' }) })] }),
    );
    expect(a!.conclusion).toMatch(/never stands for extra levels/);
    expect(a!.warning).toBe(true);
  });

  it('modifier 50 is never for two different joints', () => {
    const q = ask('20610-50 for left knee and right shoulder?');
    const [a] = bilateralRule.answer(q, facts(q));
    expect(a!.conclusion).toMatch(/only for the same procedure on both sides/);
  });
});

describe('add-on codes', () => {
  it('an add-on with its primary is reported together, without 51', () => {
    const q = ask('64483 and 64484 x2 for three levels');
    const [a] = addOnRule.answer(q, facts(q, { addOns: [addOn('64484', '64483')] }));
    expect(a!.conclusion).toMatch(/64484 is an add-on code and 64483 is one of its primary codes/);
    expect(a!.conclusion).toMatch(/no modifier 51/);
  });

  it('an add-on without any of its primaries is not paid alone', () => {
    const q = ask('can we bill 64484 by itself?');
    const [a] = addOnRule.answer(q, facts(q, { addOns: [addOn('64484', '64483')] }));
    expect(a!.conclusion).toMatch(
      /^No: 64484 is an add-on code and is not paid alone: .* primary codes \(such as 64483\)/,
    );
    expect(a!.warning).toBe(true);
  });

  it('extra levels of a primary are its add-on codes, with units', () => {
    const q = ask('TFESI 64483 at three levels, how do we bill the extra levels?');
    const [a] = addOnRule.answer(q, facts(q, { addOns: [addOn('64484', '64483')] }));
    expect(a!.conclusion).toMatch(/For 3 levels: 64483 x 1 and 64484 x 2 units/);
  });
});

describe('codes counted by lesion, nail or muscle', () => {
  it('12 actinic keratoses are 17000 once and 17003 for the other eleven', () => {
    const q = ask('cryo of 12 AKs, 17000 x12?');
    const [a] = countsRule.answer(q, facts(q));
    expect(a!.conclusion).toMatch(/^For 12 in one session, report 17000 x 1 unit and 17003 x 11 units/);
  });

  it('15 or more lesions are 17004 alone', () => {
    const q = ask('18 AKs in one session, 17000 + 17003 x13?');
    expect(countsRule.answer(q, facts(q))[0]!.conclusion).toMatch(/report 17004 x 1 unit\./);
  });

  it('16 warts destroyed are one unit of 17111, not units of 17110', () => {
    const q = ask('Destroyed 16 warts, how many units of 17110?');
    expect(countsRule.answer(q, facts(q))[0]!.conclusion).toMatch(/report 17111 x 1 unit\./);
  });

  it('40 skin tags are 11200 once and 11201 for each further 10 or part of 10', () => {
    const q = ask('Removed 40 skin tags, 11200 and 11201 units?');
    expect(countsRule.answer(q, facts(q))[0]!.conclusion).toMatch(
      /report 11200 x 1 unit and 11201 x 3 units/,
    );
  });

  it('ten nails are one unit of 11721', () => {
    const q = ask('debrided 10 mycotic nails, 11721 x2?');
    expect(countsRule.answer(q, facts(q))[0]!.conclusion).toMatch(/report 11721 x 1 unit\./);
  });
});

describe('multiple procedures, assistants and co-surgeons', () => {
  it('an assistant on a code with indicator 1 is not paid', () => {
    const q = ask('Can we bill 27447-80 for the assistant surgeon?');
    const [a] = surgicalRulesRule.answer(
      q,
      facts(q, { codes: [code('27447', { rvu: rvu('27447', { asstSurg: '1' }) })] }),
    );
    expect(a!.conclusion).toMatch(/Medicare does not pay an assistant at surgery/);
    expect(a!.warning).toBe(true);
  });

  it('co-surgeons with indicator 2 are paid 62.5% each', () => {
    const q = ask('two surgeons on 22633, co-surgeon 62 allowed?');
    const [a] = surgicalRulesRule.answer(
      q,
      facts(q, { codes: [code('22633', { rvu: rvu('22633', { coSurg: '2' }) })] }),
    );
    expect(a!.conclusion).toMatch(/62\.5%/);
  });

  it('the multiple procedure indicator 2 ranks by fee: the highest at 100%, the others at 50%', () => {
    const q = ask('64721 and 26055 same session at the ASC, which one gets paid full and which at 50%?');
    const codes = [
      code('64721', { rvu: rvu('64721', { facilityTotal: 12.67 }) }),
      code('26055', { rvu: rvu('26055', { facilityTotal: 8.61 }) }),
    ];
    const [a] = multipleProceduresRule.answer(q, facts(q, { codes }));
    expect(a!.conclusion).toMatch(
      /^64721 has the highest facility amount \(12\.67 RVUs\) and is paid at 100%; 26055 is paid at 50% \(26055: 8\.61 RVUs;/,
    );
  });

  it('"how is it paid, 51?" asks the ranking too: endoscopies without a base code in our file get the rule alone', () => {
    const q = ask('EGD with biopsy 43239 and band ligation 43244 same session. how is it paid, 51?');
    const codes = ['43239', '43244'].map((c) => code(c, { rvu: rvu(c, { multProc: '3' }) }));
    expect(multipleProceduresRule.answer(q, facts(q, { codes }))[0]!.conclusion).toMatch(
      /43239 and 43244 follow the endoscopy family rule .* not at 50%.* names no base code/,
    );
  });

  it('therapy codes take the practice expense reduction, which is not an error', () => {
    const q = ask('97110 x2 and 97140, Medicare paid the 2nd and 3rd units lower. error?');
    const codes = ['97110', '97140'].map((c) => code(c, { rvu: rvu(c, { multProc: '5' }) }));
    expect(multipleProceduresRule.answer(q, facts(q, { codes }))[0]!.conclusion).toMatch(
      /therapy reduction .* not an error/,
    );
  });
});

describe('codes counted by area', () => {
  it('55 sq cm of debridement is 11042 once and 11045 for each further 20 sq cm or part', () => {
    const q = ask('excisional debridement subcutaneous, 55 sq cm, 11042 + 11045 x?');
    const [a] = areaUnitsRule.answer(q, facts(q));
    expect(a!.conclusion).toMatch(/^For 55 sq cm, report 11042 x 1 and 11045 x 2 units/);
  });

  it('80 sq cm of skin substitute on a leg is 15271 once and 15272 three times', () => {
    const q = ask('skin substitute 80 sq cm lower leg, 15271 and 15272 x?');
    expect(areaUnitsRule.answer(q, facts(q))[0]!.conclusion).toMatch(/15271 x 1 and 15272 x 3 units/);
  });
});

describe('both sides on different dates', () => {
  it('cataract on each eye two weeks apart: RT then LT with 79, never 50', () => {
    const q = ask('66984 right eye today, left eye in 2 weeks. Modifiers?');
    const f = facts(q, {
      codes: [code('66984', { rvu: rvu('66984', { bilatSurg: '1', globalDays: '090' }) })],
    });
    const [a] = bilateralRule.answer(q, f);
    expect(a!.conclusion).toMatch(/^Not 50: modifier 50 is for both sides in one session/);
    expect(a!.conclusion).toMatch(/66984-LT-79/);
  });
});
