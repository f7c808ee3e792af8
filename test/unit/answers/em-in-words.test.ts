import { describe, expect, it } from 'vitest';
import { emSameDayRule } from '../../../src/answers/rules/em-same-day.js';
import { ask, code, facts, rvu } from './build.js';

describe('an E/M described in words on the day of a procedure', () => {
  it('the visit that decided a major surgery takes 57', () => {
    const q = ask('Surgeon saw patient in ED, decided to do appendectomy 44970 that night. E/M modifier?');
    const f = facts(q, { codes: [code('44970', { rvu: rvu('44970', { globalDays: '090' }) })] });
    const [a] = emSameDayRule.answer(q, f);
    expect(a!.conclusion).toMatch(
      /^44970 is a major surgery \(90-day global\): the E\/M at which the decision to operate was made/,
    );
    expect(a!.conclusion).toMatch(/modifier 57 on the E\/M code \(not 25\)/);
  });

  it('before a minor procedure, only a significant, separately identifiable E/M, with 25', () => {
    const q = ask('Office visit for knee pain, doc injected the knee 20610. Can we bill the visit?');
    const f = facts(q, { codes: [code('20610', { rvu: rvu('20610', { globalDays: '000' }) })] });
    expect(emSameDayRule.answer(q, f)[0]!.conclusion).toMatch(
      /0-day global\): the evaluation and the decision to do it are part of it/,
    );
  });
});
