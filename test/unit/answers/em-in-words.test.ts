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

describe('two problem visits on one date', () => {
  it('are usually one combined visit; both only for unrelated problems, the later with 25, never 59', () => {
    const q = ask('99213 and 99214 same day, morning and afternoon for different problems. Bill both?');
    const f = facts(q, { codes: [code('99213'), code('99214')] });
    const [a] = emSameDayRule.answer(q, f);
    expect(a!.conclusion).toMatch(/^Usually one visit: Medicare pays one E\/M a day to the same physician/);
    expect(a!.conclusion).toMatch(
      /the later visit carries modifier 25\. Never 59 or an X modifier on an E\/M\./,
    );
    expect(a!.source).toContain('§30.6.7.B');
  });
});

describe('the fallback line for an edit with an E/M', () => {
  it('never offers 59 or an X modifier on an E/M', async () => {
    const { pairBottomLine } = await import('../../../src/drafting/pair-findings.js');
    const { pair } = await import('./build.js');
    const line = pairBottomLine(pair('99214', '99213'), { codes: [], answers: [] } as never);
    expect(line).toMatch(/modifier 25 on the E\/M; never 59 or an X modifier on an E\/M/);
    expect(line).not.toMatch(/Report 99213 only with an NCCI-associated modifier/);
  });
});
