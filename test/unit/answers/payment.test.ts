import { describe, expect, it } from 'vitest';
import { localityOf } from '../../../src/answers/rules/payment-locality.js';
import { paymentRule } from '../../../src/answers/rules/payment.js';
import type { Answer } from '../../../src/answers/types.js';
import type { LocalityGpci } from '../../../src/refdata/gpci.repository.js';
import type { AskedCode } from '../../../src/coding/analyze-codes.js';
import { facts, question, rvu } from './fixtures.js';

// 99214 in the CY2025 file: 1.92 work, 1.80 / 0.83 PE, 0.15 MP; 3.87 and 2.90 total RVUs.
const r99214 = rvu('99214', {
  workRvu: 1.92,
  nonFacilityPeRvu: 1.8,
  facilityPeRvu: 0.83,
  mpRvu: 0.15,
  nonFacilityTotal: 3.87,
  facilityTotal: 2.9,
});
const gpci = (
  state: string,
  locality: string,
  name: string,
  work: number,
  pe: number,
  mp: number,
): LocalityGpci => ({
  mac: '00000',
  state,
  locality,
  name,
  work,
  pe,
  mp,
  edition: 'GPCI 2025',
});
const LOCALITIES = [
  gpci('NY', '01', 'MANHATTAN', 1.063, 1.318, 1.285),
  gpci('NY', '04', 'QUEENS', 1.052, 1.218, 1.285),
  gpci('TX', '18', 'HOUSTON', 1.0, 0.991, 0.934),
  gpci('TX', '99', 'REST OF TEXAS', 1.0, 0.9, 0.934),
  gpci('AL', '00', 'ALABAMA', 1.0, 0.875, 0.566),
];

type Code = string | Partial<AskedCode>;
function answers(
  text: string,
  codes: Code[],
  rows = [r99214],
  more = {},
  dos: string | null = '2025-03-04',
): Answer[] {
  return paymentRule.answer(question(text, ['payment'], codes, dos), facts({ rvu: rows, ...more }));
}

describe('payment: the PFS amount is the RVUs times the conversion factor', () => {
  it('gives the national non-facility and facility amounts with their RVUs, and what they are before', () => {
    const [a] = answers('How much does Medicare pay for 99214?', [{ code: '99214', system: 'cpt' }]);
    expect(a!.conclusion).toContain(
      'Medicare pays 99214 $125.18 non-facility (3.87 RVUs) and $93.80 facility (2.9 RVUs) nationally.',
    );
    expect(a!.conclusion).toContain(
      'before the Part B deductible, the 20% coinsurance and the 2% sequestration reduction',
    );
    expect(a!.conclusion).toContain('from PFS RVU 2025 D with the conversion factor $32.3465');
    expect(a!.source).toContain('CMS PFS RVU file PFS RVU 2025 D');
    expect(a!.settled).toBe(true);
  });

  it('gives only the office rate for an office visit', () => {
    const [a] = answers('99214 in the office, Medicare rate?', [{ code: '99214', system: 'cpt' }]);
    expect(a!.conclusion).toContain('$125.18 at the non-facility rate');
    expect(a!.conclusion).not.toContain('facility (2.9 RVUs)');
  });

  it('a locality named in the question uses its GPCIs: [work x GPCI + PE x GPCI + MP x GPCI] x CF', () => {
    const [a] = answers(
      'How much does Medicare pay for 99214 in Manhattan?',
      [{ code: '99214', system: 'cpt' }],
      [r99214],
      {
        gpci: LOCALITIES,
      },
    );
    // (1.92 x 1.063 + 1.80 x 1.318 + 0.15 x 1.285) x 32.3465 = 148.99
    expect(a!.conclusion).toContain(
      'Medicare pays 99214 $148.99 non-facility and $107.64 facility in Manhattan (NY locality 01)',
    );
    expect(a!.source).toContain('CMS GPCI 2025');
  });

  it('a state with several localities gives the range and asks which', () => {
    const [a] = answers('99214 payment in Texas?', [{ code: '99214', system: 'cpt' }], [r99214], {
      gpci: LOCALITIES,
    });
    expect(a!.conclusion).toContain(
      'across 2 localities (Houston and Rest of Texas): tell us the city or county',
    );
    expect(a!.settled).toBe(false);
  });

  it('a place named without GPCI data gives the national amount and says the locality needs its GPCIs', () => {
    const [a] = answers('How much does Medicare pay for 99214 in Manhattan?', [
      { code: '99214', system: 'cpt' },
    ]);
    expect(a!.conclusion).toContain('nationally; the Manhattan amount needs that locality');
    expect(a!.settled).toBe(false);
  });

  it('says when the date of service is in a year whose PFS is not loaded', () => {
    const [a] = answers('99214 rate?', [{ code: '99214', system: 'cpt' }], [r99214], {}, '2026-02-01');
    expect(a!.conclusion).toContain(
      'The CY2026 PFS is not loaded here: these use CY2025 RVUs and conversion factor',
    );
  });

  it("a payer other than Medicare: the figures are Medicare's", () => {
    const [a] = answers('How much does BCBS pay for 99214?', [{ code: '99214', system: 'cpt' }]);
    expect(a!.conclusion).toContain(
      "These are Medicare's figures: BCBS pays by its own fee schedule or contract.",
    );
  });
});

describe('payment: modifiers and the other procedures scale a line', () => {
  const r71046 = [
    rvu('71046', {
      workRvu: 0.22,
      nonFacilityPeRvu: 0.77,
      facilityPeRvu: 0.77,
      mpRvu: 0.02,
      pctcIndicator: '1',
    }),
    rvu('71046', { modifier: '26', workRvu: 0.22, nonFacilityPeRvu: 0.08, facilityPeRvu: 0.08, mpRvu: 0.01 }),
  ];

  it('-26 is priced from the professional component row', () => {
    const [a] = answers(
      'reimbursement for 71046-26?',
      [{ code: '71046', system: 'cpt', modifiers: ['26'] }],
      r71046,
    );
    expect(a!.conclusion).toContain('Medicare pays 71046-26 $10.03 non-facility');
  });

  it('-50 pays 150% when the bilateral indicator is 1', () => {
    const r = rvu('20610', { bilatSurg: '1' });
    const [a] = answers('how much for 20610-50?', [{ code: '20610', system: 'cpt', modifiers: ['50'] }], [r]);
    // 2.1 RVUs x 32.3465 x 1.5
    expect(a!.conclusion).toContain('$101.89 non-facility');
    expect(a!.conclusion).toContain('150% with modifier 50 (bilateral indicator 1)');
    expect(a!.source).toContain('Medicare Claims Processing Manual ch. 12 §40.7');
  });

  it('the second procedure with indicator 2 is paid at 50%, ranked by amount', () => {
    const big = rvu('11042', { multProc: '2', workRvu: 2 });
    const small = rvu('17000', { multProc: '2' });
    const [first, second] = answers(
      'Payment for 17000 and 11042 in the office?',
      [
        { code: '17000', system: 'cpt' },
        { code: '11042', system: 'cpt' },
      ],
      [big, small],
    );
    expect(first!.conclusion).toContain(
      '17000 $33.96 at the non-facility rate nationally: 50% as a further procedure',
    );
    expect(second!.conclusion).toContain(
      '11042 $100.27 at the non-facility rate nationally: 100% as the highest-paid',
    );
    expect(second!.conclusion).toContain('Together: $134.24 at the non-facility rate nationally.');
  });

  it('a code an NCCI PTP edit bundles into another asked code is not paid, nor summed', () => {
    const big = rvu('11042', { multProc: '2', workRvu: 2 });
    const small = rvu('17000', { multProc: '2' });
    const pair = {
      column1: '11042',
      column2: '17000',
      modifierIndicator: '1' as const,
      effective: null,
      deleted: null,
      setting: 'practitioner' as const,
      bypassedBy: [],
      edition: 'NCCI PTP practitioner 2024 Q3',
      active: true,
      rationale: null,
      meaning: '',
    };
    const all = answers(
      'Payment for 11042 and 17000 in the office?',
      [
        { code: '11042', system: 'cpt' },
        { code: '17000', system: 'cpt' },
      ],
      [big, small],
      { pairs: [pair] },
    );
    expect(all[1]!.conclusion).toMatch(
      /^Medicare pays nothing for 17000 beside 11042: an NCCI PTP edit bundles it/,
    );
    expect(all.map((a) => a.conclusion).join(' ')).not.toContain('Together');
  });

  it('an assistant at surgery (80) is paid 16%, an AS assistant 85% of that', () => {
    const r = rvu('27447', { asstSurg: '2', globalDays: '090' });
    const [md] = answers(
      'assistant at surgery 27447-80 pay?',
      [{ code: '27447', system: 'cpt', modifiers: ['80'] }],
      [r],
    );
    expect(md!.conclusion).toContain('$8.28 at the facility rate nationally: 16% for the assistant');
    const [pa] = answers(
      'PA assisting, 27447-AS pay?',
      [{ code: '27447', system: 'cpt', modifiers: ['AS'] }],
      [r],
    );
    expect(pa!.conclusion).toContain('13.6% (85% of 16%)');
  });

  it('co-surgeons are paid 62.5% each when the indicator allows, nothing when it does not', () => {
    const ok = rvu('22633', { coSurg: '2', globalDays: '090' });
    const [a] = answers(
      '22633-62 co-surgeon pay?',
      [{ code: '22633', system: 'cpt', modifiers: ['62'] }],
      [ok],
    );
    expect(a!.conclusion).toContain('62.5% for each co-surgeon');
    const [no] = answers(
      '22633-62 pay?',
      [{ code: '22633', system: 'cpt', modifiers: ['62'] }],
      [{ ...ok, coSurg: '0' }],
    );
    expect(no!.conclusion).toContain('$0.00');
    expect(no!.conclusion).toContain('co-surgeons are not paid for this code (co-surgery indicator 0)');
  });
});

describe('payment: what else the question asks around the amount', () => {
  const cpt = (code: string, modifiers: string[] = []) => ({ code, system: 'cpt' as const, modifiers });

  it('an office and a hospital clinic named together get both rates', () => {
    const [a] = answers('99214 in our office vs the hospital clinic?', [cpt('99214')]);
    expect(a!.conclusion).toContain('$125.18 non-facility (3.87 RVUs) and $93.80 facility');
  });

  it('non-participating: 95% allowed and a limiting charge of 115% of that', () => {
    const [a] = answers(
      'We are non-par, not accepting assignment: most we can charge for 99214 in the office?',
      [cpt('99214')],
    );
    expect(a!.conclusion).toContain('allowed 95% of that, $118.92');
    expect(a!.conclusion).toContain('the limiting charge, 115% of the non-participating amount: $136.76');
  });

  it("the hospital's or the ASC's own payment is under another system and is not stated", () => {
    const [h] = answers('Hospital clinic: pro fee for 99214, and what does the hospital get?', [
      cpt('99214'),
    ]);
    expect(h!.conclusion).toContain('$93.80 at the facility rate');
    expect(h!.conclusion).toContain('G0463');
    expect(h!.conclusion).toContain('OPPS');
    expect(h!.conclusion).not.toContain('$125.18');
  });

  it('an add-on beside its primary is paid in full, not cut 50%', () => {
    const primary = rvu('64483', { multProc: '2', globalDays: '000' });
    const addOn = rvu('64484', { multProc: '0', globalDays: 'ZZZ' });
    const [, b] = answers(
      '64483 + 64484 in the HOPD, is the add-on cut 50%? pro fee?',
      [cpt('64483'), cpt('64484')],
      [primary, addOn],
    );
    expect(b!.conclusion).toContain(
      'paid in full: an add-on code is exempt from the multiple procedure reduction',
    );
  });

  it("the assistant named apart is a second line, the assistant's own, not ranked against the surgeon's", () => {
    const r = rvu('27447', { asstSurg: '2', multProc: '2', globalDays: '090' });
    const [surgeon, pa] = answers('27447 surgeon fee and the PA first assist (AS)?', [cpt('27447')], [r]);
    expect(surgeon!.conclusion).toContain('Medicare pays 27447 $51.75 at the facility rate');
    expect(pa!.conclusion).toContain(
      'Medicare pays 27447-AS $7.04 at the facility rate nationally: 13.6% (85% of 16%)',
    );
    expect(pa!.conclusion).not.toContain('Together');
  });

  it('a Medicare Advantage plan pays by contract: Original Medicare is only the reference', () => {
    const [a] = answers('What will UHC Medicare Advantage pay us for 99214?', [cpt('99214')]);
    expect(a!.conclusion).toMatch(/^Original Medicare pays 99214/);
    expect(a!.conclusion).toContain('pays what your contract with it says, which public data cannot settle');
  });

  it('anesthesia: base and time units times the anesthesia CF, the minutes counted in 15-minute units', () => {
    const [a] = answers(
      'Anesthesia 01402, 95 min, what does Medicare pay?',
      [cpt('01402')],
      [rvu('01402', { statusCode: 'J' })],
    );
    expect(a!.conclusion).toContain('95 minutes is 6.33 time units');
    expect(a!.settled).toBe(false);
  });
});

describe('payment: codes the PFS does not price', () => {
  it('a drug is paid from the ASP file: no dollar figure, and says what is needed', () => {
    const [a] = answers('what does Medicare pay for J9271?', ['J9271'], [rvu('J9271', { statusCode: 'E' })]);
    expect(a!.conclusion).toContain('ASP');
    expect(a!.conclusion).not.toMatch(/\$\d/);
    expect(a!.settled).toBe(false);
  });

  it('a contractor-priced code has no national amount', () => {
    const [a] = answers(
      'fee for 0232T?',
      [{ code: '0232T', system: 'cpt' }],
      [rvu('0232T', { statusCode: 'C' })],
    );
    expect(a!.conclusion).toContain('contractor-priced (PFS status C)');
  });

  it('asks for the code when none is named', () => {
    const [a] = answers('how much does Medicare pay for a knee injection?', []);
    expect(a!.conclusion).toMatch(/^Tell us the CPT or HCPCS code/);
  });
});

describe("payment locality from the question's words", () => {
  it('finds a locality by its name, a city in it, or a one-locality state', () => {
    expect(localityOf('in Houston, TX', LOCALITIES)).toMatchObject({ kind: 'one', gpci: { locality: '18' } });
    expect(localityOf('our clinic in Alabama', LOCALITIES)).toMatchObject({
      kind: 'one',
      gpci: { state: 'AL' },
    });
    expect(localityOf('office in NYC', LOCALITIES)).toMatchObject({ kind: 'several', named: 'NYC' });
  });

  it('says nothing of a locality when the question names no place', () => {
    expect(localityOf('99214 national rate', LOCALITIES)).toBeNull();
  });
});
