import { describe, expect, it } from 'vitest';
import { discardedDrugRule } from '../../../src/answers/rules/benefits-discarded.js';
import { g2211Rule } from '../../../src/answers/rules/benefits-g2211.js';
import { vaccinesRule } from '../../../src/answers/rules/benefits-vaccines.js';
import { wellnessRule } from '../../../src/answers/rules/benefits-wellness.js';
import type { AnswerRule } from '../../../src/answers/types.js';
import type { AskedCode } from '../../../src/coding/analyze-codes.js';
import { facts, question } from './fixtures.js';

type Code = string | Partial<AskedCode>;
const c = (code: string, ...modifiers: string[]): Partial<AskedCode> => ({
  code,
  system: /^\d/.test(code) ? 'cpt' : 'hcpcs',
  modifiers,
});
const conclusions = (rule: AnswerRule, text: string, codes: Code[] = [], dos: string | null = null) =>
  rule.answer(question(text, ['medicare-benefit'], codes, dos), facts()).map((a) => a.conclusion);
const one = (rule: AnswerRule, text: string, codes: Code[] = [], dos: string | null = null) => {
  const all = conclusions(rule, text, codes, dos);
  expect(all).toHaveLength(1);
  return all[0]!;
};

describe('wellness visits: IPPE, AWV, preventive medicine and a problem visit the same day', () => {
  it('a problem visit beside the AWV takes modifier 25, and only it carries cost sharing', () => {
    const text = one(wellnessRule, 'AWV and 99213 same day, need 25?', [c('99213')]);
    expect(text).toContain('Yes: report 99213 with modifier 25 beside the AWV (G0438 or G0439)');
    expect(text).toContain('never modifier 59 on an E/M');
    expect(text).toContain('99213 carries the usual Part B deductible and 20% coinsurance');
  });

  it("with both codes written, says what the patient pays (the pairing is the E/M rule's)", () => {
    const text = one(
      wellnessRule,
      'Billed G0439 + 99214 for her AWV and diabetes. She got a coinsurance bill, why?',
      [c('G0439'), c('99214')],
    );
    expect(text).toMatch(
      /^G0439 has no deductible or coinsurance; 99214 carries the usual Part B deductible/,
    );
  });

  it('modifier 25 on the wellness visit itself is moved to the E/M', () => {
    const text = one(wellnessRule, 'G0439-25 and 99214 billed', [c('G0439', '25'), c('99214')]);
    expect(text).toContain('Modifier 25 goes on the 99214, not on G0439.');
  });

  it('the IPPE is once, within the first 12 months of Part B; after that the first AWV', () => {
    const text = one(wellnessRule, 'Pt enrolled in Part B 18 months ago. Can we do G0402 now?', [c('G0402')]);
    expect(text).toContain('No: the IPPE (G0402) is covered only within the first 12 months');
    expect(text).toContain('G0438');
  });

  it('G0438 is once in a lifetime, even at another practice: then G0439 after 11 full months', () => {
    const text = one(wellnessRule, 'Pt had G0438 in 2024 with another practice. G0438 again?', [c('G0438')]);
    expect(text).toContain('No: G0438, the first AWV, is covered once in a lifetime');
    expect(text).toContain('11 full months');
  });

  it('99397 is not a Medicare benefit: GY, no ABN required, the AWV instead', () => {
    const text = one(wellnessRule, 'Medicare pt wants a yearly physical, 99397. ABN? modifier?', [
      c('99397'),
    ]);
    expect(text).toContain('No: Medicare does not pay 99397');
    expect(text).toContain('No ABN is required');
    expect(text).toContain('GY');
    expect(text).toContain('G0438, then G0439');
  });

  it('99397 with a problem visit: Medicare pays the visit; the patient the rest of the preventive fee', () => {
    const text = one(wellnessRule, 'Medicare: 99397 and 99213 same day', [c('99397'), c('99213')]);
    expect(text).toContain('Medicare pays only the problem-oriented 99213');
  });

  it('ACP at the AWV takes modifier 33', () => {
    const all = conclusions(wellnessRule, 'ACP 99497 done with G0439 same day. Modifier?', [
      c('99497'),
      c('G0439'),
    ]);
    expect(all.join(' ')).toContain('Append modifier 33 to 99497');
    expect(all.join(' ')).not.toContain('99497 with modifier 25');
  });

  it("another payer named: the rule is Medicare's", () => {
    expect(
      one(wellnessRule, 'Aetna: AWV G0439 and 99213-25 same day?', [c('G0439'), c('99213', '25')]),
    ).toContain("This is Medicare's rule: Aetna");
  });
});

describe('vaccines for Medicare patients', () => {
  it('flu and pneumococcal administrations are G0008 and G0009, not 90471/90472', () => {
    const text = one(
      vaccinesRule,
      'Medicare pt got flu (90686) and Prevnar 20 (90677). admin 90471 + 90472?',
      [c('90686'), c('90677'), c('90471'), c('90472')],
    );
    expect(text).toContain(
      'G0008 for the influenza vaccine and G0009 for the pneumococcal vaccine, not 90471/90472',
    );
    expect(text).toContain('90686 and 90677');
  });

  it('COVID-19 administration is 90480', () => {
    expect(one(vaccinesRule, 'COVID vaccine admin for a Medicare patient, which code?')).toContain('90480');
  });

  it('Shingrix is Part D, not Part B', () => {
    expect(
      one(vaccinesRule, 'Can we bill Shingrix 90750 + 90471 to Medicare Part B?', [c('90750'), c('90471')]),
    ).toContain(
      'No: for Medicare patients this vaccine (shingles, RSV, Tdap and most others) is covered under Part D',
    );
  });

  it('a tetanus vaccine after an injury is Part B treatment, with 90471', () => {
    expect(
      one(vaccinesRule, 'Medicare pt stepped on a nail, Tdap 90715 given, Part B?', [c('90715')]),
    ).toContain('90471');
  });

  it('another payer uses 90471/90472', () => {
    expect(one(vaccinesRule, 'Cigna commercial adult: flu + Tdap same visit. admin codes?')).toContain(
      'For Cigna, report 90471 for the first vaccine',
    );
  });
});

describe('G2211, the visit complexity add-on', () => {
  it('not with an E/M carrying 25 for a same-day procedure', () => {
    const text = one(
      g2211Rule,
      '99214-25 and 20610 same day, G2211 on top?',
      [c('99214', '25'), c('20610'), c('G2211')],
      '2026-01-15',
    );
    expect(text).toContain(
      'No: Medicare does not pay G2211 when 99214 carries modifier 25 for a same-day procedure (20610)',
    );
  });

  it('from 2025, yes with an E/M whose 25 is for a same-day AWV', () => {
    const text = one(
      g2211Rule,
      'G0439 and 99213-25 same day, add G2211?',
      [c('G0439'), c('99213', '25'), c('G2211')],
      '2025-04-08',
    );
    expect(text).toContain('Yes: from January 1, 2025 Medicare pays G2211 with 99213-25');
  });

  it('not in 2024 with the AWV exception, which began in 2025', () => {
    const text = one(
      g2211Rule,
      'G0439 and 99213-25, add G2211?',
      [c('G0439'), c('99213', '25'), c('G2211')],
      '2024-05-01',
    );
    expect(text).toContain('No, not for a 2024 date of service');
  });

  it('25 with nothing else named: depends on why, and asks', () => {
    const [a] = g2211Rule.answer(
      question('can we bill G2211 with 99213-25?', ['medicare-benefit'], [c('99213', '25'), c('G2211')]),
      facts(),
    );
    expect(a!.conclusion).toMatch(/^Only if the modifier 25 on 99213/);
    expect(a!.settled).toBe(false);
  });

  it('only with office/outpatient visits (and home visits from 2026)', () => {
    expect(one(g2211Rule, 'G2211 with 99232?', [c('99232'), c('G2211')])).toContain('not to 99232');
    expect(one(g2211Rule, 'G2211 with 99348?', [c('99348'), c('G2211')], '2026-02-01')).toMatch(/^Yes/);
  });

  it('not for a one-time visit', () => {
    expect(one(g2211Rule, 'urgent care 99213 with G2211 for a sprain?', [c('99213'), c('G2211')])).toMatch(
      /^Not for a one-time or episodic visit/,
    );
  });
});

describe('JW and JZ asked without a dose', () => {
  it('the whole single-dose vial used: JZ', () => {
    expect(
      one(discardedDrugRule, 'Do we need JZ on J1100 when the whole vial was used?', [c('J1100')]),
    ).toContain('Yes: report JZ on the J1100 line');
  });

  it('a multi-dose vial takes neither', () => {
    expect(one(discardedDrugRule, 'JZ on J3420 from the multi-dose vial?', [c('J3420')])).toContain(
      'JW and JZ are only for drugs from single-dose containers',
    );
  });

  it('leaves a question with a dose to the drug-units answer', () => {
    expect(conclusions(discardedDrugRule, 'J0585 200 units, 45 units wasted, JW?', [c('J0585')])).toEqual([]);
  });
});
