import { describe, expect, it } from 'vitest';
import { digitModifier, digitModifiersRule } from '../../../src/answers/rules/digit-modifiers.js';
import { question } from './diagnosis-fixtures.js';

const ask = (text: string, code?: string) => {
  const q = question(text, ['modifier']);
  if (code) q.codes.push({ code, system: 'cpt', explicit: true, modifiers: [], units: null });
  return digitModifiersRule.answer(q, undefined as never);
};

describe('finger and toe modifiers', () => {
  it('the left great toe is TA, not LT', () => {
    const [a] = ask('11750 partial matrixectomy of the left great toe. Which modifier, LT or TA?', '11750');
    expect(a!.conclusion).toMatch(/^Report 11750-TA \(left great toe\), not LT or RT/);
    expect(a!.settled).toBe(true);
  });

  it('numbers the digits from the great toe or thumb, left then right', () => {
    expect(digitModifier('toe', 'left', 1)).toBe('TA');
    expect(digitModifier('toe', 'left', 5)).toBe('T4');
    expect(digitModifier('toe', 'right', 1)).toBe('T5');
    expect(digitModifier('toe', 'right', 5)).toBe('T9');
    expect(digitModifier('finger', 'left', 1)).toBe('FA');
    expect(digitModifier('finger', 'right', 2)).toBe('F6');
  });

  it('without the digit or the side, lists the modifiers and asks which', () => {
    const [a] = ask('ingrown toenail removal, which modifier do we use?');
    expect(a!.conclusion).toMatch(/TA and T1-T4 for the left/);
    expect(a!.needs).toBe('which toe and which side');
  });

  it('says nothing when no finger or toe is named, or no modifier asked', () => {
    expect(ask('knee arthroscopy, which modifier?')).toEqual([]);
    expect(ask('left great toe fracture care, what global?')).toEqual([]);
  });
});
