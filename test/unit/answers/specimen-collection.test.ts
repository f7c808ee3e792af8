import { describe, expect, it } from 'vitest';
import { repeatRule } from '../../../src/answers/rules/repeat.js';
import { specimenCollectionRule } from '../../../src/answers/rules/specimen-collection.js';
import { question } from './diagnosis-fixtures.js';

const ask = (text: string, units: number | null = null) => {
  const q = question(text, ['units-MUE']);
  q.codes.push({ code: '36415', system: 'cpt', explicit: true, modifiers: [], units });
  return q;
};

describe('venipuncture is counted per episode of care', () => {
  it('three draws while the patient stayed are one unit, not 76', () => {
    const q = ask(
      'Lab drew blood 3 times same day (AM fasting, 2h, and again after the visit) - patient stayed. 36415 x3?',
      3,
    );
    const [a] = specimenCollectionRule.answer(q, undefined as never);
    expect(a!.conclusion).toMatch(
      /^Report one unit of 36415: every venipuncture from the patient's arrival until they leave/,
    );
    expect(a!.source).toBe('NCCI Policy Manual 2026, ch. V §G.6');
    expect(repeatRule.answer(q, undefined as never)).toEqual([]);
  });

  it('a patient who left and came back starts a second episode', () => {
    const [a] = specimenCollectionRule.answer(
      ask('36415 twice: drawn at 8am, pt left and came back at 4pm for a recheck'),
      undefined as never,
    );
    expect(a!.conclusion).toMatch(/once for each episode of care/);
  });

  it('one draw asks nothing of this rule', () => {
    expect(specimenCollectionRule.answer(ask('36415 with 99213, need 25?'), undefined as never)).toEqual([]);
  });
});

describe('the draw belongs to whoever collects the specimen (MCPM ch. 16 §60.1)', () => {
  it('an office that draws blood for a panel sent out reports 36415 itself', () => {
    const q = ask('Blood draw done in the office with a lab panel sent out, can we bill the venipuncture?');
    const [a] = specimenCollectionRule.answer(q, undefined as never);
    expect(a!.conclusion).toMatch(/^Yes: the office that draws the blood reports 36415/);
    expect(a!.source).toBe('Medicare Claims Processing Manual ch. 16 §60.1');
  });
});
