import { describe, expect, it } from 'vitest';
import { placeOfServiceRule } from '../../../src/answers/rules/place-of-service.js';
import { incidentToRule } from '../../../src/answers/rules/incident-to.js';
import { ask, code, facts, rvu } from './build.js';

describe('place of service and the PFS rate', () => {
  it('a visit in a hospital outpatient clinic is POS 22 at the facility rate', () => {
    const q = ask('Physician did 99214 in hospital outpatient clinic. Which POS and rate?');
    const f = facts(q, { codes: [code('99214', { rvu: rvu('99214', { facilityTotal: 2.53 }) })] });
    const [a] = placeOfServiceRule.answer(q, f);
    expect(a!.conclusion).toMatch(
      /^Report POS 22 \(on-campus outpatient hospital; 19 when the department is off campus\)/,
    );
    expect(a!.conclusion).toMatch(/facility rate there: 99214 \$84\.50 national \(2\.53 RVUs\)/);
  });

  it('an office visit is POS 11 at the non-facility rate', () => {
    const q = ask('99213 in our office, what POS?');
    expect(placeOfServiceRule.answer(q, facts(q))[0]!.conclusion).toMatch(
      /^Report POS 11 \(office\).*non-facility rate/,
    );
  });
});

describe('incident-to', () => {
  it('states the conditions and what is needed when the question leaves them open', () => {
    const q = ask('NP saw established patient under incident-to in office, billed under MD. OK?');
    const [a] = incidentToRule.answer(q, facts(q));
    expect(a!.conclusion).toMatch(/established patient whose problem the physician saw first/);
    expect(a!.conclusion).toMatch(/85% of the fee schedule/);
    expect(a!.settled).toBe(false);
  });

  it('a new problem is never incident-to', () => {
    const q = ask('NP saw an established patient for a new problem, can we bill incident-to?');
    expect(incidentToRule.answer(q, facts(q))[0]!.conclusion).toMatch(
      /^A new patient or a new problem cannot be billed incident-to/,
    );
  });
});
