import { describe, expect, it } from 'vitest';
import { describesProcedure, mentionsPregnancyOrNewborn } from '../../../src/refdata/search-words.js';
import { suggestionsToShow } from '../../../src/refdata/search-gate.js';
import type { SearchMatch } from '../../../src/refdata/search.types.js';

describe('what a question asked in words is about', () => {
  it('a procedure or a service done: its procedure code ranks above a diagnosis sharing its words', () => {
    expect(describesProcedure('Bilateral vasectomy')).toBe(true);
    expect(describesProcedure('Cerumen removal with curette, impacted')).toBe(true);
    expect(describesProcedure('Manual therapy 15 minutes')).toBe(true);
  });

  it('a condition, or a diagnosis asked for as such, stays on the diagnosis side', () => {
    expect(describesProcedure('Iron deficiency anemia')).toBe(false);
    expect(describesProcedure('Encounter for screening colonoscopy')).toBe(false);
    expect(describesProcedure('ICD-10 for status post vasectomy')).toBe(false);
  });

  it('pregnancy and newborn codes fit only a question that speaks of a pregnancy or a newborn', () => {
    expect(mentionsPregnancyOrNewborn('Essential hypertension')).toBe(false);
    expect(mentionsPregnancyOrNewborn('hypertension in pregnancy, 30 weeks')).toBe(true);
    expect(mentionsPregnancyOrNewborn('newborn jaundice')).toBe(true);
  });
});

const match = (code: string, score: number): SearchMatch => ({
  code,
  system: 'cpt',
  description: code,
  descriptorSource: 'lay_summary',
  score,
  reason: 'words',
  covered: 2,
  contentWords: 2,
});

describe('the codes a draft shows for a question asked in words', () => {
  it('only matches close to the best one: a runner-up far behind is left out', () => {
    const shown = suggestionsToShow([match('93000', 1.09), match('G0403', 0.95), match('93010', 1.0)]);
    expect(shown.map((s) => s.code)).toEqual(['93000', '93010']);
  });

  it('none when no match scores well enough', () => {
    expect(suggestionsToShow([match('10005', 0.5)])).toEqual([]);
  });
});
