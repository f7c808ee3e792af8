import { describe, expect, it } from 'vitest';
import { choiceAnswer, choosingBetween } from '../../../src/answers/rules/bundling-alternatives.js';
import { ask } from './build.js';

describe('codes the asker is choosing between', () => {
  it('with no edit between them, the choice is one code for one service, settled by the note', () => {
    const a = choiceAnswer('11403', '21930');
    expect(a.conclusion).toMatch(/^You are choosing a code for one service, not billing two/);
    expect(a.settled).toBe(false);
  });

  it('"X or Y" and "X vs Y" are a choice, whatever the families', () => {
    expect(choosingBetween(ask('which admin code do we use, 90471 or G0010?'), '90471', 'G0010')).toBe(true);
    expect(
      choosingBetween(ask('Doc reads EKG done at the hospital. 93010 or 93000?'), '93000', '93010'),
    ).toBe(true);
    expect(choosingBetween(ask('11042 vs 97597 for this wound'), '97597', '11042')).toBe(true);
  });

  it('codes billed together are no choice', () => {
    expect(choosingBetween(ask('Can 32555 be billed with 76942?'), '32555', '76942')).toBe(false);
    expect(
      choosingBetween(ask('45380 and 45385 same colonoscopy, or is one bundled?'), '45380', '45385'),
    ).toBe(false);
  });
});
