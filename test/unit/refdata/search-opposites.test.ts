import { describe, expect, it } from 'vitest';
import {
  contradicted,
  isQualifier,
  partForTheThingAsked,
  unsaidState,
  withoutOpposites,
} from '../../../src/refdata/search-opposites.js';

describe('a code that states the opposite of the question', () => {
  it('is contradicted when it says the opposite word and not the word asked', () => {
    expect(
      contradicted('Portable oxygen concentrator, rental', 'Stationary oxygen concentrator rental'),
    ).toEqual(['stationary']);
    expect(
      contradicted('Acute systolic (congestive) heart failure', 'chronic systolic heart failure'),
    ).toEqual(['chronic']);
  });

  it('is not contradicted when it says both ("acute on chronic") or the question says both', () => {
    expect(contradicted('Acute on chronic systolic heart failure', 'chronic systolic heart failure')).toEqual(
      [],
    );
    expect(contradicted('Left knee pain', 'right and left knee pain')).toEqual([]);
  });

  it('is contradicted when it denies a word the question asks for, and not when the question denies it too', () => {
    expect(
      contradicted('Walker, heavy duty, without wheels, rigid or folding', 'Walker with wheels'),
    ).toEqual(['wheels']);
    expect(contradicted('Walker, heavy duty, without wheels', 'Walker without wheels')).toEqual([]);
  });

  it('is contradicted when it does what the question denies (imaging, contrast, a biopsy), not any denied word', () => {
    const question = 'PICC line insertion without imaging guidance in an adult';
    expect(contradicted('PICC line placed with imaging guidance, age 5 or older.', question)).toEqual([
      'imaging',
    ]);
    expect(
      contradicted('Colonoscopy with removal of polyps by snare.', 'colonoscopy, no polyps removed'),
    ).toEqual(['polyps']);
    // "no catheter left in" still fits a thoracentesis "with a needle or catheter"
    expect(
      contradicted('Thoracentesis with a needle or catheter, without imaging.', 'thora, no catheter left in'),
    ).toEqual([]);
  });

  it('a diabetic ulcer is not a pressure ulcer, and an office visit is not a home or hospital visit', () => {
    expect(contradicted('Pressure ulcer of right heel', 'Diabetic foot ulcer, right heel')).toEqual([
      'diabetic',
    ]);
    expect(
      contradicted('Office or outpatient visit, established patient', 'Home visit, established'),
    ).toEqual(['home']);
  });

  it('an arterial draw is not a venipuncture', () => {
    expect(contradicted('Drawing blood from a vein with a needle', 'ABG draw arterial blood gas')).toEqual([
      'arterial',
    ]);
  });

  it('acute, chronic, bilateral and the like only qualify a subject', () => {
    expect(['acute', 'chronic', 'bilateral', 'open'].every(isQualifier)).toBe(true);
    expect(isQualifier('cholecystitis')).toBe(false);
  });

  it('a history or a sequela is not the condition itself unless the question says so', () => {
    expect(unsaidState('Personal history of diabetic foot ulcer', 'Diabetic foot ulcer')).toBe(true);
    expect(unsaidState('Personal history of diabetic foot ulcer', 'hx of diabetic foot ulcer')).toBe(false);
    expect(unsaidState('Abrasion, right great toe, sequela', 'abrasion of the right great toe')).toBe(true);
    expect(unsaidState('Abrasion, right great toe, sequela', 'late effect of a toe abrasion')).toBe(false);
  });

  it("a newborn's or a child's service is not an adult's, unless the code names both", () => {
    expect(unsaidState('Initial inpatient neonatal critical care, per day', 'Critical care first hour')).toBe(
      true,
    );
    expect(
      unsaidState(
        'Initial inpatient neonatal critical care, per day',
        'critical care of a 2 day old newborn',
      ),
    ).toBe(false);
    expect(unsaidState('Obstructive sleep apnea (adult) (pediatric)', 'Obstructive sleep apnea')).toBe(false);
  });

  it('chemotherapy administration only where the question speaks of chemotherapy or a cancer', () => {
    expect(
      unsaidState('Chemotherapy by intravenous push, single or first agent.', 'IV push of ondansetron'),
    ).toBe(true);
    expect(
      unsaidState(
        'Chemotherapy by intravenous push, single or first agent.',
        'IV push of chemo for lymphoma',
      ),
    ).toBe(false);
  });

  it('an add-on is not the first unit of the service it adds to', () => {
    expect(
      unsaidState('Add-on for each further 30 minutes of critical care', 'Critical care first hour'),
    ).toBe(true);
    expect(
      unsaidState('Add-on: each additional sequential IV push of a new drug', 'IV push of a second drug'),
    ).toBe(false);
  });

  it('a part for the thing asked is not the thing (a brake for a walker), unless the part is asked', () => {
    expect(
      partForTheThingAsked('Brake attachment for wheeled walker, replacement, each', 'Walker with wheels'),
    ).toBe(true);
    expect(partForTheThingAsked('Brake attachment for wheeled walker', 'brake for a walker')).toBe(false);
    expect(
      partForTheThingAsked('Wheel attachment, rigid pick-up walker, per pair', 'Walker with wheels'),
    ).toBe(true);
    expect(
      partForTheThingAsked('Walker, folding, wheeled, adjustable or fixed height', 'Walker with wheels'),
    ).toBe(false);
    expect(
      partForTheThingAsked('Supply allowance for continuous glucose monitor', 'glucose monitor supplies'),
    ).toBe(false);
  });

  it('leaves out the contradicting matches and keeps the rest', () => {
    const kept = withoutOpposites(
      [
        { code: 'E1392', system: 'hcpcs', description: 'Portable oxygen concentrator, rental' },
        { code: 'E1390', system: 'hcpcs', description: 'Oxygen concentrator, single delivery port' },
      ],
      'Stationary oxygen concentrator rental',
    );
    expect(kept.map((m) => m.code)).toEqual(['E1390']);
  });
});
