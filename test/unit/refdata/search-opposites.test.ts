import { describe, expect, it } from 'vitest';
import {
  contradicted,
  partForTheThingAsked,
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
