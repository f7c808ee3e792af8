import { describe, expect, it } from 'vitest';
import { facilityDrugAdminRule } from '../../../src/answers/rules/facility-drug-admin.js';
import { ask } from './build.js';

const answer = (text: string) => facilityDrugAdminRule.answer(ask(text), undefined as never);

describe('drug administration in a facility', () => {
  it('the emergency physician does not report the injection: the hospital does', () => {
    const [a] = answer(
      'ER gave toradol 60 mg IM. J1885 how many? Also can the ER doc bill the 96372 with 99284?',
    );
    expect(a!.conclusion).toMatch(/^No: in a hospital department .* the practitioner does not report 96372/);
    expect(a!.source).toBe('NCCI Policy Manual 2026, ch. XI §B.7');
    expect(a!.warning).toBe(true);
  });

  it("on the hospital's own claim the administration is reported", () => {
    const [a] = answer('HOPD infusion suite, facility claim: 96365 and 96375 on the UB-04?');
    expect(a!.conclusion).toMatch(/^Yes, on the facility claim/);
  });

  it('in the office it says nothing', () => {
    expect(answer('office visit 99213 and 96372 for a B12 shot')).toEqual([]);
  });
});
