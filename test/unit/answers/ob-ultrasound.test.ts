import { describe, expect, it } from 'vitest';
import { gestationDays, obUltrasoundRule } from '../../../src/answers/rules/ob-ultrasound.js';
import { ask } from './build.js';

const answer = (text: string) => obUltrasoundRule.answer(ask(text), undefined as never);

describe('pregnant-uterus ultrasound by gestational age', () => {
  it('13 weeks 6 days is still the first trimester: 76801, not 76805', () => {
    const [a] = answer('Same day 76801 and 76805 billed for a pt at 13w6d? denied one');
    expect(a!.conclusion).toMatch(
      /^Report 76801 only: at 13 weeks 6 days the study is in the first trimester/,
    );
  });

  it('from 14 weeks 0 days it is 76805', () => {
    expect(answer('76801 or 76805 at 14 weeks?')[0]!.conclusion).toMatch(/^Report 76805 only/);
    expect(gestationDays('20 wks')).toBe(140);
  });
});
