import { describe, expect, it } from 'vitest';
import { bundlingRule } from '../../../src/answers/rules/bundling.js';
import { ask, facts, pair } from './build.js';

const answer = (text: string, pairs = [pair('32555', '76942')]) => {
  const q = ask(text);
  return bundlingRule.answer(q, facts(q, { pairs }));
};

describe('bundling (NCCI PTP edits)', () => {
  it('imaging guidance a procedure includes is never reported beside it, and 59 does not change that', () => {
    const [a] = answer('Can 32555 be billed with 76942-59?');
    expect(a!.conclusion).toMatch(/^No: do not report 76942 with 32555/);
    expect(a!.conclusion).toMatch(/already includes the imaging guidance/);
    expect(a!.conclusion).not.toMatch(/gets it paid|bypass it/);
    expect(a!.source).toBe('NCCI Policy Manual 2026, ch. V §H.17');
    expect(a!.warning).toBe(true);
  });

  it('holds for guidance included in the code even where no edit pairs them', () => {
    const [a] = answer('62328 and 77003 together?', []);
    expect(a!.conclusion).toMatch(/do not report 77003 with 62328/);
    expect(a!.conclusion).toMatch(/even where no PTP edit pairs/);
  });

  it('a column 2 code that is part of column 1 by definition is not invited with a modifier for one session', () => {
    const [a] = answer('Can I bill 93306 and 93325 together? Echo with doppler and color flow.', [
      pair('93306', '93325', { rationale: 'HCPCS/CPT procedure code definition' }),
    ]);
    expect(a!.conclusion).toMatch(/^Usually not: 93325 is part of 93306 by the codes' definitions/);
    expect(a!.conclusion).toMatch(/for one session report 93306 alone/);
    expect(a!.conclusion).toMatch(/never to report a part of 93306 again/);
  });

  it('with modifier indicator 0 no modifier bypasses the edit', () => {
    const [a] = answer('32666 and 32608 same session, XS?', [
      pair('32666', '32608', { modifierIndicator: '0' }),
    ]);
    expect(a!.conclusion).toMatch(/^No: 32608 is bundled into 32666/);
    expect(a!.conclusion).toMatch(/No modifier bypasses this edit/);
  });

  it('codes for one procedure without and with guidance are alternatives: report one', () => {
    const [a] = answer('32554 vs 32555 bundled?', [pair('32555', '32554', { modifierIndicator: '0' })]);
    expect(a!.conclusion).toMatch(/^Report only one of them/);
    expect(a!.conclusion).toMatch(/otherwise 32554/);
  });

  it('with modifier indicator 1 a distinct service may be reported with XS/59, and only then', () => {
    const [a] = answer('32550 and 32555 same day, billable together? mod XS?', [
      pair('32550', '32555', { bypassedBy: ['XS'] }),
    ]);
    expect(a!.conclusion).toMatch(/32555 is bundled into 32550/);
    expect(a!.conclusion).toMatch(
      /Your XS on 32555 gets it paid only when the record shows a distinct service/,
    );
  });

  it('a service in the same spinal region as the other is not distinct: no X modifier, report column 1', () => {
    const [a] = answer(
      'Chiro billed 98941 and 97140-59, manual therapy was to the same lumbar region as the adjustment. switch to XS?',
      [pair('98941', '97140', { bypassedBy: ['59'] })],
    );
    expect(a!.conclusion).toMatch(/^No: 97140 is bundled into 98941/);
    expect(a!.conclusion).toMatch(/not distinct: 59 or an X modifier on 97140 would not be supported/);
  });

  it('leaves an E/M beside a procedure to the E/M rule, which names the edit', () => {
    expect(answer('11042 and 99213 together?', [pair('11042', '99213')])).toEqual([]);
  });

  it('no edit between two valid procedures is said with the edition, and the other rules that remain', () => {
    const q = ask('Are 20610 and 64450 bundled?');
    const [a] = bundlingRule.answer(
      q,
      facts(q, {
        editions: [
          {
            id: 1,
            dataset: 'ptp_practitioner',
            label: 'NCCI PTP practitioner 2026 Q4',
            effectiveFrom: '2026-10-01',
            effectiveTo: null,
          },
        ],
      }),
    );
    expect(a!.conclusion).toMatch(/no NCCI PTP edit pairs 20610 and 64450 in NCCI PTP practitioner 2026 Q4/);
  });

  it('says nothing of the screening code and the colonoscopy done when the screening turned therapeutic: that rule decides', () => {
    const text = 'Screening colonoscopy, polyp removed by snare. G0121 or 45385, which modifier?';
    expect(answer(text, [pair('45385', 'G0121', { modifierIndicator: '0' })])).toEqual([]);
  });
});
