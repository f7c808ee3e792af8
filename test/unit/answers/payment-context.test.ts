import { describe, expect, it } from 'vitest';
import { localityOf } from '../../../src/answers/rules/payment-locality.js';
import { rvu } from './fixtures.js';
import { answers, LOCALITIES } from './payment-fixtures.js';

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
