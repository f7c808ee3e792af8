import { describe, expect, it } from 'vitest';
import { billingUnitOf, billingUnits, unitPhrase } from '../../../src/answers/rules/drug-units-dosage.js';

const phrase = (descriptor: string) => {
  const u = billingUnitOf(descriptor);
  return u && unitPhrase(u);
};

describe('the billing unit read from a HCPCS long descriptor', () => {
  it('reads "10 mg", "per 250 mg", "up to 50 mg", "1 unit" and "per 1000 units"', () => {
    expect(phrase('Injection, triamcinolone acetonide, not otherwise specified, 10 mg')).toBe('per 10 mg');
    expect(phrase('Injection, ceftriaxone sodium, per 250 mg')).toBe('per 250 mg');
    expect(phrase('Injection, promethazine hcl, up to 50 mg')).toBe('up to 50 mg');
    expect(phrase('Injection, onabotulinumtoxina, 1 unit')).toBe('per 1 unit');
    expect(phrase('Injection, heparin sodium, per 1000 units')).toBe('per 1000 units');
  });

  it('reads micrograms, fractions of a mg and thousands', () => {
    expect(phrase('Injection, filgrastim-sndz, biosimilar, (zarxio), 1 microgram')).toBe('per 1 mcg');
    expect(phrase('Injection, adrenalin, epinephrine, 0.1 mg')).toBe('per 0.1 mg');
    expect(phrase('Injection, penicillin g benzathine, 100,000 units')).toBe('per 100,000 units');
  });

  it('ignores parenthetical remarks and a concentration, and takes the last dosage', () => {
    expect(
      phrase(
        'Injection, abatacept, 10 mg (code may be used for medicare when drug administered under the direct supervision of a physician)',
      ),
    ).toBe('per 10 mg');
    expect(phrase('Injection, testosterone cypionate, 1 cc, 200 mg')).toBe('per 200 mg');
    expect(phrase('Low osmolar contrast material, 100-199 mg/ml iodine concentration, per ml')).toBe(
      'per 1 mL',
    );
  });

  it('reads a two-salt pair as one unit, a solution by its volume, and a unit per dose', () => {
    expect(phrase('Injection, betamethasone acetate 3 mg and betamethasone sodium phosphate 3 mg')).toBe(
      'per 3 mg + 3 mg (6 mg in all)',
    );
    expect(phrase('5% dextrose/normal saline (500 ml = 1 unit)')).toBe('per 500 mL');
    expect(phrase('Hyaluronan or derivative, euflexxa, for intra-articular injection, per dose')).toBe(
      'per dose',
    );
  });

  it('finds no unit in an unclassified drug code', () => {
    expect(billingUnitOf('Unclassified drugs')).toBeNull();
  });
});

describe('billing units for a dose', () => {
  it('divides and rounds a partial unit up; anything given is at least 1 unit', () => {
    expect(billingUnits({ amount: 40, unit: 'mg' }, { amount: 10, unit: 'mg' })).toBe(4);
    expect(billingUnits({ amount: 15, unit: 'mg' }, { amount: 10, unit: 'mg' })).toBe(2);
    expect(billingUnits({ amount: 25, unit: 'mg' }, { amount: 50, unit: 'mg' })).toBe(1);
  });

  it("converts g and mcg to the unit's measure, without floating-point crumbs", () => {
    expect(billingUnits({ amount: 1, unit: 'g' }, { amount: 250, unit: 'mg' })).toBe(4);
    expect(billingUnits({ amount: 300, unit: 'mcg' }, { amount: 0.1, unit: 'mg' })).toBe(3);
  });

  it('cannot count mL against a mg unit without a concentration', () => {
    expect(billingUnits({ amount: 2, unit: 'ml' }, { amount: 1, unit: 'mg' })).toBeNull();
  });
});
