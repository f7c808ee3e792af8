import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/coding/extract.js';

const units = (text: string) =>
  extractMentions(text)
    .mentions.filter((m) => m.kind !== 'modifier')
    .map((m) => [m.code, m.units]);

describe('units written as what was billed', () => {
  it('"97110 billed 4" and "billed 4 of 97110" give 4 units', () => {
    expect(units('97110 billed 4')).toEqual([['97110', 4]]);
    expect(units('We billed 4 of 97110')).toEqual([['97110', 4]]);
  });

  it('a dose, a delay or a date after "billed" is not a count', () => {
    expect(units('J3301 billed 40 mg; 99213 billed 2 days later')).toEqual([
      ['J3301', null],
      ['99213', null],
    ]);
  });
});
