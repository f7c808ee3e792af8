import { describe, expect, it } from 'vitest';
import { timeUnitsRule } from '../../../src/answers/rules/time-units.js';
import { unitsRule } from '../../../src/answers/rules/units.js';
import { ask, facts, units } from './build.js';

describe('units against the MUE', () => {
  it('units above a date-of-service MUE are denied, modifiers do not lift it, and no ABN applies', () => {
    const q = ask('62329 x2 on 11/02/2026, how many units?');
    const [a] = unitsRule.answer(q, facts(q, { units: [units('62329', 1, 3, 2)] }));
    expect(a!.conclusion).toMatch(/^2 units of 62329 exceed its MUE of 1 per date of service/);
    expect(a!.conclusion).toMatch(/modifiers do not lift it/);
    expect(a!.conclusion).toMatch(/An ABN does not apply/);
    expect(a!.warning).toBe(true);
  });

  it('a claim-line MUE lets necessary extra units go on separate lines', () => {
    const q = ask('20610 x3 units allowed?');
    const [a] = unitsRule.answer(q, facts(q, { units: [units('20610', 2, 1, 3)] }));
    expect(a!.conclusion).toMatch(/per claim line/);
    expect(a!.conclusion).toMatch(/separate lines/);
  });

  it('units within the MUE are said to be within it, when units were asked', () => {
    const q = ask('how many units of 96372 can we bill, we did 2 units of 96372');
    const [a] = unitsRule.answer(q, facts(q, { units: [units('96372', 4, 3, 2)] }));
    expect(a!.conclusion).toMatch(/within its MUE of 4/);
  });

  it('says nothing about units nobody asked about and that are within the limit', () => {
    const q = ask('Is 96372 bundled with 99213?');
    expect(unitsRule.answer(q, facts(q, { units: [units('96372', 4, 3, null)] }))).toEqual([]);
  });
});

describe('time-based units', () => {
  it('56 minutes of critical care is one 99291 and no 99292 (Medicare counts 99292 from 104 minutes)', () => {
    const [a] = timeUnitsRule.answer(
      ask('56 minutes of critical care: 99291 and 1 unit of 99292?'),
      facts(ask('')),
    );
    expect(a!.conclusion).toMatch(
      /^For 56 minutes, report 99291 x 1 unit\. 99292 is not reported below 104 minutes\./,
    );
    expect(a!.conclusion).not.toMatch(/99292 x 1/);
    expect(a!.source).toMatch(/ch\. 12 §30\.6\.12/);
  });

  it('each full 30 minutes beyond 74 adds one 99292: 2 hours is one, 2 hours 14 minutes is two', () => {
    const [two] = timeUnitsRule.answer(ask('critical care 2 hours, 99291?'), facts(ask('')));
    expect(two!.conclusion).toMatch(/report 99291 x 1 unit and 99292 x 1 unit/);
    const [more] = timeUnitsRule.answer(ask('critical care 2 hours 14 minutes, 99291?'), facts(ask('')));
    expect(more!.conclusion).toMatch(/report 99291 x 1 unit and 99292 x 2 units/);
  });

  it('two physicians of one group and specialty count as one: their minutes add up before 99292', () => {
    const [a] = timeUnitsRule.answer(
      ask(
        'Dr A (our group) billed 99291 for 50 min, Dr B same group did 40 more min of critical care. 99292 for Dr B?',
      ),
      facts(ask('')),
    );
    expect(a!.conclusion).toMatch(/their minutes add up \(50 \+ 40 = 90\)/);
    expect(a!.conclusion).toMatch(/the other reports no 99292/);
    expect(a!.conclusion).toMatch(/For 90 minutes, report 99291 x 1 unit\./);
  });

  it('physicians of different specialties each count their own time', () => {
    const [a] = timeUnitsRule.answer(
      ask(
        'Dr A and Dr B, same group but different specialties, 50 min and 40 min of critical care. 99291 each?',
      ),
      facts(ask('')),
    );
    expect(a!.conclusion).not.toMatch(/add up/);
  });

  it('critical care under 30 minutes is an E/M, not 99291', () => {
    const [a] = timeUnitsRule.answer(ask('99291 for 25 min?'), facts(ask('')));
    expect(a!.conclusion).toMatch(
      /below the first threshold: under 30 minutes is not reported as critical care/,
    );
  });

  it('timed therapy follows the 8-minute rule on the total minutes', () => {
    const [a] = timeUnitsRule.answer(
      ask('97110 and 97140, 38 minutes total, how many units'),
      facts(ask('')),
    );
    expect(a!.conclusion).toMatch(/38 minutes .* is 3 units/);
  });

  it('an infusion of 1 hour 40 minutes is 96365 and one 96366', () => {
    const [a] = timeUnitsRule.answer(ask('96365 ran 1 hr 40 min, units of 96366?'), facts(ask('')));
    expect(a!.conclusion).toMatch(/96365 x 1 unit and 96366 x 1 unit/);
  });

  it('timed therapy minutes given per code are added up and split as CMS assigns units', () => {
    const [a] = timeUnitsRule.answer(
      ask('Therapist did 97110 for 23 min and 97140 for 10 min. units?'),
      facts(ask('')),
    );
    expect(a!.conclusion).toMatch(
      /^33 minutes .* is 2 units for the day: report 97110 x 1 unit and 97140 x 1 unit/,
    );
  });

  it('psychotherapy beside an E/M is the add-on chosen by psychotherapy time', () => {
    const [a] = timeUnitsRule.answer(ask('99214 + 30 min of psychotherapy, 90833 or 90836?'), facts(ask('')));
    expect(a!.conclusion).toMatch(/^For 30 minutes, report 90833 x 1 unit/);
  });

  it('a vague "about an hour" does not override the minutes written', () => {
    const [a] = timeUnitsRule.answer(ask('50 min psychotherapy, 90837 since about an hour?'), facts(ask('')));
    expect(a!.conclusion).toMatch(/^For 50 minutes, report 90834 x 1 unit/);
  });

  it('Medicare prolonged office time is G2212, from 69 minutes with 99215', () => {
    const [a] = timeUnitsRule.answer(ask('99215 by time, 75 min total, 99417 x1?'), facts(ask('')));
    expect(a!.conclusion).toMatch(/report 99215 x 1 unit and G2212 x 1 unit/);
  });

  it('without minutes it asks for the documented time', () => {
    const [a] = timeUnitsRule.answer(ask('how many units of 99292 can we bill?'), facts(ask('')));
    expect(a!.settled).toBe(false);
    expect(a!.needs).toBe('the total minutes documented');
  });
});
