import { describe, expect, it } from 'vitest';
import { globalInWordsRule } from '../../../src/answers/rules/global-in-words.js';
import { ask, facts } from './build.js';

const answer = (text: string) => {
  const q = ask(text);
  return globalInWordsRule.answer(q, facts(q));
};

describe('a later operation in a global period, asked in words', () => {
  it('a wider re-excision for positive margins is 58 and starts a new global', () => {
    const [a] = answer(
      'Melanoma excision 2 wks ago (10 day global), positive margins, now wider re-excision by the same derm. modifier?',
    );
    expect(a!.conclusion).toMatch(/^Report the wider re-excision \(its own code\) with modifier 58/);
    expect(a!.conclusion).toMatch(/starts a new global period/);
  });

  it('a return to the OR for a hematoma is 78 with no new global', () => {
    const [a] = answer(
      'came back 10 days after her surgery for evacuation of a hematoma in the OR. modifier?',
    );
    expect(a!.conclusion).toMatch(/^Report the evacuation \(its own code\) with modifier 78/);
  });

  it('a hematoma drained in the office stays in the global', () => {
    const [a] = answer(
      'came back 10 days after surgery, evacuation of a hematoma in the office, no OR. bill it?',
    );
    expect(a!.conclusion).toMatch(
      /^A complication treated without a return to the operating room is part of the global/,
    );
  });
});
