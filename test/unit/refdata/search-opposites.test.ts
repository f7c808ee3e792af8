import { describe, expect, it } from 'vitest';
import { contradicted, withoutOpposites } from '../../../src/refdata/search-opposites.js';

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

  it('leaves out the contradicting matches and keeps the rest', () => {
    const kept = withoutOpposites(
      [
        { code: 'E1392', description: 'Portable oxygen concentrator, rental' },
        { code: 'E1390', description: 'Oxygen concentrator, single delivery port' },
      ],
      'Stationary oxygen concentrator rental',
    );
    expect(kept.map((m) => m.code)).toEqual(['E1390']);
  });
});
