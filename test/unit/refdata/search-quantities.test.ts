import { describe, expect, it } from 'vitest';
import {
  countFit,
  countsAsked,
  keepQuantityFits,
  minutesAsked,
  minutesFit,
  sizeAsked,
  sizeFit,
} from '../../../src/refdata/search-quantities.js';

describe('a timed service asked by its minutes', () => {
  it('reads the minutes the question states', () => {
    expect(minutesAsked('Tobacco cessation counseling 5 minutes')).toBe(5);
    expect(minutesAsked('critical care, 45-min')).toBe(45);
    expect(minutesAsked('tobacco cessation counseling')).toBeUndefined();
    expect(minutesAsked('critical care each additional 30 minutes')).toBeUndefined();
  });

  it('reads "over 30 minutes" as past 30 and "under 30 minutes" as short of it', () => {
    expect(
      minutesFit('Discharge day management taking 30 minutes or less.', minutesAsked('over 30 minutes')!),
    ).toBe(false);
    expect(
      minutesFit('Discharge day management taking more than 30 minutes.', minutesAsked('over 30 min')!),
    ).toBe(true);
    expect(
      minutesFit('Discharge day management taking 30 minutes or less.', minutesAsked('under 30 min')!),
    ).toBe(true);
  });

  it('reads the ranges our summaries state, and no range from "each 15 minutes"', () => {
    expect(minutesFit('Cessation counseling, more than 3 and up to 10 minutes.', 5)).toBe(true);
    expect(minutesFit('Cessation counseling, more than 10 minutes.', 5)).toBe(false);
    expect(minutesFit('Discharge day management taking 30 minutes or less.', 30)).toBe(true);
    expect(minutesFit('Critical care, the first 30 to 74 minutes.', 29)).toBe(false);
    expect(minutesFit('Therapeutic exercise, each 15 minutes.', 30)).toBeUndefined();
    expect(minutesFit('Add-on for each further 30 minutes of critical care after the first 74.', 50)).toBe(
      false,
    );
  });

  it('keeps the sibling whose range holds the minutes, and the untimed matches', () => {
    const kept = keepQuantityFits(
      [
        { code: '99407', description: 'Cessation counseling, more than 10 minutes.' },
        { code: '99406', description: 'Cessation counseling, more than 3 and up to 10 minutes.' },
        {
          code: 'G9016',
          description: 'Smoking cessation counseling, individual, in the absence of symptoms',
        },
      ],
      'Tobacco cessation counseling 5 minutes',
    );
    expect(kept.map((m) => m.code)).toEqual(['99406', 'G9016']);
  });

  it('keeps every match when no range holds the minutes', () => {
    const matches = [
      { description: 'more than 3 and up to 10 minutes.' },
      { description: '30 minutes or less.' },
    ];
    expect(keepQuantityFits(matches, 'counseling 45 minutes')).toHaveLength(2);
  });
});

describe('a service asked by a count', () => {
  it('reads the counted nouns of the question', () => {
    expect(countsAsked('Chest x-ray two views')).toEqual(new Map([['view', 2]]));
    expect(countsAsked('Trigger point injection 3 muscles, 45 minutes')).toEqual(new Map([['muscle', 3]]));
  });

  it('reads "one view", "one or two muscles" and "three or more muscles"', () => {
    const views = countsAsked('two views');
    expect(countFit('Chest x-ray, one view.', views)).toBe(false);
    expect(countFit('Chest x-ray, two views.', views)).toBe(true);
    expect(countFit('Injection into trigger points of one or two muscles.', countsAsked('3 muscles'))).toBe(
      false,
    );
    expect(
      countFit('Injection into trigger points of three or more muscles.', countsAsked('5 muscles')),
    ).toBe(true);
    expect(countFit('Chest x-ray, one view.', countsAsked('3 muscles'))).toBeUndefined();
  });

  it("keeps the sibling whose count holds the question's", () => {
    const kept = keepQuantityFits(
      [
        { code: '71045', description: 'Chest x-ray, one view.' },
        { code: '71046', description: 'Chest x-ray, two views.' },
      ],
      'Chest x-ray two views',
    );
    expect(kept.map((m) => m.code)).toEqual(['71046']);
  });
});

describe('a lesion or a wound asked by its size', () => {
  it('reads the first length in centimeters, not an area', () => {
    expect(sizeAsked('Excision of a 1.2 cm benign lesion of the back')).toBe(1.2);
    expect(sizeAsked('layered closure of a 4cm laceration')).toBe(4);
    expect(sizeAsked('debridement of 20 sq cm')).toBeUndefined();
  });

  it('reads the ranges our summaries state; an added unit ("each further 5 cm") states none', () => {
    expect(sizeFit('benign lesion of the trunk, 1.1 to 2.0 cm', 1.2)).toBe(true);
    expect(sizeFit('benign lesion of the trunk, 0.6 to 1.0 cm', 1.2)).toBe(false);
    expect(sizeFit('repair of the scalp or trunk, 2.5 cm or less', 2.5)).toBe(true);
    expect(sizeFit('malignant lesion, more than 4.0 cm across', 4.5)).toBe(true);
    expect(sizeFit('Add-on for each further 5 cm or less of complex repair', 3)).toBeUndefined();
  });

  it('keeps the sibling whose range holds the size', () => {
    const kept = keepQuantityFits(
      [
        { description: 'Intermediate repair of the trunk or arms, 2.5 cm or less' },
        { description: 'Intermediate repair of the trunk or arms, 2.6 to 7.5 cm' },
      ],
      'layered closure of a 4 cm laceration of the forearm',
    );
    expect(kept.map((m) => m.description)).toEqual([
      'Intermediate repair of the trunk or arms, 2.6 to 7.5 cm',
    ]);
  });
});
