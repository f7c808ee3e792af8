import { describe, expect, it } from 'vitest';
import { repairsInWords } from '../../../src/coding/repairs-in-words.js';

const read = (text: string) => repairsInWords(text)?.map((g) => [g.code, g.lengths, g.total]) ?? null;

describe('wound repairs described in words', () => {
  it('a classification and a site said once hold for every length', () => {
    expect(read('Two simple repairs on the arm, 2.5 cm and 3 cm. What do I bill?')).toEqual([
      ['12002', [2.5, 3], 5.5],
    ]);
  });

  it('each repair keeps the classification and site written beside its length', () => {
    expect(
      read(
        'Intermediate layered closure of a 3 cm forearm laceration and a simple repair of a 2 cm scalp laceration',
      ),
    ).toEqual([
      ['12032', [3], 3],
      ['12001', [2], 2],
    ]);
    expect(
      read('Simple repair of a 2 cm laceration on the hand and a 1.5 cm laceration on the nose'),
    ).toEqual([
      ['12001', [2], 2],
      ['12011', [1.5], 1.5],
    ]);
  });

  it('intermediate repairs of the hands and feet are a family of their own', () => {
    expect(read('intermediate repair 2 cm of the hand and 1 cm of the foot')).toEqual([['12042', [2, 1], 3]]);
  });

  it('complex repairs: two bands, then the add-on for each further 5 cm or part', () => {
    expect(read('complex repair 3 cm forehead and 2 cm of the cheek')).toEqual([['13132', [3, 2], 5]]);
    const [trunk] = repairsInWords('Complex repair of the back 9 cm and 4 cm')!;
    expect([trunk!.code, trunk!.addOn]).toEqual(['13101', { code: '13102', units: 2 }]);
    expect(read('complex repair of the nose 2 cm')).toEqual([['13151', [2], 2]]);
  });

  it('a complex repair of 1 cm or less, or of "the face" without its part, is left to the note', () => {
    expect(read('complex repair 0.8 cm of the nose')).toBeNull();
    expect(read('complex repair of the face 3 cm')).toBeNull();
  });

  it('reads nothing without a classification or without repair words', () => {
    expect(read('laceration 3 cm of the arm and 2 cm of the leg')).toBeNull();
    expect(read('excision of a 3 cm lipoma of the back, simple')).toBeNull();
  });

  it('reads nothing when the repair closes an excision: the question is about more than repairs', () => {
    expect(read('excision of a 2 cm cyst of the back with intermediate layered closure 3 cm')).toBeNull();
  });
});
