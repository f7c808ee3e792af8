import { describe, expect, it } from 'vitest';
import { hospitalVisitsRule } from '../../../src/answers/rules/hospital-visits.js';
import { timeUnitsRule } from '../../../src/answers/rules/time-units.js';
import { documentationRule } from '../../../src/answers/rules/documentation.js';
import { ask, facts } from './build.js';

describe('hospital visits asked in words', () => {
  it('an observation stay uses the hospital care codes, the old observation codes are gone', () => {
    const q = ask('Patient in observation 2 days, what codes for day 1 and discharge?');
    const [a] = hospitalVisitsRule.answer(q, facts(q));
    expect(a!.conclusion).toMatch(
      /^Observation stays are coded with the hospital inpatient or observation care codes: 99221-99223/,
    );
    expect(a!.conclusion).toMatch(/99217-99220, 99224-99226\) were deleted in 2023/);
  });

  it('the hospital’s observation hours are not answered with the physician’s codes', () => {
    const q = ask('How many hours of observation G0378 can the hospital bill?');
    expect(hospitalVisitsRule.answer(q, facts(q))).toEqual([]);
  });

  it('seen in the ED and admitted by the same physician that day: the admission only', () => {
    const q = ask('Patient seen in ED by hospitalist then admitted same day. Bill 99285 and 99223?');
    const [a] = hospitalVisitsRule.answer(q, facts(q));
    expect(a!.conclusion).toMatch(/^Report 99223 only/);
    expect(a!.source).toBe('Medicare Claims Processing Manual ch. 12 §30.6.9.1.A');
  });

  it('a TCM face-to-face visit on day 10 supports 99495, not 99496', () => {
    const q = ask('Can we bill 99496 if the face to face visit was on day 10 after discharge?');
    expect(hospitalVisitsRule.answer(q, facts(q))[0]!.conclusion).toMatch(
      /^Not 99496: its face-to-face visit must fall within 7 days/,
    );
  });

  it('discharge day management is chosen by time: 40 minutes is 99239, and the note is not asked for', () => {
    const q = ask('Discharge day management 40 minutes. 99238 or 99239?');
    expect(timeUnitsRule.answer(q, facts(q))[0]!.conclusion).toMatch(
      /^For 40 minutes, report 99239 x 1 unit/,
    );
    expect(documentationRule.answer(q, facts(q))).toEqual([]);
  });
});
