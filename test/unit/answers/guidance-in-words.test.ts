import { describe, expect, it } from 'vitest';
import { guidanceInWordsRule } from '../../../src/answers/rules/guidance-in-words.js';
import { ask, facts } from './build.js';

describe('imaging guidance asked about in words, beside a procedure that includes it', () => {
  it('is never reported separately, and no modifier changes that (thoracentesis with ultrasound)', () => {
    const q = ask('Did 32555, can we bill the ultrasound guidance separately?');
    const [a] = guidanceInWordsRule.answer(q, facts(q));
    expect(a!.conclusion).toMatch(/^No: 32555 already includes the imaging guidance/);
    expect(a!.conclusion).toMatch(/no 76942 with 32555/);
    expect(a!.source).toMatch(/^NCCI Policy Manual 2026, ch\. V §H/);
  });

  it('names the fluoroscopy codes for a guided lumbar puncture', () => {
    const q = ask('62328 done, is the fluoroscopy separately billable?');
    expect(guidanceInWordsRule.answer(q, facts(q))[0]!.conclusion).toMatch(/no 77002 or 77003 with 62328/);
  });

  it('leaves a written guidance code to the PTP rule, and a procedure without guidance alone', () => {
    const written = ask('32555 with 76942, can we bill the guidance?');
    expect(guidanceInWordsRule.answer(written, facts(written))).toEqual([]);
    const unguided = ask('11102 done, can we bill ultrasound guidance separately?');
    expect(guidanceInWordsRule.answer(unguided, facts(unguided))).toEqual([]);
  });

  it('says nothing when the guidance is only part of the story (units, which code)', () => {
    const units = ask('62329 twice, separate sessions, fluoro guidance. How many units can we report?');
    expect(guidanceInWordsRule.answer(units, facts(units))).toEqual([]);
    const which = ask(
      'Drained fluid from the lung using ultrasound guidance, 32555. Which code would that be?',
    );
    expect(guidanceInWordsRule.answer(which, facts(which))).toEqual([]);
  });

  it('a procedure with a guided code of its own is that code, not the unguided one with guidance', () => {
    const q = ask('Did 32554, can we bill the ultrasound guidance separately?');
    expect(guidanceInWordsRule.answer(q, facts(q))[0]!.conclusion).toMatch(
      /^No: when the ultrasound guidance was used, the procedure is 32555/,
    );
  });
});
