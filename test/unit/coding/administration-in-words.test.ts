import { describe, expect, it } from 'vitest';
import { administrationsInWords } from '../../../src/coding/administration-in-words.js';

describe('drug administration described in words', () => {
  it('reads hydration and an IV push as their initial-service codes, with the words each came from', () => {
    expect(
      administrationsInWords('Pt got 1 L IV hydration over an hour, then an IV push of ondansetron. Codes?'),
    ).toEqual([
      { code: '96360', phrase: 'IV hydration' },
      { code: '96374', phrase: 'IV push of ondansetron' },
    ]);
  });

  it('reads a drug infusion beside IV fluids, and an infusion of saline as hydration, never as a drug', () => {
    expect(
      administrationsInWords('IV fluids bolus and an infusion of vancomycin').map((a) => a.code),
    ).toEqual(['96360', '96365']);
    expect(
      administrationsInWords('infusion of normal saline and IV push of Zofran').map((a) => a.code),
    ).toEqual(['96360', '96374']);
  });

  it('reads nothing when only one service is described (the word search finds that one)', () => {
    expect(administrationsInWords('IV push of ketorolac in the office')).toEqual([]);
  });
});
