import { describe, expect, it } from 'vitest';
import { newPatientRule, yearsSince } from '../../../src/answers/rules/new-patient.js';
import { ask } from './build.js';

const answer = (text: string) => newPatientRule.answer(ask(text), undefined as never);

describe('new or established patient', () => {
  it('seen by a PA of the same group and specialty 4 years ago: new', () => {
    const [a] = answer(
      'Pt last seen by our PA 4 years ago, now sees MD same group same specialty. New or established?',
    );
    expect(a!.conclusion).toMatch(
      /^New patient \(99202-99205\): the last professional service was more than three years ago/,
    );
    expect(a!.source).toBe('Medicare Claims Processing Manual ch. 12 §30.6.7');
  });

  it('seen 18 months ago: established', () => {
    const [a] = answer('saw our other cardiologist 18 months ago, new or established?');
    expect(a!.conclusion).toMatch(/^Established patient \(99211-99215\)/);
  });

  it('with no time stated, asks when and by whom', () => {
    const [a] = answer('is this a new or est patient for the ortho PA?');
    expect(a!.settled).toBe(false);
    expect(a!.needs).toMatch(/last professional service/);
  });

  it('reads years and months', () => {
    expect(yearsSince('4 yrs ago')).toBe(4);
    expect(yearsSince('two years ago')).toBe(2);
    expect(yearsSince('30 months back')).toBe(2.5);
    expect(answer('99213 with 20610 same day?')).toEqual([]);
  });
});
