import { describe, expect, it } from 'vitest';
import { rvu } from './fixtures.js';
import { answers, LOCALITIES, r99214 } from './payment-fixtures.js';

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

describe('payment: what the asker names of the rate', () => {
  it('the RVUs asked by component are each stated: work, practice expense by setting, malpractice', () => {
    const [a] = answers('What are the work, PE and MP RVUs for 99214?', [{ code: '99214', system: 'cpt' }]);
    expect(a!.conclusion).toMatch(
      /99214 RVUs \(PFS RVU 2025 D\): work 1\.92, practice expense 1\.80 non-facility and \d\.\d\d facility, malpractice 0\.15/,
    );
  });

  it('"in a facility vs in the office" prices both settings', () => {
    const [a] = answers('What does Medicare pay for 99214 in a facility vs in the office?', [
      { code: '99214', system: 'cpt' },
    ]);
    expect(a!.conclusion).toContain('$125.18 non-facility (3.87 RVUs) and $93.80 facility');
  });
});
