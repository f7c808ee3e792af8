import { describe, expect, it } from 'vitest';
import { skinBiopsyRule } from '../../../src/answers/rules/skin-biopsy.js';
import { ask } from './build.js';

const answer = (text: string) => skinBiopsyRule.answer(ask(text), undefined as never);

describe('skin biopsies of several lesions at one encounter', () => {
  it('punch outranks tangential: 11104 first, the shave lesion as 11103', () => {
    const [a] = answer('11102 and 11104 different lesions, which modifier?');
    expect(a!.conclusion).toMatch(/^Report only one first-lesion biopsy code per encounter: 11104 \(punch/);
    expect(a!.conclusion).toMatch(/11103 for the tangential biopsy, not 11102/);
  });

  it('one technique alone is the units question, not this rule', () => {
    expect(answer('11102 x3 lesions?')).toEqual([]);
  });
});
