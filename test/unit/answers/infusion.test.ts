import { describe, expect, it } from 'vitest';
import { infusionHierarchyRule } from '../../../src/answers/rules/infusion-hierarchy.js';
import { repeatRule } from '../../../src/answers/rules/repeat.js';
import { ask, facts } from './build.js';

describe('one initial infusion service per encounter', () => {
  it('a push of a new drug after an infusion is 96375, not 96374', () => {
    const q = ask('abx infusion 45 min then IV push zofran. 96365 + 96374?');
    const [a] = infusionHierarchyRule.answer(q, facts(q));
    expect(a!.conclusion).toMatch(/^Only one initial service is reported per encounter: 96365/);
    expect(a!.conclusion).toMatch(/96375/);
  });

  it('a second drug infused after the first is the sequential add-on 96367', () => {
    const q = ask('96365 x2 for two antibiotics one after the other');
    expect(infusionHierarchyRule.answer(q, facts(q))[0]!.conclusion).toMatch(/96367/);
  });

  it('the same initial code written again for a second drug is the sequential add-on, never 76', () => {
    const q = ask('96365 vanc 60 min, then 96365 again for a 2nd abx infusion. both initial?');
    expect(infusionHierarchyRule.answer(q, facts(q))[0]!.conclusion).toMatch(
      /The second therapeutic infusion is reported as 96367/,
    );
    expect(repeatRule.answer(q, facts(q))).toEqual([]);
  });
});

describe('hydration beside a drug given by push or infusion', () => {
  it('on a practitioner claim the main reason for the encounter is initial: both readings, the record decides', async () => {
    const { timeUnitsRule } = await import('../../../src/answers/rules/time-units.js');
    const { bundlingRule } = await import('../../../src/answers/rules/bundling.js');
    const q = ask('IV hydration 96360 for 45 min then IV push 96374 of Zofran. Codes?');
    const [a] = infusionHierarchyRule.answer(q, facts(q));
    expect(a!.conclusion).toMatch(
      /^Only one initial service is reported per encounter, never 96360 and 96374/,
    );
    expect(a!.conclusion).toMatch(/if that was the hydration, report 96360 and the IV push as 96375/);
    expect(a!.conclusion).toMatch(
      /if it was the drug, report 96374 as the initial service and the hydration as 96361/,
    );
    expect(a).toMatchObject({
      settled: false,
      source: expect.stringMatching(/ch\. XI §B; .*ch\. 12 §30\.5/),
    });
    expect(timeUnitsRule.answer(q, facts(q))).toEqual([]);
    expect(bundlingRule.answer(q, facts(q))).toEqual([]);
  });

  it('hydration for dehydration was the reason: 96360 is initial and the push of a new drug 96375', () => {
    const q = ask('96360 one hour for dehydration, then 96374 ondansetron in the office');
    const [a] = infusionHierarchyRule.answer(q, facts(q));
    expect(a!.conclusion).toMatch(/96360 is the initial service and the IV push is reported as 96375/);
    expect(a!.settled).toBe(true);
  });

  it('after hydration as the reason, a drug infusion is the sequential infusion 96367', () => {
    const q = ask('96360 for dehydration 1 hr then 96365 antibiotic in the office');
    expect(infusionHierarchyRule.answer(q, facts(q))[0]!.conclusion).toMatch(/infusion is reported as 96367/);
  });

  it('fluid running with the drug or to keep the line open is never reported', () => {
    const q = ask('96365 antibiotic with saline running at the same time to keep the line open, add 96360?');
    const [a] = infusionHierarchyRule.answer(q, facts(q));
    expect(a!.conclusion).toMatch(/^No: fluid running at the same time as the infusion/);
    expect(a!.conclusion).toMatch(/not reported, neither as 96360 nor as 96361/);
    expect(a!.source).toMatch(/ch\. XI §B\.5 and §B\.6/);
  });

  it('a facility ranks them: the push is initial, the hydration 96361', () => {
    const q = ask('Hospital outpatient claim: IV hydration 96360 then IV push 96374 of Zofran');
    const [a] = infusionHierarchyRule.answer(q, facts(q, { setting: 'hospital' }));
    expect(a!.conclusion).toMatch(
      /^Only one initial service is reported per encounter: 96374 \(IV push\)\. The hydration is reported as 96361/,
    );
  });
});

describe('hydration written as its add-on beside a drug’s initial code', () => {
  it('is 96361 alone, one unit per hour from its 31st minute, never 96360', async () => {
    const { timeUnitsRule } = await import('../../../src/answers/rules/time-units.js');
    const q = ask('96374 Toradol push and 96361 hydration 1 hr, is that right in the office?');
    const [a] = timeUnitsRule.answer(q, facts(q));
    expect(a!.conclusion).toMatch(
      /^For 60 minutes of hydration after the initial drug service, report 96361 x 1 unit, not 96360/,
    );
  });
});
