import { describe, expect, it } from 'vitest';
import { anesthesiaTimeRule } from '../../../src/answers/rules/anesthesia.js';
import { instrumentsIn, perInstrumentRule } from '../../../src/answers/rules/per-instrument.js';
import { ask, facts } from './build.js';

describe('counted units', () => {
  it('three screening instruments scored are 96127 x 3', () => {
    const q = ask('PHQ-9, GAD-7 and AUDIT-C all scored at the visit. 96127 x3 or x1?');
    const [a] = perInstrumentRule.answer(q, facts(q));
    expect(a!.conclusion).toMatch(/^Report 96127 x 3: it is billed per standardized instrument/);
    expect(instrumentsIn('two questionnaires').count).toBe(2);
  });

  it('anesthesia time units are the actual minutes over 15, not rounded', () => {
    const q = ask('Anesthesia time 1 hr 40 min for a Medicare case. how many time units?');
    const [a] = anesthesiaTimeRule.answer(q, facts(q));
    expect(a!.conclusion).toMatch(/^100 minutes of anesthesia time is 6\.7 time units \(100 \/ 15\)/);
  });

  it('"how many units" for an anesthesia code: the minutes go on the claim, base units come from CMS', () => {
    const q = ask('Anesthesia for TKA 01402, 95 minutes anesthesia time. How many units?');
    const [a] = anesthesiaTimeRule.answer(q, facts(q));
    expect(a!.codes).toEqual(['01402']);
    expect(a!.conclusion).toMatch(/^95 minutes of anesthesia time is 6\.3 time units/);
    expect(a!.conclusion).toMatch(/units field of 01402 carries the anesthesia minutes \(95\), not units/);
    expect(a!.conclusion).toMatch(/base-unit list, which we do not hold/);
  });
});
