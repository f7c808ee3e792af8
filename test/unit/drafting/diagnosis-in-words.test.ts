// A diagnosis question answered from the words (the Alphabetic Index walk): the reply's sections speak
// of the diagnosis, not of a procedure that was never asked about.
import { describe, expect, it } from 'vitest';
import type { Findings } from '../../../src/coding/types.js';
import { documentationChecklist } from '../../../src/drafting/documentation-checklist.js';
import { openQuestions } from '../../../src/drafting/open-questions.js';
import { settingMatters } from '../../../src/drafting/setting-matters.js';
import { sourcesLine } from '../../../src/drafting/sources-line.js';
import { findingsFixture } from './findings-fixture.js';

const base = findingsFixture('dx-j91-not-billable');
const sepsis: Findings = {
  ...base,
  codes: [],
  pairs: [],
  units: [],
  addOns: [],
  suggestions: [],
  questionTypes: ['definition', 'diagnosis-selection'],
  editions: [{ ...base.editions.find((e) => e.dataset === 'icd10cm')!, label: 'ICD-10-CM FY2026' }],
  answers: [
    {
      kind: 'diagnosis-selection',
      codes: ['A41.51', 'N39.0'],
      conclusion: 'A41.51 first, then N39.0.',
      rule: 'Sepsis with a localized infection.',
      source: 'ICD-10-CM Official Guidelines FY2026, I.C.1.d.4',
      settled: true,
    },
  ],
};

describe('a diagnosis reached from the words', () => {
  it('asks for no procedure note and does not call the codes missing', () => {
    expect(documentationChecklist(sepsis).some((i) => /procedure note/i.test(i))).toBe(false);
    expect(openQuestions(sepsis).some((q) => q.item === 'No code was named in your message.')).toBe(false);
  });

  it('asks nothing of the claim setting, which changes no diagnosis code', () => {
    expect(settingMatters(sepsis)).toBe(false);
    expect(openQuestions(sepsis).some((q) => /setting/.test(q.item))).toBe(false);
  });

  it('the setting still matters while nothing is known, or when a procedure is asked about', () => {
    expect(settingMatters({ ...sepsis, answers: [] })).toBe(true);
    expect(settingMatters(findingsFixture('ex-01-thoracentesis-guidance'))).toBe(true);
  });

  it('names the ICD-10-CM edition the codes come from as a source', () => {
    expect(sourcesLine(sepsis)).toBe('Sources: ICD-10-CM FY2026.');
  });
});
